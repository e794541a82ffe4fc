package io.statecraft.local.internal.expr;

import io.statecraft.asl.ErrorNames;

/**
 * An error raised while a state runs: what AWS records as {@code error} and {@code cause}, and
 * what {@code Retry} and {@code Catch} match. Users see it on an execution, never as an exception.
 */
public final class StatesError extends RuntimeException {

  /**
   * A Task with no handler bound: a mistake in the test setup, not an AWS error, so no Retry or
   * Catch may hide it.
   */
  public static final String UNBOUND_TASK = "Statecraft.UnboundTask";

  private static final long serialVersionUID = 1L;

  private final String error;
  private final String cause;
  /** Whether the error came from a service call that timed out (a TaskTimedOut event, not TaskFailed). */
  private final boolean timedOut;
  /** Whether no Retry or Catch may handle it, whatever it lists. */
  private final boolean terminal;
  /** Whether HeartbeatSeconds passed without a heartbeat: Retry and Catch see it by that name. */
  private final boolean heartbeat;

  public StatesError(String error, String cause) {
    this(error, cause, false);
  }

  public StatesError(String error, String cause, boolean timedOut) {
    this(error, cause, timedOut, false, false);
  }

  private StatesError(String error, String cause, boolean timedOut, boolean terminal,
      boolean heartbeat) {
    super(error + (cause == null ? "" : ": " + cause), null, false, false);
    this.error = error;
    this.cause = cause;
    this.timedOut = timedOut;
    this.terminal = terminal;
    this.heartbeat = heartbeat;
  }

  /**
   * HeartbeatSeconds passed without a heartbeat. AWS records States.Timeout with no cause (as
   * for TimeoutSeconds: timeouts/test_heartbeats recorded it) and lets Retry and Catch match it
   * as States.HeartbeatTimeout too, a name "only available inside the Catch and Retry fields".
   */
  public static StatesError heartbeatTimeout() {
    return new StatesError(ErrorNames.TIMEOUT, null, true, false, true);
  }

  /**
   * States.DataLimitExceeded for a state's own input or output: terminal, as AWS documents. (A
   * task result over the quota is an ordinary task failure that States.ALL catches, as AWS's
   * recordings show.)
   */
  /** An error no Retry or Catch handles, not even States.ALL: a test's setup is wrong. */
  public static StatesError terminal(String error, String cause) {
    return new StatesError(error, cause, false, true, false);
  }

  public static StatesError dataLimitExceeded(String cause) {
    return new StatesError(ErrorNames.DATA_LIMIT_EXCEEDED, cause, false, true, false);
  }

  /** A States.Runtime error whose cause names the state, as AWS words it. */
  public static StatesError runtime(Scope scope, String detail) {
    return new StatesError(ErrorNames.RUNTIME, scope.failurePrefix() + detail);
  }

  /** The same failure under another error name. */
  public StatesError withError(String name) {
    return name.equals(error) ? this
        : new StatesError(name, cause, timedOut, terminal, heartbeat);
  }

  public String error() {
    return error;
  }

  public String cause() {
    return cause;
  }

  public boolean timedOut() {
    return timedOut;
  }

  /**
   * Whether a {@code Retry}/{@code Catch} entry listing {@code name} matches this error.
   * States.Runtime and terminal errors match nothing, not even an entry that names them: AWS
   * fails the execution (scenarios/test_catch_states_runtime recorded it). States.ALL matches
   * every other error; States.TaskFailed every other error but States.Timeout;
   * States.HeartbeatTimeout a heartbeat's time-out.
   */
  public boolean matches(String name) {
    if (terminal || isTerminal()) {
      return false;
    }
    if (name.equals(error)) {
      return true;
    }
    if (name.equals(ErrorNames.ALL) || heartbeat && name.equals(ErrorNames.HEARTBEAT_TIMEOUT)) {
      return true;
    }
    return name.equals(ErrorNames.TASK_FAILED) && !ErrorNames.TIMEOUT.equals(error);
  }

  private boolean isTerminal() {
    return ErrorNames.RUNTIME.equals(error) || UNBOUND_TASK.equals(error);
  }
}
