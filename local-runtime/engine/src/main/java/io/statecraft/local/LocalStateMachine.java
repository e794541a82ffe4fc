package io.statecraft.local;

import io.statecraft.local.typed.TypeMismatchException;
import io.statecraft.asl.StateMachine;
import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.compiler.RecordSchemas;
import io.statecraft.local.internal.engine.Engine;
import io.statecraft.local.internal.engine.Machine;
import io.statecraft.local.internal.json.Values;
import io.statecraft.local.internal.kernel.Run;
import io.statecraft.local.internal.tasks.MockConfig;
import io.statecraft.local.internal.tasks.StateIndex;
import io.statecraft.local.internal.tasks.TaskDispatcher;
import io.statecraft.local.internal.tasks.WorkflowBindings;
import io.statecraft.local.internal.typed.Typing;
import io.statecraft.local.task.TaskHandler;
import java.nio.file.Path;
import io.statecraft.local.internal.kernel.RunStuck;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 *
 * <p>A handle can bind handlers of its own, in front of the runtime's. Each {@code with...} call
 * returns a new handle that shares the compiled definition; a state name or resource that matches
 * no Task state of the workflow (in branches and Map processors too) fails at once:
 *
 * <pre>{@code
 * LocalStateMachine declined = orders
 *     .withTask("Charge card", (input, ctx) -> { throw new TaskFailure("Card.Declined", "no funds"); })
 *     .withResource("arn:aws:lambda:*:*:function:notify-*", (input, ctx) -> input);
 * orders.withTask("Charge crad", handler);
 * // IllegalArgumentException: no state 'Charge crad' in Orders; did you mean 'Charge card'?
 * }</pre>
 */
public final class LocalStateMachine {

  private final LocalStepFunctions runtime;
  private final Machine machine;
  private final WorkflowBindings bindings;
  private final Typing typing;
  /** The workflow's states by name, made when a binding first needs checking. */
  private volatile StateIndex states;

  LocalStateMachine(LocalStepFunctions runtime, Machine machine, Typing typing) {
    this(runtime, machine, WorkflowBindings.NONE, typing, null);
    machine.facade(this);
  }

  private LocalStateMachine(LocalStepFunctions runtime, Machine machine,
      WorkflowBindings bindings, Typing typing, StateIndex states) {
    this.runtime = runtime;
    this.machine = machine;
    this.bindings = bindings;
    this.typing = typing;
    this.states = states;
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
   * This workflow with {@code handler} answering the Task state named {@code stateName}, before
   * the runtime's handlers (replacing one this handle bound to the same name).
   *
   * @throws IllegalArgumentException when no Task state of the workflow has that name, naming
   *     the nearest
   */
  public LocalStateMachine withTask(String stateName, TaskHandler handler) {
    Objects.requireNonNull(stateName, "stateName == null");
    Objects.requireNonNull(handler, "handler == null");
    states().checkTask(stateName);
    return with(bindings.withState(stateName, handler));
  }

  /**
   * {@link #withTask(String, TaskHandler)} for the Task state the DSL object {@code state}
   * declares, e.g. the {@code TaskStep} a workflow class exposes, so the name is not retyped.
   *
   * @throws IllegalArgumentException when {@code state} is not one Task state of this workflow
   */
  public LocalStateMachine withTask(io.statecraft.dsl.flow.Flow state, TaskHandler handler) {
    Objects.requireNonNull(state, "state == null");
    return withTask(io.statecraft.dsl.internal.StateNames.of(state), handler);
  }

  /**
   * This workflow with {@code handler} answering the Task states whose Resource is
   * {@code arnOrPattern} (exact, or a pattern with {@code *} and {@code ?}), before the runtime's
   * handlers; a state-name binding still wins.
   *
   * @throws IllegalArgumentException when no Task state of the workflow calls it, naming the
   *     nearest resource
   */
  public LocalStateMachine withResource(String arnOrPattern, TaskHandler handler) {
    Objects.requireNonNull(arnOrPattern, "arnOrPattern == null");
    Objects.requireNonNull(handler, "handler == null");
    states().checkResource(arnOrPattern);
    return with(bindings.withResource(arnOrPattern, handler));
  }

  /**
   * This workflow answering Task states from test case {@code testCaseName} of an AWS Step
   * Functions Local mock configuration file, under {@code StateMachines} / this workflow's
   * name: each execution counts the mocked responses' invocations from 0. The mocked results
   * are raw service results ({@code {"StatusCode": 200, "Payload": ...}} for
   * {@code lambda:invoke}); states the test case does not name are answered by the handlers.
   *
   * <pre>{@code
   * Execution execution = orders.withMockedResponses(Path.of("MockConfigFile.json"), "HappyPath")
   *     .run("{\"total\": 42}");
   * }</pre>
   *
   * @throws IllegalArgumentException when the file is invalid, has no such workflow or test
   *     case, or the test case names a state the workflow does not have (naming the nearest)
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public LocalStateMachine withMockedResponses(Path mockConfig, String testCaseName) {
    Objects.requireNonNull(testCaseName, "testCaseName == null");
    MockConfig config = MockConfig.read(Objects.requireNonNull(mockConfig, "mockConfig == null"));
    config.check(states(), testCaseName);
    return with(bindings.withMocks(config, testCaseName));
  }

  private LocalStateMachine with(WorkflowBindings changed) {
    return new LocalStateMachine(runtime, machine, changed, typing, states);
  }

  StateIndex states() {
    StateIndex index = states;
    if (index == null) {
      index = StateIndex.of(name(), definition());
      states = index;
    }
    return index;
  }

  /** What answers the Task states of a new execution of this handle. */
  private TaskDispatcher dispatcher() {
    Engine engine = runtime.engine();
    // The workflow's own handlers are checked against the services' shapes like the runtime's.
    TaskDispatcher checked =
        engine.checked(bindings.dispatcher(name(), engine.answering(Map.of())));
    return typing.results().isEmpty() ? checked
        : new io.statecraft.local.internal.tasks.ResultCheckedTasks(typing.results(), checked);
  }

  /**
   * The record of the execution input when the workflow is a
   * {@link io.statecraft.dsl.TypedWorkflow}: every input is checked against it before the
   * execution starts.
   */
  public Optional<Class<? extends Record>> inputType() {
    return Optional.ofNullable(typing.input());
  }

  /** The record of the execution output when the workflow is a {@link io.statecraft.dsl.TypedWorkflow}. */
  public Optional<Class<? extends Record>> outputType() {
    return Optional.ofNullable(typing.output());
  }

  /**
   * Runs one execution to its end with {@code input} (JSON text) and the handle's handlers. On
   * the virtual clock, time skips while the execution waits only for time; an execution that
   * waits for a task token or an activity worker nothing answers, with no time-out to end the
   * wait, throws {@link StuckExecutionException} rather than hang.
   *
   * @throws TypeMismatchException when the workflow is typed and {@code input} does not fit its
   *     input record, naming each field that does not fit; nothing runs
   */
  public Execution run(String input) {
    JsonNode parsed;
    try {
      parsed = Values.parse(input);
    } catch (tools.jackson.core.JacksonException e) {
      throw new IllegalArgumentException("input is not JSON: "
          + io.statecraft.compiler.internal.common.JsonText.reason(e), e);
    }
    return runOwned(parsed);
  }

  /**
   * Runs one execution to its end, on the calling thread, with {@code input}.
   *
   * @throws TypeMismatchException when the workflow is typed and {@code input} does not fit its
   *     input record
   */
  public Execution run(JsonNode input) {
    return runOwned(Values.copy(notTooDeep(input)));
  }

  /**
   * Runs one execution to its end with {@code input} written as JSON by Jackson, as AWS SDK
   * clients and Lambda functions written with Jackson would send it.
   *
   * <pre>{@code
   * Execution execution = orders.run(new Order("o-1", "BOOK-7", 2, new BigDecimal("30")));
   * Receipt receipt = execution.output(Receipt.class);
   * }</pre>
   *
   * @throws TypeMismatchException when the workflow is typed and {@code input} does not fit its
   *     input record (another record, or one with nulls where values are required)
   */
  public Execution run(Record input) {
    return runOwned(Values.copy(Json.valueOf(Objects.requireNonNull(input, "input == null"))));
  }

  /**
   * {@code input}, unless it nests deeper than JSON text may (and copying it would recurse that
   * deep): then IllegalArgumentException.
   */
  private static JsonNode notTooDeep(JsonNode input) {
    if (input != null && Values.deeperThan(input, Values.MAX_DEPTH)) {
      throw new IllegalArgumentException("input nests arrays and objects more than "
          + Values.MAX_DEPTH + " levels deep, the most a JSON value may nest");
    }
    return input;
  }

  /** Throws when the workflow is typed and {@code input} does not fit its input record. */
  private void checkInput(JsonNode input) {
    if (typing.input() != null) {
      List<Diagnostic> problems = RecordSchemas.check(typing.input(), input);
      if (!problems.isEmpty()) {
        throw new TypeMismatchException("the input does not fit " + typing.input().getSimpleName()
            + ", the input record of " + typing.workflow(), typing.input(), problems);
      }
    }
  }

  /** Runs with an input no one else holds: the run may read it without copying it again. */
  private Execution runOwned(JsonNode input) {
    checkInput(input);
    Engine engine = runtime.engine();
    Run run = engine.newRun(machine, machine.nextExecutionName(), input,
        dispatcher(), false, Long.MAX_VALUE);
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
    checkInput(notTooDeep(input));
    Engine engine = runtime.engine();
    return start(engine.newRun(machine, executionName, Values.copy(input), dispatcher(), false,
        Long.MAX_VALUE));
  }

  /**
   * Replays {@code run}, a resumed execution of this machine, on the calling thread, then goes
   * on with it in the background; throws IllegalStateException when it does not run as its
   * history says.
   */
  RunningExecution resume(Run run) {
    RunningExecution running = new RunningExecution(this, run);
    runtime.engine().resumeInBackground(run);
    return running;
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
