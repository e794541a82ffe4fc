package io.statecraft.local;

import java.time.Instant;
import java.util.Objects;

/**
 * A state a running execution waits in, and what for. A Parallel or Map waits in as many states
 * as it has branches or iterations waiting.
 *
 * <pre>{@code
 * RunningExecution running = machine.start("order-7", Json.parse("{}"));
 * for (WaitingState waiting : running.waitingAt()) {
 *   System.out.println(waiting.stateName() + " waits for " + waiting.reason());  // Approve waits for TASK_TOKEN
 * }
 * }</pre>
 *
 * @param stateName the state's name
 * @param reason what it waits for
 * @param until for {@link Reason#TIME}, when the wait ends on the execution's clock; else null
 * @param taskToken for {@link Reason#TASK_TOKEN} and {@link Reason#ACTIVITY_WORKER}, the token
 *     that answers it; else null
 */
public record WaitingState(String stateName, Reason reason, Instant until, String taskToken) {

  /** What a state waits for. */
  public enum Reason {
    /** SendTaskSuccess or SendTaskFailure with its token ({@code .waitForTaskToken}). */
    TASK_TOKEN,
    /** A worker for its activity task, then the worker's answer. */
    ACTIVITY_WORKER,
    /** The end of the child execution it started ({@code states:startExecution.sync}). */
    CHILD_EXECUTION,
    /** Its task handler, running on one of the runtime's handler threads. */
    TASK_HANDLER,
    /** A time: a Wait state, a retry back-off, a handler's simulated duration. */
    TIME
  }

  public WaitingState {
    Objects.requireNonNull(stateName, "stateName == null");
    Objects.requireNonNull(reason, "reason == null");
  }
}
