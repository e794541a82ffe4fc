package io.statecraft.local;

import io.statecraft.asl.StateMachine;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;

/**
 * A definition loaded into a {@link LocalStepFunctions}: compiled once, run any number of times,
 * from any number of threads.
 *
 * <pre>{@code
 * LocalStateMachine orders = sfn.load("OrderFlow", Path.of("build/order-flow.asl.json"));
 * Execution first = orders.run("{\"orderId\": 1}");
 * Execution second = orders.run("{\"orderId\": 2}");
 * }</pre>
 */
public final class LocalStateMachine {

  private final LocalStepFunctions runtime;
  private final StateMachine definition;
  private final String name;
  private final String arn;
  private final Graph graph;
  private final java.util.concurrent.atomic.AtomicLong executions = new java.util.concurrent.atomic.AtomicLong();
  /**
   * How many events the last execution recorded: the next one's history starts that large, since
   * runs of one machine in a test or a loop tend to be alike, and growing a long history by copies
   * costs more than the rest of recording it.
   */
  volatile int historySizeHint = 64;

  LocalStateMachine(LocalStepFunctions runtime, String name, StateMachine definition, Graph graph) {
    this.runtime = runtime;
    this.name = name;
    this.definition = definition;
    this.graph = graph;
    this.arn = "arn:aws:states:" + runtime.region() + ":" + runtime.accountId() + ":stateMachine:"
        + name;
  }

  /** The state machine's name. */
  public String name() {
    return name;
  }

  /** Its ARN, as {@code $$.StateMachine.Id} reports it. */
  public String arn() {
    return arn;
  }

  /** The definition it runs. */
  public StateMachine definition() {
    return definition;
  }

  Integer timeoutSeconds() {
    return definition.timeoutSeconds();
  }

  Graph graph() {
    return graph;
  }

  /** Runs one execution to its end with {@code input} (JSON text) and the runtime's handlers. */
  public Execution run(String input) {
    return run(Values.parse(input));
  }

  /** Runs one execution to its end with {@code input} and the runtime's handlers. */
  public Execution run(JsonNode input) {
    return run(input, runtime.dispatcher(), "execution-" + executions.incrementAndGet());
  }

  /**
   * Starts an execution named {@code executionName} in the background and returns at once, as
   * StartExecution does; on the wall clock it really waits.
   */
  public RunningExecution start(String executionName, JsonNode input) {
    return start(executionName, input, Map.of());
  }

  /**
   * {@link #start(String, JsonNode)} with {@code stateMocks}: handlers for states by name whose
   * results are the raw service results (no Lambda {@code :invoke} wrapping), as the mocked
   * responses of a Step Functions Local mock file are; other states use the runtime's handlers.
   */
  public RunningExecution start(String executionName, JsonNode input,
      Map<String, TaskHandler> stateMocks) {
    if (executionName == null || executionName.isEmpty()) {
      throw new IllegalArgumentException("executionName must not be empty, was " + executionName);
    }
    TaskDispatcher tasks = stateMocks.isEmpty() ? runtime.dispatcher()
        : new MockedTasks(Map.copyOf(stateMocks), runtime.dispatcher());
    Run run = Executions.prepare(this, runtime, tasks, executionName, input);
    CompletableFuture<Execution> end = CompletableFuture.supplyAsync(
        () -> Executions.run(run), Background.EXECUTOR);
    return new RunningExecution(run, end);
  }

  Execution run(JsonNode input, TaskDispatcher tasks, String executionName) {
    return Executions.run(this, runtime, tasks, executionName, input);
  }
}
