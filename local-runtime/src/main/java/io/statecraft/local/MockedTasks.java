package io.statecraft.local;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Per-execution mocks by state name, whose results are raw; everything else goes to the bindings. */
final class MockedTasks implements TaskDispatcher {

  private final Map<String, TaskHandler> byState;
  private final TaskDispatcher fallback;

  MockedTasks(Map<String, TaskHandler> byState, TaskDispatcher fallback) {
    this.byState = byState;
    this.fallback = fallback;
  }

  @Override
  public JsonNode call(TaskNode task, JsonNode input, TaskContext context) {
    TaskHandler mock = byState.get(task.name);
    if (mock == null) {
      return fallback.call(task, input, context);
    }
    JsonNode result = mock.handle(input, context);
    return result == null ? Values.NODES.nullNode() : result;
  }
}
