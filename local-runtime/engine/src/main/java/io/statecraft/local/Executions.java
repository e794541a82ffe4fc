package io.statecraft.local;

import tools.jackson.databind.JsonNode;

/** Runs one execution from ExecutionStarted to its terminal event. */
final class Executions {

  private Executions() {}

  static Execution run(LocalStateMachine machine, LocalStepFunctions runtime,
      TaskDispatcher tasks, String executionName, JsonNode input) {
    return run(prepare(machine, runtime, tasks, executionName, input));
  }

  /** A run that has not started yet, so a caller can watch it from another thread. */
  static Run prepare(LocalStateMachine machine, LocalStepFunctions runtime,
      TaskDispatcher tasks, String executionName, JsonNode input) {
    String arn = machine.arn().replace(":stateMachine:", ":execution:") + ":" + executionName;
    return new Run(machine, runtime, tasks, executionName, arn, input,
        runtime.clock().startMillis(), Long.MAX_VALUE, false);
  }

  /**
   * An Express execution not started yet: AWS names it {@code express:MACHINE:NAME:ID} (names of
   * Express executions need not be unique) and ends it TIMED_OUT after {@code limitMillis}.
   */
  static Run prepareExpress(LocalStateMachine machine, LocalStepFunctions runtime,
      TaskDispatcher tasks, String executionName, JsonNode input, long limitMillis) {
    String id = new java.util.UUID(runtime.nextLong(), runtime.nextLong()).toString();
    String arn = machine.arn().replace(":stateMachine:", ":express:") + ":" + executionName + ":"
        + id;
    return new Run(machine, runtime, tasks, executionName, arn, input,
        runtime.clock().startMillis(), limitMillis, true);
  }

  static Execution run(Run run) {
    LocalStepFunctions runtime = run.runtime;
    long start = run.startMillis;
    Frame frame = new Frame(run, start);
    // ExecutionStarted is not the predecessor of the first state's event: AWS links that to 0.
    run.record("ExecutionStarted", 0, start, runtime.roleArn(), run.input, 0, null, null, null);
    ExecutionStatus status;
    JsonNode output = null;
    String error = null;
    String cause = null;
    try {
      output = Interpreter.run(run.machine.graph(), run.input, frame);
      frame.event("ExecutionSucceeded", null, output);
      status = ExecutionStatus.SUCCEEDED;
    } catch (StatesError failure) {
      if (run.aborted()) {
        return aborted(run, frame);
      }
      error = failure.error();
      cause = failure.cause();
      frame.event("ExecutionFailed", null, null, 0, error, cause, null);
      status = ExecutionStatus.FAILED;
    } catch (Interpreter.ExecutionTimeout timeout) {
      error = StatesError.TIMEOUT;
      frame.event("ExecutionTimedOut", null, null, 0, error, null, null);
      status = ExecutionStatus.TIMED_OUT;
    } catch (Interpreter.Aborted aborted) {
      return aborted(run, frame);
    }
    Execution execution = new Execution(run.machine, run.executionArn, run.executionName,
        run.input, status, output, error, cause, start, frame.now(), run.history());
    runtime.finished(execution);
    return execution;
  }

  /**
   * StopExecution: AWS records ExecutionAborted with the caller's error and cause, linked to no
   * event (previousEventId 0, as api/test_sfn_api/test_stop_execution recorded it). A run whose
   * deadline passed while it waited ({@link Run#timeOut}) times out instead, as if the
   * interpreter had reached the deadline itself.
   */
  private static Execution aborted(Run run, Frame frame) {
    ExecutionStatus status;
    if (run.timedOut()) {
      // On the wall clock a branch may have recorded after the line's cursor: link to the last event.
      long last = run.eventCount();
      run.record("ExecutionTimedOut", last, frame.now(), null, null, 0, StatesError.TIMEOUT, null,
          null);
      status = ExecutionStatus.TIMED_OUT;
    } else {
      run.record("ExecutionAborted", 0, frame.now(), null, null, 0, run.abortError(),
          run.abortCause(), null);
      status = ExecutionStatus.ABORTED;
    }
    Execution execution = new Execution(run.machine, run.executionArn, run.executionName,
        run.input, status, null, run.abortError(), run.abortCause(), run.startMillis,
        frame.now(), run.history());
    run.runtime.finished(execution);
    return execution;
  }
}
