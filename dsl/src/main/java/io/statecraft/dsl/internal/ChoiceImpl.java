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
import java.util.List;

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
    java.util.Set<StateNode> wired =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    fragment.edges().forEach(edge -> wired.add(edge.from()));
    List<StateNode> ends = new ArrayList<>();
    for (Flow target : targets()) {
      for (StateNode end : Fragment.of(target).ends()) {
        if (!wired.contains(end) && !ends.contains(end)) {
          ends.add(end);
        }
      }
    }
    return new Chain(fragment.withEnds(ends));
  }
}
