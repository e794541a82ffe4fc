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
    return new Run(machine, runtime, tasks, executionName, input,
        runtime.clock().startMillis());
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

  /** StopExecution: AWS records ExecutionAborted with the caller's error and cause. */
  private static Execution aborted(Run run, Frame frame) {
    // On the wall clock a branch may have recorded after the line's cursor: link to the last event.
    long last = run.events().size();
    run.record("ExecutionAborted", last, frame.now(), null, null, 0, run.abortError(),
        run.abortCause(), null);
    Execution execution = new Execution(run.machine, run.executionArn, run.executionName,
        run.input, ExecutionStatus.ABORTED, null, run.abortError(), run.abortCause(),
        run.startMillis, frame.now(), new History(run.events()));
    run.runtime.finished(execution);
    return execution;
  }
}
