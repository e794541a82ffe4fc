package io.statecraft.local;

import io.statecraft.local.internal.kernel.Outcome;
import io.statecraft.local.internal.kernel.Run;

/**
 * RedriveExecution's refusal: the execution succeeded, still runs, is an Express execution, or
 * has been redriven as many times as AWS allows. The message is AWS's redrive status reason
 * where AWS gives one.
 *
 * <pre>{@code
 * assertThatThrownBy(() -> runtime.redrive(succeeded))
 *     .isInstanceOf(ExecutionNotRedrivableException.class);
 * }</pre>
 */
public final class ExecutionNotRedrivableException extends IllegalStateException {

  /** AWS's most redrives of one execution. */
  public static final int MAX_REDRIVES = 1000;

  private ExecutionNotRedrivableException(String message) {
    super(message);
  }

  static void check(Run run) {
    if (run.express) {
      throw new ExecutionNotRedrivableException("Execution '" + run.executionArn
          + "' is an Express execution; Express executions cannot be redriven");
    }
    if (!run.outcome().isDone()) {
      throw new ExecutionNotRedrivableException("Execution is RUNNING and cannot be redriven");
    }
    Outcome outcome = run.outcome().join();
    if (outcome.status() == Outcome.Status.SUCCEEDED) {
      throw new ExecutionNotRedrivableException(
          "Execution is SUCCEEDED and cannot be redriven");
    }
    if (run.redriveCount >= MAX_REDRIVES) {
      throw new ExecutionNotRedrivableException("Execution '" + run.executionArn
          + "' has been redriven the maximum of " + MAX_REDRIVES + " times.");
    }
  }

  static ExecutionNotRedrivableException of(Run run) {
    return new ExecutionNotRedrivableException("Execution '" + run.executionArn
        + "' stopped before it entered a state and cannot be redriven");
  }
}
