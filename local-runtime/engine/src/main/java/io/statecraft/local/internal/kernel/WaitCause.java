package io.statecraft.local.internal.kernel;

/** What a suspended line waits for. */
public enum WaitCause {
  /** SendTaskSuccess/Failure for a {@code .waitForTaskToken} task. */
  TASK_TOKEN,
  /** A worker to take, then answer, an activity task. */
  ACTIVITY_WORKER,
  /** The end of a child execution ({@code states:startExecution.sync}). */
  CHILD_EXECUTION,
  /** A task handler running on one of the runtime's handler threads. */
  TASK_HANDLER,
  /** A time: a Wait state, a retry back-off, a handler's simulated duration. */
  TIME
}
