package io.statecraft.local;

import io.statecraft.asl.StateMachine;
import io.statecraft.compiler.Asl;
import io.statecraft.local.internal.engine.Engine;
import io.statecraft.local.internal.engine.Handles;
import io.statecraft.local.internal.engine.Machine;
import io.statecraft.local.internal.engine.Placeholders;
import io.statecraft.local.internal.engine.Workflows;
import io.statecraft.local.internal.typed.Typing;
import io.statecraft.local.internal.json.Values;
import io.statecraft.local.internal.kernel.Run;
import io.statecraft.local.internal.tasks.ReplayedTasks;
import io.statecraft.local.internal.tasks.UnusedBindings;
import io.statecraft.local.task.ActivityTask;
import io.statecraft.local.task.TaskHandler;
import io.statecraft.local.task.TaskTokenException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * A local Step Functions: loads ASL and runs it as AWS would, with Java handlers standing in for
 * the services Task states call, on a virtual clock by default. Parallel branches and Map
 * iterations are interleaved on one thread by a seed, so a run is reproducible to the byte.
 *
 * <pre>{@code
 * try (LocalStepFunctions sfn = LocalStepFunctions.builder()
 *     .task("Charge", (input, ctx) -> input)
 *     .build()) {
 *   Execution execution = sfn.load(Path.of("order-flow.asl.json")).run("{\"total\": 42}");
 *   System.out.println(execution.status() + " " + execution.output());
 * }
 * }</pre>
 *
 * <p>Instances are thread-safe; executions are independent. {@link #close()} ends the threads the
 * runtime made (for executions started in the background, and handler threads when asked for),
 * and reports handlers bound on the builder to a state name or resource that no loaded workflow
 * has: they are almost always typos.
 */
public final class LocalStepFunctions implements AutoCloseable {

  /** AWS's quota of history events for a Standard execution. */
  public static final int HISTORY_EVENT_QUOTA = Engine.HISTORY_EVENT_QUOTA;
  /** AWS's quota on a state's or an execution's input and output: 256 KiB of UTF-8 JSON. */
  public static final long PAYLOAD_QUOTA_BYTES = Engine.PAYLOAD_QUOTA_BYTES;
  /** AWS's limit on how long an Express execution may run: five minutes. */
  public static final Duration EXPRESS_DURATION_QUOTA = Engine.EXPRESS_DURATION_QUOTA;

  static {
    Handles.install(new PublicHandles());
  }

  private final Engine engine;
  private final Map<String, String> substitutions;
  /** Null when nothing is to be checked: no runtime-wide binding, or an embedder's runtime. */
  private final UnusedBindings unused;
  /** Whether {@link #close()} reports them, or a check over many runtimes does. */
  private final boolean reportUnused;

  private final MapRunAccess mapRunAccess;

  private LocalStepFunctions(Engine engine, Map<String, String> substitutions,
      UnusedBindings unused, boolean reportUnused) {
    this.engine = engine;
    this.mapRunAccess = new MapRunAccess(this, engine);
    this.substitutions = substitutions;
    this.unused = unused;
    this.reportUnused = reportUnused;
  }

  /** A runtime with no handlers, a virtual clock and default settings. */
  public static LocalStepFunctions newInstance() {
    return builder().build();
  }

  /** Configures a runtime. */
  public static Builder builder() {
    return new Builder();
  }

  Engine engine() {
    return engine;
  }

  /** Loads a definition read from ASL JSON text, named {@code name}. */
  public LocalStateMachine load(String name, String aslJson) {
    StateMachine definition = Asl.read(aslJson);
    // Text without placeholders needs no substitution pass (a write of the whole definition).
    return Placeholders.mayContain(aslJson) ? load(name, definition)
        : load(name, definition, engine.region(), Typing.NONE, false, false);
  }

  /** Loads an ASL JSON file, named after the file (without {@code .asl.json} / {@code .json}). */
  public LocalStateMachine load(java.nio.file.Path file) {
    String fileName = Placeholders.machineName(file);
    String text;
    try {
      text = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      return load(fileName, Asl.read(file)); // which says why the file cannot be read
    }
    return load(fileName, text);
  }

  /**
   * Compiles {@code definition} for running, with the runtime's definition substitutions in its
   * {@code ${...}} placeholders. Throws
   * {@link io.statecraft.asl.diagnostic.InvalidDefinitionException} naming every state and field this
   * runtime cannot run, or cannot make sense of, and every placeholder without a value.
   */
  public LocalStateMachine load(String name, StateMachine definition) {
    return load(name, definition, engine.region());
  }

  /**
   * {@link #load(String, StateMachine)} in {@code region} rather than the runtime's: the machine's
   * ARN and its executions' are in that region, as are the services its tasks call by default.
   */
  LocalStateMachine load(String name, StateMachine definition, String region) {
    return load(name, definition, region, Typing.of(name, definition), true, false);
  }

  private LocalStateMachine load(String name, StateMachine definition, String region,
      Typing typing, boolean mayHavePlaceholders, boolean validated) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("name must not be empty, was " + name);
    }
    StateMachine resolved = mayHavePlaceholders ? Placeholders.resolve(definition, substitutions)
        : definition;
    // One gate: what `statecraft validate` and CreateStateMachine refuse does not run here either.
    // (Unless the caller validated this very definition: the emulator validates what it is sent.)
    List<io.statecraft.asl.diagnostic.Diagnostic> errors = validated && resolved == definition
        ? List.of()
        : io.statecraft.compiler.Validator.validate(resolved).stream()
            .filter(io.statecraft.asl.diagnostic.Diagnostic::isError).toList();
    if (!errors.isEmpty()) {
      throw new io.statecraft.asl.diagnostic.InvalidDefinitionException(errors);
    }
    LocalStateMachine loaded = new LocalStateMachine(this, engine.load(name, resolved, region),
        typing);
    if (unused != null) {
      unused.loaded(loaded.states());
    }
    return loaded;
  }

  /**
   * Loads the machine a workflow class defines, named {@link io.statecraft.dsl.Workflow#name()}:
   * an instance made the way a test needs it, e.g. with a table name. A
   * {@link io.statecraft.dsl.TypedWorkflow}'s executions have their input checked against its
   * input record, and their output can be read as its output record.
   *
   * <pre>{@code
   * LocalStateMachine orders = sfn.load(new OrderFulfillment("orders-test", queueUrl));
   * }</pre>
   */
  public LocalStateMachine load(io.statecraft.dsl.Workflow workflow) {
    java.util.Objects.requireNonNull(workflow, "workflow == null");
    StateMachine definition = workflow.define();
    return load(workflow.name(), definition, engine.region(), Typing.of(workflow, definition),
        true, false);
  }

  /**
   * Loads the machine of a workflow class made by its public constructor that takes
   * {@code constructorArguments} (none for a no-argument constructor).
   *
   * <pre>{@code
   * LocalStateMachine orders = sfn.load(OrderFulfillment.class, "orders-test", queueUrl);
   * }</pre>
   *
   * @throws IllegalArgumentException when no single public constructor takes the arguments,
   *     naming the constructors there are, or the constructor threw
   */
  public LocalStateMachine load(Class<? extends io.statecraft.dsl.Workflow> workflowClass,
      Object... constructorArguments) {
    java.util.Objects.requireNonNull(workflowClass, "workflowClass == null");
    return load(Workflows.instantiate(workflowClass, constructorArguments));
  }

  /**
   * Redrives an execution that failed, timed out or was stopped, as RedriveExecution does: it
   * goes on from the state that did not succeed, with that state's input and the variables it
   * saw, under the same ARN; its history goes on with an {@code ExecutionRedriven} event, and a
   * distributed Map runs again only the children that did not succeed.
   *
   * <pre>{@code
   * Execution failed = machine.run(input);          // a handler failed
   * Execution done = runtime.redrive(failed).await(Duration.ofSeconds(5));
   * }</pre>
   *
   * @throws ExecutionNotRedrivableException when the execution succeeded, still runs, is an
   *     Express execution, or was redriven the most times AWS allows
   */
  public RunningExecution redrive(Execution execution) {
    return Redrives.redrive(engine, execution.stateMachine(), execution.run);
  }

  /** {@link #redrive(Execution)} for an execution started with {@code start}. */
  public RunningExecution redrive(RunningExecution execution) {
    return Redrives.redrive(engine, execution.stateMachine(), execution.run());
  }

  /**
   * Tests one state as AWS's TestState API does: runs it once on the request's input, variables
   * and context object, its service call answered by the request's mock (else by this runtime's
   * handlers), and reports its status, output or error, next state and, at DEBUG, the value after
   * each processing step. A retry is not run: a state whose error a retrier would retry is
   * RETRIABLE, with the retrier and its back-off.
   *
   * <pre>{@code
   * TestStateResult result = runtime.testState(TestStateRequest.of(stateJson)
   *     .input("{\"n\": 1}").mockError("Throttled", "slow down"));
   * }</pre>
   *
   * @throws IllegalArgumentException when the definition cannot be run or names no such state
   */
  public TestStateResult testState(TestStateRequest request) {
    return TestStateResults.run(engine, request);
  }

  /** The Map Run with this ARN, as DescribeMapRun reports it, or empty if there is none. */
  public Optional<MapRun> mapRun(String mapRunArn) {
    return mapRunAccess.mapRun(mapRunArn);
  }

  /** The Map Runs an execution's distributed Maps started, oldest first (ListMapRuns). */
  public List<MapRun> mapRuns(String executionArn) {
    return mapRunAccess.mapRuns(executionArn);
  }

  /**
   * Changes a running Map Run as UpdateMapRun does: each non-null value replaces the one the
   * Map state gave. A lower concurrency lets running children finish; a higher one starts more
   * at once; a failure threshold now exceeded fails the Map Run.
   *
   * @throws IllegalArgumentException when no Map Run has this ARN, or a value is out of range
   * @throws IllegalStateException when the Map Run has ended
   */
  public void updateMapRun(String mapRunArn, Integer maxConcurrency,
      Float toleratedFailurePercentage, Long toleratedFailureCount) {
    mapRunAccess.update(mapRunArn, maxConcurrency, toleratedFailurePercentage,
        toleratedFailureCount);
  }

  /** The child executions of a Map Run, in the order they started (ListExecutions by Map Run). */
  public List<RunningExecution> mapRunExecutions(String mapRunArn) {
    return mapRunAccess.executions(mapRunArn);
  }

  /** A child execution of some Map Run, by its ARN, or empty. */
  public Optional<RunningExecution> mapRunExecution(String executionArn) {
    return mapRunAccess.execution(executionArn);
  }



  /**
   * Answers the callback or activity task holding {@code taskToken} with {@code output}, as
   * SendTaskSuccess does.
   *
   * @throws TaskTokenException when the token is malformed, unknown or its task already ended
   */
  public void sendTaskSuccess(String taskToken, JsonNode output) {
    engine.tokens().succeed(taskToken, output == null ? Values.NODES.nullNode()
        : output.deepCopy());
  }

  /** {@link #sendTaskSuccess(String, JsonNode)} with JSON text. */
  public void sendTaskSuccess(String taskToken, String output) {
    sendTaskSuccess(taskToken, Values.parse(output));
  }

  /** Fails the task holding {@code taskToken}, as SendTaskFailure does (error, cause may be null). */
  public void sendTaskFailure(String taskToken, String error, String cause) {
    engine.tokens().fail(taskToken, error, cause);
  }

  /** Restarts the HeartbeatSeconds timer of the task holding {@code taskToken}. */
  public void sendTaskHeartbeat(String taskToken) {
    engine.tokens().heartbeat(taskToken);
  }

  /**
   * Takes the next task scheduled on activity {@code activityArn}, as a worker's GetActivityTask
   * does, waiting up to {@code wait} of real time for one; empty when none came. The execution
   * records ActivityStarted (with {@code workerName}, which may be null), which AWS always
   * records before the answer; the task's TimeoutSeconds and HeartbeatSeconds start then, as on
   * AWS, where a task waiting for a worker does not time out by its own TimeoutSeconds.
   * On the virtual clock, time skips while it waits, as in {@link RunningExecution#await}: a
   * task behind a Wait or a back-off comes without advancing the clock.
   *
   * <pre>{@code
   * RunningExecution running = machine.start("report-7", Json.parse("{\"month\":\"2024-01\"}"));
   * ActivityTask task = sfn.pollActivityTask(activityArn, "report-worker", Duration.ofSeconds(5))
   *     .orElseThrow();
   * sfn.sendTaskSuccess(task.taskToken(), "{\"html\":\"<h1>January</h1>\"}");
   * }</pre>
   *
   * <p>An activity task answered by its token without being taken (from
   * {@link RunningExecution#awaitTaskToken}) has no ActivityStarted event, unlike on AWS, and
   * its TimeoutSeconds and HeartbeatSeconds never start.
   */
  public Optional<ActivityTask> pollActivityTask(String activityArn, String workerName,
      Duration wait) {
    Objects.requireNonNull(activityArn, "activityArn");
    Objects.requireNonNull(wait, "wait");
    // The input is the run's own, which it never changes: the caller gets a copy of its own.
    return engine.tokens().poll(activityArn, workerName, wait)
        .map(task -> new ActivityTask(task.taskToken(), task.input().deepCopy()));
  }

  /** {@link #pollActivityTask(String, String, Duration)} by a worker without a name. */
  public Optional<ActivityTask> pollActivityTask(String activityArn, Duration wait) {
    return pollActivityTask(activityArn, null, wait);
  }

  /**
   * Ends the runtime's threads; executions still running in the background are abandoned.
   *
   * @throws IllegalStateException (once the threads are ended) when a handler bound on the
   *     builder by state name or resource matched no Task state of any workflow loaded, naming
   *     it and the nearest names
   */
  @Override
  public void close() {
    engine.close();
    if (reportUnused) {
      unused.report();
    }
  }

  /**
   * Settings of a {@link LocalStepFunctions}. Handlers are looked up by state name first, then
   * by exact resource ARN, then by resource pattern ({@code *} and {@code ?}) in binding order.
   */
  public static final class Builder {
    private ExecutionClock clock = ExecutionClock.virtual();
    private final Map<String, TaskHandler> byState = new LinkedHashMap<>();
    private final Map<String, TaskHandler> byResource = new LinkedHashMap<>();
    private long seed = 0x5eed;
    private Interleaving interleaving = Interleaving.SEEDED;
    private int handlerThreads;
    private boolean quotas = true;
    private Consumer<Execution> observer;
    private JsonNode taskResults;
    private String region = "us-east-1";
    private String accountId = "123456789012";
    private final Map<String, String> substitutions = new LinkedHashMap<>();
    private java.nio.file.Path s3Folder;
    private io.statecraft.shapes.FieldValidation resultShapes;
    /** A check of the bindings shared by several runtimes, which reports them itself. */
    private UnusedBindings sharedCheck;

    private Builder() {}

    /**
     * Gives the definition placeholder {@code ${key}} the value {@code value} in every workflow
     * loaded, as CloudFormation's {@code DefinitionSubstitutions} do when it deploys: a string
     * that is only the placeholder in a numeric field ({@code "Seconds": "${Pause}"}) becomes a
     * number. A placeholder left without a value fails the load.
     *
     * <pre>{@code
     * LocalStepFunctions.builder()
     *     .substitute("ActivityArn", "arn:aws:states:us-east-1:123456789012:activity:approve")
     *     .task("Approve", (input, ctx) -> approved)
     *     .build();
     * }</pre>
     */
    public Builder substitute(String key, String value) {
      if (key == null || key.isEmpty()) {
        throw new IllegalArgumentException("key must not be empty, was " + key);
      }
      substitutions.put(key, Objects.requireNonNull(value, "value == null"));
      return this;
    }

    /** {@link #substitute(String, String)} for every entry of {@code values}. */
    public Builder substitutions(Map<String, String> values) {
      Objects.requireNonNull(values, "values == null").forEach(this::substitute);
      return this;
    }

    /** Binds {@code handler} to the Task state named {@code stateName}. */
    public Builder task(String stateName, TaskHandler handler) {
      put(byState, "stateName", stateName, handler);
      return this;
    }

    /** Binds {@code handler} to a resource ARN, exact or a pattern with {@code *} / {@code ?}. */
    public Builder resource(String arnOrPattern, TaskHandler handler) {
      put(byResource, "arnOrPattern", arnOrPattern, handler);
      return this;
    }

    /** The clock executions run on (default: virtual, from 2024-01-01T00:00:00Z). */
    public Builder clock(ExecutionClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * The seed of everything an execution draws at random: the interleaving of branches and
     * iterations, retry jitter, task tokens, generated ids, {@code States.UUID} and
     * {@code States.MathRandom} (default fixed, so runs repeat exactly).
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** How branches and iterations interleave (default {@link Interleaving#SEEDED}). */
    public Builder interleaving(Interleaving interleaving) {
      this.interleaving = Objects.requireNonNull(interleaving, "interleaving == null");
      return this;
    }

    /**
     * Runs task handlers on up to {@code threads} threads of the runtime's own, so handlers that
     * block on real I/O run side by side (default 0: handlers run on the thread that drives the
     * execution). The order of events then follows the handlers' real timing and is no longer
     * reproducible from the seed.
     */
    public Builder handlerThreads(int threads) {
      if (threads < 0) {
        throw new IllegalArgumentException("threads must be >= 0, was " + threads);
      }
      this.handlerThreads = threads;
      return this;
    }

    /**
     * Whether AWS's quotas apply (default true): 25,000 history events per execution and 256 KiB
     * per payload, failing the execution as AWS does. Turn them off only for throughput
     * experiments on workloads that AWS itself would refuse.
     */
    public Builder quotas(boolean enforced) {
      this.quotas = enforced;
      return this;
    }

    /** Region and account of the ARNs the runtime makes up (default us-east-1, 123456789012). */
    public Builder account(String region, String accountId) {
      Objects.requireNonNull(region, "region == null");
      Objects.requireNonNull(accountId, "accountId == null");
      this.region = region;
      this.accountId = accountId;
      return this;
    }

    /**
     * Answers Task states from recorded results, per state name and in order, in the format of
     * the conformance cases' {@code taskResults}:
     * {@code {"Charge": [{"Throw": {"Error": "E", "Cause": "c"}}, {"Return": {...}}]}}
     * ({@code "TimedOut": true} marks a time-out). Each execution starts from the first result;
     * states not listed go to the bound handlers.
     */
    public Builder taskResults(JsonNode taskResults) {
      ReplayedTasks.checkShape(taskResults);
      this.taskResults = taskResults.deepCopy();
      return this;
    }

    /**
     * Called with every execution the runtime finishes, child executions included, on the
     * thread that ran it (the JUnit extension keeps them to print the histories of a failed
     * test).
     */
    public Builder onFinished(Consumer<Execution> observer) {
      Objects.requireNonNull(observer, "observer == null");
      this.observer = this.observer == null ? observer : this.observer.andThen(observer);
      return this;
    }

    /**
     * A local folder that stands in for Amazon S3 where a distributed Map reads its items
     * ({@code ItemReader}) and writes its results ({@code ResultWriter}) and nothing is bound to
     * the Map state or its S3 resource: bucket {@code b}, key {@code k} is the file
     * {@code folder/b/k}.
     *
     * <pre>{@code
     * LocalStepFunctions.builder().s3Folder(Path.of("src/test/resources/s3")).build();
     * }</pre>
     */
    public Builder s3Folder(java.nio.file.Path folder) {
      this.s3Folder = Objects.requireNonNull(folder, "folder");
      return this;
    }

    /**
     * Checks what every handler and mock answers against the response shape of the service its
     * Task state calls (from the AWS SDK's service models): STRICT wants the members the API
     * requires and no member it lacks, PRESENT checks the members given, NONE (the default)
     * nothing. An answer outside the shape fails its execution with
     * {@code Statecraft.InvalidTaskResult}, which no Catch handles, naming the state, the member
     * and the nearest member the service has, so a mock cannot return what the service never
     * would. Resources with no known shape (a Lambda function ARN, an activity) are not checked.
     *
     * <pre>{@code
     * LocalStepFunctions.builder().taskResultShapes(FieldValidation.STRICT)
     *     .task("Load order", (input, ctx) -> Json.parse("{\"Itemz\": {}}"))   // fails: did you mean Item?
     *     .build();
     * }</pre>
     */
    public Builder taskResultShapes(io.statecraft.shapes.FieldValidation mode) {
      this.resultShapes = Objects.requireNonNull(mode, "mode");
      return this;
    }

    public LocalStepFunctions build() {
      return build(null);
    }

    LocalStepFunctions build(Handles.EmbedderSettings embedder) {
      Consumer<Execution> watcher = observer;
      Engine engine = new Engine(new Engine.Settings(clock.newClock(),
          interleaving == Interleaving.ONE_AT_A_TIME, seed, handlerThreads, quotas, region,
          accountId, byState, byResource, taskResults,
          embedder == null ? null : embedder.children(),
          embedder == null ? arn -> true : embedder.activities(),
          embedder != null && embedder.unboundCallbacksSent(),
          watcher == null ? null : finished -> watcher.accept(Execution.of(
              (LocalStateMachine) finished.machine().facade(), finished.run(),
              finished.outcome())),
          s3Folder == null ? null : new io.statecraft.local.internal.items.S3Folder(s3Folder),
          resultShapes));
      // An embedder (the emulator) loads what its own users send: its bindings are not checked.
      if (embedder != null || (byState.isEmpty() && byResource.isEmpty())) {
        return new LocalStepFunctions(engine, Map.copyOf(substitutions), null, false);
      }
      UnusedBindings unused = sharedCheck != null ? sharedCheck : new UnusedBindings();
      unused.bound(byState.keySet(), byResource.keySet());
      return new LocalStepFunctions(engine, Map.copyOf(substitutions), unused,
          sharedCheck == null);
    }

    private static void put(Map<String, TaskHandler> map, String what, String key,
        TaskHandler handler) {
      if (key == null || key.isEmpty()) {
        throw new IllegalArgumentException(what + " must not be empty, was " + key);
      }
      Objects.requireNonNull(handler, "handler == null");
      if (map.putIfAbsent(key, handler) != null) {
        throw new IllegalStateException("a handler is already bound to " + what + " '" + key + "'");
      }
    }
  }

  /** How the SPI reaches what stands behind this package's objects. */
  private static final class PublicHandles implements Handles.Access {
    @Override
    public Engine engine(Object runtime) {
      return ((LocalStepFunctions) runtime).engine;
    }

    @Override
    public Machine machine(Object stateMachine) {
      return ((LocalStateMachine) stateMachine).machine();
    }

    @Override
    public Run run(Object runningExecution) {
      return ((RunningExecution) runningExecution).run();
    }

    @Override
    public Object start(Machine machine, Run run) {
      return ((LocalStateMachine) machine.facade()).start(run);
    }

    @Override
    public Object ended(Machine machine, Run run) {
      return new RunningExecution((LocalStateMachine) machine.facade(), run);
    }

    @Override
    public Object load(Object runtime, String name, StateMachine definition, String region,
        boolean validated) {
      return ((LocalStepFunctions) runtime).load(name, definition, region, Typing.NONE, true,
          validated);
    }

    @Override
    public Object build(Object builder, Handles.EmbedderSettings settings) {
      return ((Builder) builder).build(settings);
    }

    @Override
    public void shareBindingCheck(Object builder, UnusedBindings check) {
      ((Builder) builder).sharedCheck = check;
    }

    @Override
    public Object resume(Machine machine, Run run) {
      return ((LocalStateMachine) machine.facade()).resume(run);
    }
  }
}
