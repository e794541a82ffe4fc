package io.statecraft.local.internal.kernel;

import java.time.Instant;

/**
 * A line suspended in state {@code stateName}, waiting for {@code cause}: until
 * {@code untilMillis} for a time (else Long.MAX_VALUE), holding {@code taskToken} for a token or
 * an activity (else null).
 */
public record Waiting(String stateName, WaitCause cause, long untilMillis, String taskToken) {

  /** The wait in words, for messages: "state 'Approve' waits for its task token". */
  public String describe() {
    String state = "state '" + stateName + "'";
    return switch (cause) {
      case TASK_TOKEN -> state + " waits for its task token";
      case ACTIVITY_WORKER -> state + " waits for a worker of its activity";
      case CHILD_EXECUTION -> state + " waits for its child execution";
      case TASK_HANDLER -> state + " waits for its task handler";
      case TIME -> state + " waits until " + Instant.ofEpochMilli(untilMillis);
    };
  }
}
