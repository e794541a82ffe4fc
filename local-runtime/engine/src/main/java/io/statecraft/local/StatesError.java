package io.statecraft.local;

/**
 * An error raised while a state runs: what AWS records as {@code error} and {@code cause}, and
 * what {@code Retry} and {@code Catch} match. Internal: users see it on {@link Execution}.
 */
final class StatesError extends RuntimeException {

  static final String ALL = "States.ALL";
  static final String RUNTIME = "States.Runtime";
  static final String TASK_FAILED = "States.TaskFailed";
  static final String TIMEOUT = "States.Timeout";
  static final String HEARTBEAT_TIMEOUT = "States.HeartbeatTimeout";
  static final String DATA_LIMIT_EXCEEDED = "States.DataLimitExceeded";
  static final String NO_CHOICE_MATCHED = "States.NoChoiceMatched";
  static final String INTRINSIC_FAILURE = "States.IntrinsicFailure";
  static final String RESULT_PATH_MATCH_FAILURE = "States.ResultPathMatchFailure";
  static final String PARAMETER_PATH_FAILURE = "States.ParameterPathFailure";
  static final String BRANCH_FAILED = "States.BranchFailed";
  static final String EXCEED_TOLERATED_FAILURE_THRESHOLD = "States.ExceedToleratedFailureThreshold";
  /**
   * A Task with no handler bound: a mistake in the test setup, not an AWS error, so no Retry or
   * Catch may hide it.
   */
  static final String UNBOUND_TASK = "Statecraft.UnboundTask";

  private static final long serialVersionUID = 1L;

  private final String error;
  private final String cause;
  /** Whether the error came from a service call that timed out (a TaskTimedOut event, not TaskFailed). */
  private final boolean timedOut;
  /** Whether no Retry or Catch may handle it, whatever it lists. */
  private final boolean terminal;

  StatesError(String error, String cause) {
    this(error, cause, false);
  }

  StatesError(String error, String cause, boolean timedOut) {
    this(error, cause, timedOut, false);
  }

  private StatesError(String error, String cause, boolean timedOut, boolean terminal) {
    super(error + (cause == null ? "" : ": " + cause), null, false, false);
    this.error = error;
    this.cause = cause;
    this.timedOut = timedOut;
    this.terminal = terminal;
  }

  /**
   * States.DataLimitExceeded for a state's own input or output: terminal, as AWS documents. (A
   * task result over the quota is an ordinary task failure that States.ALL catches, as AWS's
   * recordings show.)
   */
  static StatesError dataLimitExceeded(String cause) {
    return new StatesError(DATA_LIMIT_EXCEEDED, cause, false, true);
  }

  /** A States.Runtime error whose cause names the state, as AWS words it. */
  static StatesError runtime(Frame frame, String detail) {
    return new StatesError(RUNTIME, frame.failurePrefix() + detail);
  }

  /** The same failure under another error name. */
  StatesError withError(String name) {
    return name.equals(error) ? this : new StatesError(name, cause, timedOut, terminal);
  }

  String error() {
    return error;
  }

  String cause() {
    return cause;
  }

  boolean timedOut() {
    return timedOut;
  }

  /**
   * Whether a {@code Retry}/{@code Catch} entry listing {@code name} matches this error.
   * States.ALL matches everything but States.Runtime and terminal errors; States.TaskFailed
   * matches every error but those and States.Timeout.
   */
  boolean matches(String name) {
    if (terminal) {
      return false;
    }
    if (name.equals(error)) {
      return true;
    }
    if (isTerminal()) {
      return false;
    }
    if (name.equals(ALL)) {
      return true;
    }
    return name.equals(TASK_FAILED) && !TIMEOUT.equals(error);
  }

  private boolean isTerminal() {
    return RUNTIME.equals(error) || UNBOUND_TASK.equals(error);
  }
}
