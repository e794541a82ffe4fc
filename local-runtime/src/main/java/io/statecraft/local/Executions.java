package io.statecraft.local;

import tools.jackson.databind.JsonNode;

/** Runs one execution from ExecutionStarted to its terminal event. */
final class Executions {

  private Executions() {}

  static Execution run(LocalStateMachine machine, LocalStepFunctions runtime,
      TaskDispatcher tasks, String executionName, JsonNode input) {
    long start = runtime.clock().startMillis();
    Run run = new Run(machine, runtime, tasks, executionName, input, start);
    Frame frame = new Frame(run, start);
    // ExecutionStarted is not the predecessor of the first state's event: AWS links that to 0.
    run.record("ExecutionStarted", 0, start, runtime.roleArn(), input, 0, null, null, null);
    ExecutionStatus status;
    JsonNode output = null;
    String error = null;
    String cause = null;
    try {
      output = Interpreter.run(machine.graph(), input, frame);
      frame.event("ExecutionSucceeded", null, output);
      status = ExecutionStatus.SUCCEEDED;
    } catch (StatesError failure) {
      error = failure.error();
      cause = failure.cause();
      frame.event("ExecutionFailed", null, null, 0, error, cause, null);
      status = ExecutionStatus.FAILED;
    } catch (Interpreter.ExecutionTimeout timeout) {
      error = StatesError.TIMEOUT;
      frame.event("ExecutionTimedOut", null, null, 0, error, null, null);
      status = ExecutionStatus.TIMED_OUT;
    }
    Execution execution = new Execution(machine, run.executionArn, executionName, input, status,
        output, error, cause, start, frame.now(), run.history());
    runtime.finished(execution);
    return execution;
  }
}
