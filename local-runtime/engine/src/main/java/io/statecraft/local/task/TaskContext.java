package io.statecraft.local.task;

import java.time.Duration;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * What a {@link TaskHandler} knows about the call: the state, the resource, the attempt, the
 * context object, and the execution's clock. On the virtual clock {@link #sleep} lets time pass
 * instantly, so a handler can simulate a slow service and trip the state's TimeoutSeconds.
 *
 * <pre>{@code
 * (input, ctx) -> {
 *   ctx.sleep(Duration.ofMinutes(10));          // the service takes 10 minutes
 *   return input;
 * }
 * }</pre>
 */
public interface TaskContext {

  /** The Task state's name. */
  String stateName();

  /** The state's {@code Resource} ARN as written. */
  String resource();

  /** How many times this state has been retried before this call (0 on the first attempt). */
  int retryCount();

  /** The context object ({@code $$}) as the state sees it. */
  JsonNode contextObject();

  /** The execution's current time. */
  Instant now();

  /** Lets {@code duration} pass on the execution's clock (instantly when it is virtual). */
  void sleep(Duration duration);

  /**
   * Reports progress, as SendTaskHeartbeat does: a task whose handler lets more than the state's
   * HeartbeatSeconds pass without a heartbeat times out as on AWS, recorded as States.Timeout
   * with no cause, and matched by Retry and Catch as States.HeartbeatTimeout or States.Timeout.
   */
  void heartbeat();
}
