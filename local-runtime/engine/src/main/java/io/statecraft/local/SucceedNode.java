package io.statecraft.local;

import tools.jackson.databind.JsonNode;

/** {@code Succeed}: ends its scope successfully with InputPath and OutputPath applied. */
final class SucceedNode extends Node {

  SucceedNode(String name) {
    super(name, "Succeed");
  }

  @Override
  JsonNode run(JsonNode input, Frame frame) {
    entered(input, frame);
    JsonNode output = applyOutputPath(applyInputPath(input, frame), frame);
    exited(output, frame);
    frame.next = null;
    return output;
  }
}
