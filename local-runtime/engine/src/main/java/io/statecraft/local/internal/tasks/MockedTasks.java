package io.statecraft.local.internal.tasks;

import io.statecraft.local.internal.json.Values;
import io.statecraft.local.task.TaskFailure;
import io.statecraft.local.task.TaskHandler;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Per-execution mocks by state name, whose results are raw; everything else goes to the bindings. */
public final class MockedTasks implements TaskDispatcher {

  private final Map<String, TaskHandler> byState;
  private final TaskDispatcher fallback;
  private final Map<String, JsonNode> answers = new java.util.HashMap<>();

  public MockedTasks(Map<String, TaskHandler> byState, TaskDispatcher fallback) {
    this.byState = byState;
    this.fallback = fallback;
  }

  @Override
  public boolean answers(TaskCall task) {
    return byState.containsKey(task.stateName()) || fallback.answers(task);
  }

  @Override
  public boolean handles(TaskCall task) {
    return byState.containsKey(task.stateName()) || fallback.handles(task);
  }

  @Override
  public JsonNode call(TaskCall task, JsonNode input, CallContext context) {
    TaskHandler mock = byState.get(task.stateName());
    if (mock == null) {
      return fallback.call(task, input, context);
    }
    if (task.waits() && !task.activity()) {
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
        answers.put(task.stateName(), answer);
      }
      return Values.object();
    }
    JsonNode result = mock.handle(input, context);
    return result == null ? Values.NODES.nullNode() : result;
  }

  @Override
  public JsonNode answer(TaskCall task) {
    if (!byState.containsKey(task.stateName())) {
      return fallback.answer(task);
    }
    synchronized (answers) {
      return answers.remove(task.stateName());
    }
  }
}
