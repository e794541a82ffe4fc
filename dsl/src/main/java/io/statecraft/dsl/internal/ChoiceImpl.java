package io.statecraft.dsl.internal;

import io.statecraft.asl.StateType;
import io.statecraft.asl.condition.Condition;
import io.statecraft.dsl.flow.ChoiceComplete;
import io.statecraft.dsl.flow.ChoiceRules;
import io.statecraft.dsl.flow.ChoiceStart;
import io.statecraft.dsl.flow.Flow;
import io.statecraft.dsl.flow.OpenFlow;
import io.statecraft.dsl.flow.Rule;
import io.statecraft.dsl.payload.Jsonata;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** The one implementation of the Choice builder interfaces. */
public final class ChoiceImpl extends StepImpl<ChoiceImpl> implements ChoiceStart, ChoiceRules, ChoiceComplete {

  ChoiceImpl(Fields fields) {
    super(fields, StateType.CHOICE, ChoiceImpl::new);
  }

  /** {@code Steps.choice}. */
  public static ChoiceImpl create(String name) {
    return new ChoiceImpl(StateNode.start(name));
  }

  @Override
  public ChoiceImpl when(Condition condition, Flow then) {
    return when(RuleImpl.on(condition), then);
  }

  @Override
  public ChoiceImpl when(Jsonata condition, Flow then) {
    return when(RuleImpl.on(condition), then);
  }

  @Override
  public ChoiceImpl when(Rule rule, Flow then) {
    req(rule, "rule");
    req(then, "then");
    if (fields.otherwise != null) {
      throw new IllegalStateException("Choice '" + name() + "' already has its otherwise branch");
    }
    return copy(f -> f.rules = Fields.append(f.rules, new Fields.RuleSpec(RuleImpl.of(rule), then)));
  }

  @Override
  public ChoiceImpl otherwise(Flow fallback) {
    req(fallback, "fallback");
    if (fields.rules.isEmpty()) {
      throw new IllegalStateException("Choice '" + name() + "' needs a rule before otherwise");
    }
    return copy(f -> f.otherwise = fallback);
  }

  @Override
  public OpenFlow afterwards() {
    Fragment fragment = fragment();
    List<List<StateNode>> open = new ArrayList<>();
    int count = 0;
    for (Flow target : targets()) {
      List<StateNode> targetEnds = Fragment.of(target).ends();
      open.add(targetEnds);
      count += targetEnds.size();
    }
    // Sized once: Choices nested through their defaults, each closed with afterwards(), gather
    // one more end at each level.
    Set<StateNode> listed = Collections.newSetFromMap(new IdentityHashMap<>(count));
    List<StateNode> ends = new ArrayList<>(count);
    for (List<StateNode> targetEnds : open) {
      for (StateNode end : targetEnds) {
        if (!fragment.wires(end) && listed.add(end)) {
          ends.add(end);
        }
      }
    }
    return new Chain(fragment.withEnds(ends));
  }
}
