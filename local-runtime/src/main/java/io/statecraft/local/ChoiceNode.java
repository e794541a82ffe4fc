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

  ChoiceNode(String name) {
    super(name, "Choice");
  }

  @Override
  JsonNode run(JsonNode input, Frame frame) {
    entered(input, frame);
    JsonNode effective = applyInputPath(input, frame);
    Node chosen = null;
    for (int i = 0; i < tests.length; i++) {
      if (tests[i].test(effective, frame)) {
        chosen = targets[i];
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
    JsonNode output = applyOutputPath(effective, frame);
    exited(output, frame);
    frame.next = chosen;
    return output;
  }
}
