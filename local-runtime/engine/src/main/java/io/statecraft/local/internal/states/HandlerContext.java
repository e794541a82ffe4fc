package io.statecraft.local.internal.states;

import io.statecraft.asl.ErrorNames;
import io.statecraft.local.internal.kernel.Line;
import io.statecraft.local.internal.kernel.LineAborted;
import io.statecraft.local.internal.tasks.CallContext;
import io.statecraft.local.task.TaskFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import tools.jackson.databind.JsonNode;

/**
 * A handler's view of its call. The time it lets pass ({@link #sleep}) is its own until the call
 * returns, so a handler on another thread never touches the line; the line then moves by it.
 */
final class HandlerContext implements CallContext {

  private final TaskNode.Call call;
  private final Line line;
  private final int retryCount;
  private final long start;
  private final boolean virtual;
  /** Virtual milliseconds the handler let pass; on the wall clock, unused. */
  private long slept;
  /** The id of the event that started the call (LambdaFunctionStarted, TaskStarted, ...). */
  private final long callEvent;
  private Random random;
  private long lastHeartbeat;
  /** When the first heartbeat deadline the handler let pass fell due, or -1. */
  private long heartbeatMissedAt = -1;

  HandlerContext(TaskNode.Call call) {
    this.call = call;
    this.line = call.line;
    this.retryCount = line.retryCount;
    this.start = line.now();
    this.virtual = line.run().virtual();
    this.lastHeartbeat = start;
    this.callEvent = line.cursor;
  }

  @Override
  public String stateName() {
    return call.task().name;
  }

  @Override
  public String resource() {
    return call.task().resource;
  }

  @Override
  public int retryCount() {
    return retryCount;
  }

  @Override
  public JsonNode contextObject() {
    return line.contextObject();
  }

  @Override
  public Instant now() {
    return Instant.ofEpochMilli(nowMillis());
  }

  private long nowMillis() {
    return virtual ? start + slept : line.run().clock().millis();
  }

  @Override
  public void sleep(Duration duration) {
    long millis = duration.toMillis();
    if (millis <= 0) {
      return;
    }
    if (virtual) {
      slept += millis;
    } else if (!line.run().sleepInHandler(millis)) {
      // Stopped or timed out meanwhile: the call gives up, and the run ends as it was told.
      throw new LineAborted();
    }
  }

  @Override
  public void heartbeat() {
    // A heartbeat after the deadline comes too late: AWS had timed the task out already.
    noteMissedHeartbeat();
    lastHeartbeat = nowMillis();
  }

  private void noteMissedHeartbeat() {
    if (heartbeatMissedAt < 0 && call.heartbeat != null
        && sinceHeartbeat() > call.heartbeat * 1000) {
      heartbeatMissedAt = lastHeartbeat + call.heartbeat * 1000;
    }
  }

  /**
   * Numbers of this call's own, drawn from the run's seed and the call's place in the history:
   * what a handler draws leaves the run's numbers (task tokens, jitter) as they are, so a resumed
   * run, which takes the call's answer from its history instead, draws the same ones.
   */
  @Override
  public Random random() {
    if (random == null) {
      random = line.run().randomFor(callEvent);
    }
    return random;
  }

  /** When the call ended, on the run's clock. */
  long endMillis() {
    return nowMillis();
  }

  private long sinceHeartbeat() {
    return nowMillis() - lastHeartbeat;
  }

  /**
   * When the call's TimeoutSeconds or HeartbeatSeconds ran out while the handler still ran, the
   * earlier of the two, or -1 when neither did. The handler's time is its own (see the class), so
   * this is known only once it returned.
   */
  long deadlinePassedAt() {
    noteMissedHeartbeat();
    long timedOut = call.timeout != null && nowMillis() - start > call.timeout * 1000
        ? start + call.timeout * 1000 : -1;
    if (heartbeatMissedAt >= 0 && (timedOut < 0 || heartbeatMissedAt < timedOut)) {
      return heartbeatMissedAt;
    }
    return timedOut;
  }

  /** Whether the deadline that passed first was the heartbeat's. */
  boolean missedHeartbeatFirst() {
    return heartbeatMissedAt >= 0 && deadlinePassedAt() == heartbeatMissedAt;
  }

  /** When a handler's time-out happened: when the time ran out, whenever the handler gave up. */
  long timedOutAt(TaskFailure failure) {
    if (ErrorNames.HEARTBEAT_TIMEOUT.equals(failure.error()) && call.heartbeat != null) {
      return lastHeartbeat + call.heartbeat * 1000;
    }
    return call.timeout == null ? start : start + call.timeout * 1000;
  }
}
