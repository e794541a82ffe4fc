package io.statecraft.local;

import io.statecraft.asl.StateMachine;
import io.statecraft.local.internal.engine.Engine;
import io.statecraft.local.internal.engine.Machine;
import io.statecraft.local.internal.json.Values;
import io.statecraft.local.internal.kernel.Run;
import io.statecraft.local.internal.kernel.RunStuck;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A definition loaded into a {@link LocalStepFunctions}: compiled once, run any number of times,
 * from any number of threads.
 *
 * <pre>{@code
 * LocalStateMachine orders = sfn.load(Path.of("build/order-flow.asl.json"));
 * Execution first = orders.run("{\"orderId\": 1}");
 * Execution second = orders.run("{\"orderId\": 2}");
 * }</pre>
 */
public final class LocalStateMachine {

  private final LocalStepFunctions runtime;
  private final Machine machine;

  LocalStateMachine(LocalStepFunctions runtime, Machine machine) {
    this.runtime = runtime;
    this.machine = machine;
    machine.facade(this);
  }

  LocalStepFunctions runtime() {
    return runtime;
  }

  Machine machine() {
    return machine;
  }

  /** The state machine's name. */
  public String name() {
    return machine.name();
  }

  /** Its ARN, as {@code $$.StateMachine.Id} reports it. */
  public String arn() {
    return machine.arn();
  }

  /** The definition it runs. */
  public StateMachine definition() {
    return machine.definition();
  }

  /**
   * Runs one execution to its end with {@code input} (JSON text) and the runtime's handlers. On
   * the virtual clock, time skips while the execution waits only for time; an execution that
   * waits for a task token or an activity worker nothing answers, with no time-out to end the
   * wait, throws {@link StuckExecutionException} rather than hang.
   */
  public Execution run(String input) {
    return runOwned(Values.parse(input));
  }

  /** Runs one execution to its end, on the calling thread, with {@code input}. */
  public Execution run(JsonNode input) {
    return runOwned(Values.copy(input));
  }

  /** Runs with an input no one else holds: the run may read it without copying it again. */
  private Execution runOwned(JsonNode input) {
    Engine engine = runtime.engine();
    Run run = engine.newRun(machine, machine.nextExecutionName(), input,
        engine.dispatcher(Map.of()), false, Long.MAX_VALUE);
    try {
      return Execution.of(this, run, run.runHere());
    } catch (RunStuck stuck) {
      throw new StuckExecutionException(stuck.getMessage(),
          RunningExecution.waitingStates(stuck.waits()));
    }
  }

  /**
   * Starts an execution named {@code executionName} in the background and returns at once, as
   * StartExecution does; on the wall clock it really waits.
   */
  public RunningExecution start(String executionName, JsonNode input) {
    if (executionName == null || executionName.isEmpty()) {
      throw new IllegalArgumentException("executionName must not be empty, was " + executionName);
    }
    Engine engine = runtime.engine();
    return start(engine.newRun(machine, executionName, Values.copy(input),
        engine.dispatcher(Map.of()), false, Long.MAX_VALUE));
  }

  /** Starts {@code run} of this machine in the background. */
  RunningExecution start(Run run) {
    RunningExecution running = new RunningExecution(this, run);
    runtime.engine().startInBackground(run);
    return running;
  }

  @Override
  public String toString() {
    return "LocalStateMachine " + name();
  }
}
