package io.statecraft.local.task;

/**
 * Thrown by a {@link TaskHandler} to fail its task with an error and a cause, exactly as a Lambda
 * function or service error would; Retry and Catch match {@link #error()}.
 *
 * <pre>{@code
 * throw new TaskFailure("Payment.Declined", "{\"reason\":\"insufficient funds\"}");
 * }</pre>
 */
public final class TaskFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String error;
  private final String cause;
  private final boolean timedOut;

  /** A failure named {@code error} (required) with {@code cause} (may be null). */
  public TaskFailure(String error, String cause) {
    this(error, cause, false);
  }

  private TaskFailure(String error, String cause, boolean timedOut) {
    super(error + (cause == null ? "" : ": " + cause));
    if (error == null || error.isEmpty()) {
      throw new IllegalArgumentException("error must not be empty, was " + error);
    }
    this.error = error;
    this.cause = cause;
    this.timedOut = timedOut;
  }

  /**
   * The task ran out of time: recorded as a TaskTimedOut (or LambdaFunctionTimedOut) event with
   * error {@code States.Timeout}, as AWS does when TimeoutSeconds passes.
   */
  public static TaskFailure timeout(String cause) {
    return new TaskFailure(io.statecraft.asl.ErrorNames.TIMEOUT, cause, true);
  }

  /** The error name, e.g. {@code Lambda.ServiceException}. */
  public String error() {
    return error;
  }

  /** The cause, or null. */
  public String cause() {
    return cause;
  }

  /** Whether this is a time-out rather than a failure. */
  public boolean timedOut() {
    return timedOut;
  }
}
