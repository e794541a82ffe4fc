package io.statecraft.local;

import tools.jackson.databind.JsonNode;

/** {@code Pass}: InputPath, then Result or Parameters, then ResultPath and OutputPath. */
final class PassNode extends Node {

  JsonNode result;
  Template parameters;
  ResultPath resultPath = ResultPath.REPLACE;
  Template assign;

  PassNode(String name) {
    super(name, "Pass");
  }

  @Override
  JsonNode run(JsonNode input, Frame frame) {
    entered(input, frame);
    JsonNode effective = applyInputPath(input, frame);
    JsonNode value;
    if (result != null) {
      value = result;
    } else if (parameters != null) {
      value = parameters.build(effective, frame);
    } else {
      value = effective;
    }
    if (assign != null) {
      return runAssigning(input, value, frame);
    }
    JsonNode output = applyOutputPath(resultPath.apply(input, value, frame), frame);
    exited(output, frame);
    frame.next = next;
    return output;
  }

  private JsonNode runAssigning(JsonNode input, JsonNode value, Frame frame) {
    JsonNode assigned = assign(assign, value, frame);
    JsonNode output = applyOutputPath(resultPath.apply(input, value, frame), frame);
    exited(output, frame, assigned);
    frame.next = next;
    return output;
  }
}
