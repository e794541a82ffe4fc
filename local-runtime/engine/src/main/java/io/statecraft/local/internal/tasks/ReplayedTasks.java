package io.statecraft.local.internal.tasks;

import io.statecraft.local.internal.expr.StatesError;
import io.statecraft.local.task.TaskFailure;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Map.Entry;
import tools.jackson.databind.JsonNode;

/**
 * Task results recorded against AWS ({@code taskResults} of a conformance case), handed out per
 * state in order: {@code Return} is the raw service result, {@code Throw} a service error,
 * {@code TimedOut} a time-out. The results go through the same path as user handlers' results.
 */
public final class ReplayedTasks implements TaskDispatcher {

  /** A recorded list ran out: the runtime called a task more often than AWS did. */
  public static final class Exhausted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exhausted(String message) {
      super(message);
    }
  }

  private final Map<String, Deque<JsonNode>> results = new HashMap<>();
  /** Recorded answers of waiting tasks whose send was replayed, by state. */
  private final Map<String, JsonNode> answers = new HashMap<>();
  /** Answers states without recorded results; null to treat them as a replay that ran dry. */
  private final TaskDispatcher fallback;

  public ReplayedTasks(JsonNode taskResults) {
    this(taskResults, null);
  }

  /** Throws IllegalArgumentException unless {@code taskResults} has the conformance shape. */
  public static void checkShape(JsonNode taskResults) {
    if (taskResults == null || !taskResults.isObject()) {
      throw new IllegalArgumentException(
          "taskResults must be an object of state names to result lists, was " + taskResults);
    }
    for (Entry<String, JsonNode> entry : taskResults.properties()) {
      if (!entry.getValue().isArray()) {
        throw new IllegalArgumentException("taskResults." + entry.getKey()
            + " must be an array of {\"Return\": ...} / {\"Throw\": ...}, was "
            + entry.getValue());
      }
      for (JsonNode result : entry.getValue()) {
        if (!result.has("Return") && !result.path("Throw").isObject()) {
          throw new IllegalArgumentException("each result of taskResults." + entry.getKey()
              + " needs \"Return\" or a \"Throw\" object, was " + result);
        }
        JsonNode error = result.path("Throw").path("Error");
        if (!error.isMissingNode() && !error.isNull() && !error.isString()) {
          // An error name is a string; a number would be thrown as States.TaskFailed unsaid.
          throw new IllegalArgumentException("the Throw.Error of a result of taskResults."
              + entry.getKey() + " must be a string, was " + error);
        }
      }
    }
  }

  public ReplayedTasks(JsonNode taskResults, TaskDispatcher fallback) {
    this.fallback = fallback;
    if (taskResults != null) {
      for (Entry<String, JsonNode> entry : taskResults.properties()) {
        Deque<JsonNode> queue = new ArrayDeque<>();
        entry.getValue().forEach(queue::add);
        results.put(entry.getKey(), queue);
      }
    }
  }

  @Override
  public synchronized boolean answers(TaskCall task) {
    return results.containsKey(task.stateName()) || fallback != null && fallback.answers(task);
  }

  @Override
  public synchronized JsonNode answer(TaskCall task) {
    if (task.activity()) {
      Deque<JsonNode> queue = results.get(task.stateName());
      if (queue == null && fallback != null) {
        return fallback.answer(task);
      }
      JsonNode next = queue == null ? null : queue.poll();
      if (next == null) {
        throw new Exhausted("activity '" + task.stateName() + "' ran more often than AWS ran it");
      }
      return next;
    }
    JsonNode answer = answers.remove(task.stateName());
    return answer != null || fallback == null ? answer : fallback.answer(task);
  }

  @Override
  public synchronized JsonNode call(TaskCall task, JsonNode input, CallContext context) {
    Deque<JsonNode> queue = results.get(task.stateName());
    if (queue == null && fallback != null) {
      return fallback.call(task, input, context);
    }
    JsonNode next = queue == null ? null : queue.poll();
    if (next == null && fallback != null) {
      throw new StatesError(StatesError.UNBOUND_TASK, "The recorded results of state '"
          + task.stateName() + "' ran out: it was called more often than they cover.");
    }
    if (next == null) {
      throw new Exhausted("state '" + task.stateName() + "' was called more often than AWS called it");
    }
    if (task.waits() && next.has("Submitted")) {
      // The send of a callback or .sync task succeeded; the rest is the answer it waits for.
      answers.put(task.stateName(), next);
      return next.get("Submitted");
    }
    if (next.has("Return")) {
      return next.get("Return");
    }
    RecordedFailure failure = RecordedFailure.of(next);
    if (failure.timedOut()) {
      throw TaskFailure.timeout(failure.cause());
    }
    String error = failure.error();
    throw new TaskFailure(error == null || error.isEmpty() ? io.statecraft.asl.ErrorNames.TASK_FAILED
        : error, failure.cause());
  }
}
