package io.statecraft.local;

import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The waiting half of callback ({@code .waitForTaskToken}) and activity tasks: the events AWS
 * records while a task waits for its token, and TimeoutSeconds / HeartbeatSeconds on the wall
 * clock. On the virtual clock a task waits until it is answered (time does not pass by itself).
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
          if (heartbeat != null && real) {
            beatAt = System.currentTimeMillis() + heartbeat * 1000;
          }
        } else if (signal instanceof PendingTask.Succeeded succeeded) {
          tokens.close(pending);
          return succeeded.output();
        } else if (signal instanceof PendingTask.Failed failed) {
          tokens.close(pending);
          String error = failed.error() == null ? "" : failed.error();
          frame.event(prefix + "Failed", null, null, 0, failed.error(), failed.cause(), fields);
          throw new StatesError(error, failed.cause());
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
