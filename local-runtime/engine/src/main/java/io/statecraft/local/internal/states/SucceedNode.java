package io.statecraft.local.internal.states;

import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.internal.kernel.Line;
import tools.jackson.databind.JsonNode;

/** {@code Succeed}: ends its scope successfully with InputPath and OutputPath applied. */
final class SucceedNode extends Node {

  SucceedNode(String name) {
    super(name, HistoryEventType.SUCCEED_STATE_ENTERED, HistoryEventType.SUCCEED_STATE_EXITED);
  }

  @Override
  public void run(JsonNode input, Line line) {
    entered(input, line);
    if (jsonata) {
      JsonNode value = output == null ? input
          : output.build(line.bindings(input), line);
      checkDepth(value, output == null ? line.depthBound(input) : -1, line);
      checkSize(value, line);
      exited(value, line);
      line.finish(value);
      return;
    }
    JsonNode output = applyOutputPath(applyInputPath(input, line),
        inputPathBound(line.depthBound(input)), line);
    exited(output, line);
    line.finish(output);
  }
}
