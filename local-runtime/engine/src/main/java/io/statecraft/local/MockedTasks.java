package io.statecraft.local;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Per-execution mocks by state name, whose results are raw; everything else goes to the bindings. */
final class MockedTasks implements TaskDispatcher {

  private final Map<String, TaskHandler> byState;
  private final TaskDispatcher fallback;
  private final Map<String, JsonNode> answers = new java.util.HashMap<>();

  MockedTasks(Map<String, TaskHandler> byState, TaskDispatcher fallback) {
    this.byState = byState;
    this.fallback = fallback;
  }

  @Override
  public boolean handles(TaskNode task) {
    return byState.containsKey(task.name) || fallback.handles(task);
  }

  @Override
  public JsonNode call(TaskNode task, JsonNode input, TaskContext context) {
    TaskHandler mock = byState.get(task.name);
    if (mock == null) {
      return fallback.call(task, input, context);
    }
    if (task.waits()) {
      // As Step Functions Local: a mocked callback or .sync task does not wait; the mocked
      // response is its answer, and the send itself returns nothing.
      ObjectNode answer = Values.object();
      try {
        JsonNode result = mock.handle(input, context);
        answer.set("Return", result == null ? Values.NODES.nullNode() : result);
      } catch (TaskFailure failure) {
        ObjectNode thrown = answer.putObject("Throw");
        thrown.put("Error", failure.error());
        thrown.put("Cause", failure.cause());
      }
      synchronized (answers) {
        answers.put(task.name, answer);
      }
      return Values.object();
    }
    JsonNode result = mock.handle(input, context);
    return result == null ? Values.NODES.nullNode() : result;
  }

  @Override
  public JsonNode answer(TaskNode task) {
    if (!byState.containsKey(task.name)) {
      return fallback.answer(task);
    }
    synchronized (answers) {
      return answers.remove(task.name);
    }
  }
}
