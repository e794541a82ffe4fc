package io.statecraft.local.task;

/**
 * A task token that cannot be answered: SendTaskSuccess, SendTaskFailure or SendTaskHeartbeat
 * named a token that is malformed, unknown, or whose task already ended.
 *
 * <pre>{@code
 * try {
 *   sfn.sendTaskSuccess(token, "{}");
 * } catch (TaskTokenException e) {
 *   if (e.reason() == TaskTokenException.Reason.TASK_TIMED_OUT) { ... }
 * }
 * }</pre>
 */
public final class TaskTokenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the token was refused; each is one of AWS's error codes. */
  public enum Reason {
    /** AWS's {@code InvalidToken}: not a token this runtime hands out. */
    INVALID_TOKEN,
    /** AWS's {@code TaskDoesNotExist}: a well-formed token no task has. */
    TASK_DOES_NOT_EXIST,
    /** AWS's {@code TaskTimedOut}: the task ended (answered, timed out or its execution stopped). */
    TASK_TIMED_OUT
  }

  private final Reason reason;

  public TaskTokenException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** Why the token was refused. */
  public Reason reason() {
    return reason;
  }
}
