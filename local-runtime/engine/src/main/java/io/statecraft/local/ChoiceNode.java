package io.statecraft.local;

import tools.jackson.databind.JsonNode;

/** {@code Choice}: the first rule that holds picks the next state, else {@code Default}. */
final class ChoiceNode extends Node {

  /** A compiled rule condition. */
  interface Test {
    boolean test(JsonNode input, Frame frame);
  }

  Test[] tests;
  String[] targetNames;
  Node[] targets;
  String defaultName;
  Node defaultTarget;
  /** Assign of each rule (null entries for none) and of the state (used with Default). */
  Template[] ruleAssigns;
  Template assign;

  ChoiceNode(String name) {
    super(name, "Choice");
  }

  @Override
  JsonNode run(JsonNode input, Frame frame) {
    entered(input, frame);
    JsonNode effective = applyInputPath(input, frame);
    Node chosen = null;
    Template chosenAssign = assign;
    for (int i = 0; i < tests.length; i++) {
      if (tests[i].test(effective, frame)) {
        chosen = targets[i];
        chosenAssign = ruleAssigns[i];
        break;
      }
    }
    if (chosen == null) {
      if (defaultTarget == null) {
        throw new StatesError(StatesError.NO_CHOICE_MATCHED,
            "No Matches! for state '" + name + "'");
      }
      chosen = defaultTarget;
    }
    JsonNode assigned = assign(chosenAssign, effective, frame);
    JsonNode output = applyOutputPath(effective, frame);
    exited(output, frame, assigned);
    frame.next = chosen;
    return output;
  }
}
