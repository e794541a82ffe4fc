package io.statecraft.local;

import java.util.List;

/**
 * {@link LocalStateMachine#run} gave up an execution that can never go on: it waits for a task
 * token or an activity worker that nothing in the runtime provides while {@code run} blocks, with
 * no time-out left to end the wait. On AWS such an execution would stay RUNNING (see "Using
 * timeouts to avoid stuck executions" in the Step Functions guide). The message names each
 * waiting state and what to do: bind a handler, or {@code start()} the execution and answer its
 * token.
 *
 * <pre>{@code
 * try {
 *   machine.run("{}");
 * } catch (StuckExecutionException e) {
 *   e.waiting();   // [WaitingState[stateName=Work, reason=ACTIVITY_WORKER, ...]]
 * }
 * }</pre>
 */
public final class StuckExecutionException extends IllegalStateException {

  private final transient List<WaitingState> waiting;

  StuckExecutionException(String message, List<WaitingState> waiting) {
    super(message);
    this.waiting = List.copyOf(waiting);
  }

  /** The states the execution waited in when it was given up. */
  public List<WaitingState> waiting() {
    return waiting;
  }
}
