package io.statecraft.local.internal.states;

import io.statecraft.asl.ErrorNames;
import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.internal.expr.Conditions;
import io.statecraft.local.internal.expr.StatesError;
import io.statecraft.local.internal.expr.Template;
import io.statecraft.local.internal.kernel.Line;
import tools.jackson.databind.JsonNode;

/** {@code Choice}: the first rule that holds picks the next state, else {@code Default}. */
final class ChoiceNode extends Node {

  Conditions.Test[] tests;
  String[] targetNames;
  Node[] targets;
  String defaultName;
  Node defaultTarget;
  /** Assign of each rule (null entries for none) and of the state (used with Default). */
  Template[] ruleAssigns;
  Template assign;

  ChoiceNode(String name) {
    super(name, HistoryEventType.CHOICE_STATE_ENTERED, HistoryEventType.CHOICE_STATE_EXITED);
  }

  @Override
  public void run(JsonNode input, Line line) {
    entered(input, line);
    JsonNode effective = applyInputPath(input, line);
    Node chosen = null;
    Template chosenAssign = assign;
    for (int i = 0; i < tests.length; i++) {
      if (tests[i].test(effective, line)) {
        chosen = targets[i];
        chosenAssign = ruleAssigns[i];
        break;
      }
    }
    if (chosen == null) {
      if (defaultTarget == null) {
        throw new StatesError(ErrorNames.NO_CHOICE_MATCHED, "No Matches! for state '" + name + "'");
      }
      chosen = defaultTarget;
    }
    JsonNode assigned = assign(chosenAssign, effective, line);
    JsonNode output = applyOutputPath(effective, line);
    exited(output, line, assigned);
    line.proceed(chosen, output);
  }
}
