package io.statecraft.local;

import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The waiting half of callback ({@code .waitForTaskToken}) and activity tasks: the events AWS
 * records while a task waits for its token, and TimeoutSeconds / HeartbeatSeconds on the wall
 * clock. On the virtual clock time passes only when a test advances it
 * ({@link RunningExecution#advanceClock}).
 */
final class Callbacks {

  private Callbacks() {}

  /**
   * An activity task: ActivityScheduled, then (when a worker takes it) ActivityStarted, then
   * ActivitySucceeded, ActivityFailed or ActivityTimedOut; returns the worker's output.
   */
  static JsonNode activity(TaskNode task, PendingTask pending, JsonNode input, Frame frame,
      Long timeout, Long heartbeat) {
    ObjectNode scheduled = Values.object();
    scheduled.put("resource", task.resource);
    if (timeout != null) {
      scheduled.put("timeoutInSeconds", timeout);
    }
    if (heartbeat != null) {
      scheduled.put("heartbeatInSeconds", heartbeat);
    }
    frame.event("ActivityScheduled", null, input, 0, null, null, scheduled);
    JsonNode answer = frame.run.tasks.answer(task);
    if (answer != null) {
      frame.event("ActivityStarted", null, null, 0, null, null, Values.object());
      return recorded(answer, frame, "Activity", null);
    }
    frame.run.runtime.tasks().offer(pending, input);
    return await(pending, frame, timeout, heartbeat, "Activity", null);
  }

  /**
   * A callback task after its service call returned {@code submitted}: TaskSubmitted, then the
   * answer to its token (TaskSucceeded is recorded by the caller).
   */
  static JsonNode callback(TaskNode task, PendingTask pending, JsonNode submitted, Frame frame,
      Long timeout, Long heartbeat, long startedMillis) {
    frame.event("TaskSubmitted", null, submitted, 0, null, null, task.serviceFields);
    return await(pending, frame, timeout, heartbeat, "Task", task.serviceFields, startedMillis);
  }

  /**
   * An answer the dispatcher already holds (recorded or mocked): its {@code Return}, or the
   * {@code prefix}Failed / {@code prefix}TimedOut event and the error.
   */
  static JsonNode recorded(JsonNode answer, Frame frame, String prefix, ObjectNode fields) {
    if (answer.has("Return")) {
      return answer.get("Return");
    }
    JsonNode thrown = answer.path("Throw");
    String error = thrown.path("Error").isString() ? thrown.get("Error").asString() : null;
    JsonNode cause = thrown.get("Cause");
    String causeText = cause == null || cause.isNull() ? null
        : cause.isString() ? cause.asString() : Values.text(cause);
    boolean timedOut = answer.path("TimedOut").asBoolean(false);
    frame.event(prefix + (timedOut ? "TimedOut" : "Failed"), null, null, 0, error, causeText,
        fields);
    throw new StatesError(error, causeText, timedOut);
  }

  private static JsonNode await(PendingTask pending, Frame frame, Long timeout, Long heartbeat,
      String prefix, ObjectNode fields) {
    return await(pending, frame, timeout, heartbeat, prefix, fields, frame.now());
  }

  private static JsonNode await(PendingTask pending, Frame frame, Long timeout, Long heartbeat,
      String prefix, ObjectNode fields, long startedMillis) {
    boolean real = !frame.run.runtime.clock().isVirtual();
    long timeoutAt = timeout == null || !real ? Long.MAX_VALUE : startedMillis + timeout * 1000;
    long beatAt = heartbeat == null || !real ? Long.MAX_VALUE
        : System.currentTimeMillis() + heartbeat * 1000;
    TaskTokens tokens = frame.run.runtime.tasks();
    long lastBeat = frame.now();
    try {
      while (true) {
        long deadline = Math.min(timeoutAt, beatAt);
        PendingTask.Signal signal = deadline == Long.MAX_VALUE ? pending.signals.take()
            : pending.signals.poll(Math.max(0, deadline - System.currentTimeMillis()),
                TimeUnit.MILLISECONDS);
        if (signal == null) {
          tokens.close(pending);
          String error = beatAt < timeoutAt ? StatesError.HEARTBEAT_TIMEOUT : StatesError.TIMEOUT;
          frame.event(prefix + "TimedOut", null, null, 0, error, null, fields);
          throw new StatesError(error, null, true);
        }
        if (signal instanceof PendingTask.Started started) {
          ObjectNode details = Values.object();
          if (started.workerName() != null) {
            details.put("workerName", started.workerName());
          }
          frame.event(prefix + "Started", null, null, 0, null, null, details);
        } else if (signal instanceof PendingTask.Heartbeat) {
          if (heartbeat != null) {
            beatAt = real ? System.currentTimeMillis() + heartbeat * 1000 : Long.MAX_VALUE;
            lastBeat = frame.now();
          }
        } else if (signal instanceof PendingTask.Elapsed elapsed) {
          // Virtual time: move to the earlier of the wanted time and the first deadline.
          long target = frame.now() + elapsed.millis();
          long timeoutDeadline = timeout == null ? Long.MAX_VALUE : startedMillis + timeout * 1000;
          long beatDeadline = heartbeat == null ? Long.MAX_VALUE : lastBeat + heartbeat * 1000;
          long stop = Math.min(target, Math.min(timeoutDeadline, beatDeadline));
          frame.elapse(stop - frame.now());
          if (stop == beatDeadline || stop == timeoutDeadline) {
            tokens.close(pending);
            String error = stop == beatDeadline && beatDeadline < timeoutDeadline
                ? StatesError.HEARTBEAT_TIMEOUT : StatesError.TIMEOUT;
            frame.event(prefix + "TimedOut", null, null, 0, error, null, fields);
            throw new StatesError(error, null, true);
          }
        } else if (signal instanceof PendingTask.Succeeded succeeded) {
          tokens.close(pending);
          return succeeded.output();
        } else if (signal instanceof PendingTask.Failed failed) {
          tokens.close(pending);
          frame.event(prefix + "Failed", null, null, 0, failed.error(), failed.cause(), fields);
          throw new StatesError(failed.error(), failed.cause());
        } else {
          tokens.close(pending);
          throw new Interpreter.Aborted();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      tokens.close(pending);
      throw new Interpreter.Aborted();
    }
  }
}
