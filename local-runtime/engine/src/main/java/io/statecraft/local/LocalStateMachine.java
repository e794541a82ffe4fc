package io.statecraft.local;

import io.statecraft.asl.StateMachine;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
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
    checkName(executionName);
    return launch(Executions.prepare(this, runtime, dispatcher(stateMocks), executionName, input));
  }

  /**
   * Starts an Express execution, as StartExecution and StartSyncExecution do for an EXPRESS state
   * machine: its ARN ({@code $$.Execution.Id}) is {@code arn:aws:states:REGION:ACCOUNT:express:
   * MACHINE:NAME:ID}, and once it has run for {@code limit} (on AWS
   * {@link LocalStepFunctions#EXPRESS_DURATION_QUOTA}) or the definition's TimeoutSeconds,
   * whichever is shorter, it ends TIMED_OUT with an ExecutionTimedOut event and error
   * {@code States.Timeout}, on either clock. A task handler that is still running at that moment
   * is not interrupted: the execution ends when it returns. {@code stateMocks} as in
   * {@link #start(String, JsonNode, Map)}.
   */
  public RunningExecution startExpress(String executionName, JsonNode input,
      Map<String, TaskHandler> stateMocks, Duration limit) {
    checkName(executionName);
    if (limit.isNegative() || limit.isZero()) {
      throw new IllegalArgumentException("limit must be > 0, was " + limit);
    }
    return launch(Executions.prepareExpress(this, runtime, dispatcher(stateMocks), executionName,
        input, limit.toMillis()));
  }

  private static void checkName(String executionName) {
    if (executionName == null || executionName.isEmpty()) {
      throw new IllegalArgumentException("executionName must not be empty, was " + executionName);
    }
  }

  private TaskDispatcher dispatcher(Map<String, TaskHandler> stateMocks) {
    return stateMocks.isEmpty() ? runtime.dispatcher()
        : new MockedTasks(Map.copyOf(stateMocks), runtime.dispatcher());
  }

  private static RunningExecution launch(Run run) {
    CompletableFuture<Execution> end = CompletableFuture.supplyAsync(
        () -> Executions.run(run), Background.EXECUTOR);
    RunningExecution running = new RunningExecution(run, end);
    if (!run.virtualClock && run.deadlineMillis != Long.MAX_VALUE) {
      // The interpreter checks the deadline between states and in Waits, but a task waiting for
      // a token, a worker or a child execution does not look at the clock: end it when time is up.
      ScheduledFuture<?> timer = Background.TIMER.schedule(running::timeOut,
          Math.max(0, run.deadlineMillis - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
      end.whenComplete((execution, failure) -> timer.cancel(false));
    }
    return running;
  }

  Execution run(JsonNode input, TaskDispatcher tasks, String executionName) {
    return Executions.run(this, runtime, tasks, executionName, input);
  }

  /** An Express execution to its end, at most AWS's five minutes, answered by {@code tasks}. */
  Execution runExpress(JsonNode input, TaskDispatcher tasks, String executionName) {
    return Executions.run(Executions.prepareExpress(this, runtime, tasks, executionName, input,
        LocalStepFunctions.EXPRESS_DURATION_QUOTA.toMillis()));
  }

  /** Starts an execution in the background whose tasks {@code tasks} answers. */
  RunningExecution start(String executionName, JsonNode input, TaskDispatcher tasks) {
    checkName(executionName);
    return launch(Executions.prepare(this, runtime, tasks, executionName, input));
  }
}
