package io.statecraft.dsl;

import io.statecraft.asl.Condition;
import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.StateType;
import java.util.ArrayList;
import java.util.List;

/** The one implementation of the Choice builder interfaces. */
final class ChoiceImpl extends StateNode implements ChoiceStart, ChoiceRules, ChoiceComplete {

  ChoiceImpl(Fields fields) {
    super(fields);
  }

  @Override
  StateType kind() {
    return StateType.CHOICE;
  }

  @Override
  StateNode with(Fields changed) {
    return new ChoiceImpl(changed);
  }

  @Override
  public ChoiceImpl comment(String comment) {
    return copy(f -> f.comment = SimpleImpls.req(comment, "comment"));
  }

  @Override
  public ChoiceImpl inputPath(String path) {
    return copy(QueryLanguage.JSONPATH, "InputPath", f -> f.inputPath = Paths.of(path));
  }

  @Override
  public ChoiceImpl outputPath(String path) {
    return copy(QueryLanguage.JSONPATH, "OutputPath", f -> f.outputPath = Paths.of(path));
  }

  @Override
  public ChoiceImpl ignoreInput() {
    return copy(QueryLanguage.JSONPATH, "InputPath",
        f -> f.inputPath = io.statecraft.asl.Path.NULL);
  }

  @Override
  public ChoiceImpl discardOutput() {
    return copy(QueryLanguage.JSONPATH, "OutputPath",
        f -> f.outputPath = io.statecraft.asl.Path.NULL);
  }

  @Override
  public ChoiceImpl output(Payload output) {
    return copy(QueryLanguage.JSONATA, "Output",
        f -> f.output = SimpleImpls.req(output, "output"));
  }

  @Override
  public ChoiceImpl output(Jsonata output) {
    return copy(QueryLanguage.JSONATA, "Output",
        f -> f.output = SimpleImpls.req(output, "output"));
  }

  @Override
  public ChoiceImpl assign(Payload assign) {
    return copy(f -> f.assign = SimpleImpls.req(assign, "assign"));
  }

  @Override
  public ChoiceImpl when(Condition condition, Flow then) {
    return when(Rule.of(condition), then);
  }

  @Override
  public ChoiceImpl when(Jsonata condition, Flow then) {
    return when(Rule.of(condition), then);
  }

  @Override
  public ChoiceImpl when(Rule rule, Flow then) {
    SimpleImpls.req(rule, "rule");
    SimpleImpls.req(then, "then");
    if (fields.otherwise != null) {
      throw new IllegalStateException("Choice '" + name() + "' already has its otherwise branch");
    }
    return copy(f -> f.rules = Fields.append(f.rules, new Fields.RuleSpec(rule, then)));
  }

  @Override
  public ChoiceImpl otherwise(Flow fallback) {
    SimpleImpls.req(fallback, "fallback");
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
