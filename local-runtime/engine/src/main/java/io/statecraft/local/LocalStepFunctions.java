package io.statecraft.local;

import io.statecraft.asl.StateMachine;
import io.statecraft.compiler.Asl;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import tools.jackson.databind.JsonNode;

/**
 * A local Step Functions: loads JSONPath-mode ASL and runs it as AWS would, with Java handlers
 * standing in for the services Task states call, on a virtual clock by default.
 *
 * <pre>{@code
 * LocalStepFunctions sfn = LocalStepFunctions.builder()
 *     .task("Charge", (input, ctx) -> input)
 *     .build();
 * LocalStateMachine flow = sfn.load("OrderFlow", Asl.read(Path.of("order-flow.asl.json")));
 * Execution execution = flow.run("{\"total\": 42}");
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; executions are independent.
 */
public final class LocalStepFunctions {

  /** AWS's quota of history events for a Standard execution. */
  public static final int HISTORY_EVENT_QUOTA = 25_000;
  /** AWS's quota on a state's or an execution's input and output: 256 KiB of UTF-8 JSON. */
  public static final long PAYLOAD_QUOTA_BYTES = 256 * 1024;
  /** AWS's limit on how long an Express execution may run: five minutes. */
  public static final Duration EXPRESS_DURATION_QUOTA = Duration.ofMinutes(5);

  private final ExecutionClock clock;
  private final Map<String, TaskHandler> byState;
  private final Map<String, TaskHandler> byResource;
  private final TaskBindings bindings;
  private final tools.jackson.databind.JsonNode taskResults;
  private final Random random;
  private final int parallelism;
  private final ForkJoinPool pool;
  private final java.util.function.Consumer<Execution> observer;

  /**
   * One bounded pool per parallelism, shared by every runtime: a runtime per test must not leave
   * a pool of threads behind. Its threads are daemons and idle ones retire.
   */
  private static final java.util.concurrent.ConcurrentMap<Integer, ForkJoinPool> POOLS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static ForkJoinPool newPool(int parallelism) {
    return new ForkJoinPool(parallelism, ForkJoinPool.defaultForkJoinWorkerThreadFactory, null,
        false);
  }
  private final int historyEventLimit;
  private final long payloadLimit;
  private final String region;
  private final String accountId;
  private final String roleArn;
  private final TaskTokens tasks = new TaskTokens();
  private final LoadedMachines loaded = new LoadedMachines();
  private final ChildExecutions children;
  private final boolean unboundCallbacksSent;
  private final java.util.function.Predicate<String> activities;

  private LocalStepFunctions(Builder builder) {
    this.clock = builder.clock;
    this.byState = new LinkedHashMap<>(builder.byState);
    this.byResource = new LinkedHashMap<>(builder.byResource);
    this.random = new Random(builder.seed);
    this.parallelism = builder.parallelism;
    this.pool = parallelism > 1 ? POOLS.computeIfAbsent(parallelism, LocalStepFunctions::newPool)
        : null;
    this.observer = builder.observer;
    this.historyEventLimit = builder.quotas ? HISTORY_EVENT_QUOTA : Integer.MAX_VALUE;
    this.payloadLimit = builder.quotas ? PAYLOAD_QUOTA_BYTES : Long.MAX_VALUE;
    this.region = builder.region;
    this.accountId = builder.accountId;
    this.roleArn = "arn:aws:iam::" + accountId + ":role/StatecraftLocalExecutionRole";
    this.bindings = new TaskBindings(byState, byResource, this);
    this.taskResults = builder.taskResults;
    this.children = builder.children == null ? loaded : builder.children;
    this.unboundCallbacksSent = builder.unboundCallbacksSent;
    this.activities = builder.activities;
  }

  /** A runtime with no handlers, a virtual clock and default settings. */
  public static LocalStepFunctions newInstance() {
    return builder().build();
  }

  /** Configures a runtime. */
  public static Builder builder() {
    return new Builder();
  }

  /** Loads a definition read from ASL JSON text, named {@code name}. */
  public LocalStateMachine load(String name, String aslJson) {
    return load(name, Asl.read(aslJson));
  }

  /** Loads an ASL JSON file, named after the file (without {@code .asl.json} / {@code .json}). */
  public LocalStateMachine load(java.nio.file.Path file) {
    String fileName = file.getFileName().toString().replaceFirst("(\\.asl)?\\.json$", "");
    return load(fileName, Asl.read(file));
  }

  /**
   * Compiles {@code definition} for running. Throws
   * {@link io.statecraft.asl.InvalidDefinitionException} naming every state and field this
   * runtime cannot run (JSONata, distributed Map, ...) or cannot make sense of.
   */
  public LocalStateMachine load(String name, StateMachine definition) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("name must not be empty, was " + name);
    }
    LocalStateMachine machine =
        new LocalStateMachine(this, name, definition, Loader.load(definition, region));
    // The latest definition loaded under a name is what nested startExecution tasks start.
    loaded.put(machine);
    return machine;
  }

  /**
   * Answers the callback or activity task holding {@code taskToken} with {@code output}, as
   * SendTaskSuccess does.
   *
   * @throws TaskTokenException when the token is malformed, unknown or its task already ended
   */
  public void sendTaskSuccess(String taskToken, JsonNode output) {
    tasks.succeed(taskToken, output == null ? Values.NODES.nullNode() : output);
  }

  /** {@link #sendTaskSuccess(String, JsonNode)} with JSON text. */
  public void sendTaskSuccess(String taskToken, String output) {
    sendTaskSuccess(taskToken, Values.parse(output));
  }

  /** Fails the task holding {@code taskToken}, as SendTaskFailure does (error, cause may be null). */
  public void sendTaskFailure(String taskToken, String error, String cause) {
    tasks.fail(taskToken, error, cause);
  }

  /** Restarts the HeartbeatSeconds timer of the task holding {@code taskToken}. */
  public void sendTaskHeartbeat(String taskToken) {
    tasks.heartbeat(taskToken);
  }

  /**
   * GetActivityTask: the next task scheduled on {@code activityArn}, waiting up to {@code wait}
   * for one; empty when none came. {@code workerName} may be null.
   */
  public Optional<ActivityTask> pollActivityTask(String activityArn, String workerName,
      Duration wait) {
    return tasks.poll(activityArn, workerName, wait);
  }

  /** Forgets the queue of a deleted activity. */
  public void forgetActivity(String activityArn) {
    tasks.forget(activityArn);
  }

  /** What starts the children of {@code states:startExecution} tasks. */
  ChildExecutions children() {
    return children;
  }

  /** Whether a callback task with no handler counts its message as sent (the emulator). */
  boolean unboundCallbacksSent() {
    return unboundCallbacksSent;
  }

  /** Whether an Activity task may schedule on {@code activityArn}. */
  boolean activityExists(String activityArn) {
    return activities.test(activityArn);
  }

  TaskTokens tasks() {
    return tasks;
  }

  /** Tells the observer (the JUnit extension) about a finished execution. */
  void finished(Execution execution) {
    if (observer != null) {
      observer.accept(execution);
    }
  }

  ExecutionClock clock() {
    return clock;
  }

  /** What answers the Task states of a new execution. */
  TaskDispatcher dispatcher() {
    return taskResults == null ? bindings : new ReplayedTasks(taskResults, bindings);
  }

  ForkJoinPool pool() {
    return pool;
  }

  long payloadLimit() {
    return payloadLimit;
  }

  int historyEventLimit() {
    return historyEventLimit;
  }

  String region() {
    return region;
  }

  String accountId() {
    return accountId;
  }

  String roleArn() {
    return roleArn;
  }

  /** The seeded random numbers of States.UUID and States.MathRandom. */
  Random random() {
    return random;
  }

  double nextRandom() {
    synchronized (random) {
      return random.nextDouble();
    }
  }

  long nextLong() {
    synchronized (random) {
      return random.nextLong();
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
    private int parallelism = Runtime.getRuntime().availableProcessors();
    private boolean quotas = true;
    private java.util.function.Consumer<Execution> observer;
    private tools.jackson.databind.JsonNode taskResults;
    private String region = "us-east-1";
    private String accountId = "123456789012";
    private ChildExecutions children;
    private boolean unboundCallbacksSent;
    private java.util.function.Predicate<String> activities = arn -> true;

    private Builder() {}

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
      if (clock == null) {
        throw new NullPointerException("clock == null");
      }
      this.clock = clock;
      return this;
    }

    /** Seed of the random numbers behind retry jitter and generated ids (default fixed). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Threads for Parallel branches and Map iterations (default: the number of processors);
     * 1 runs them one after another on the calling thread, in order.
     */
    public Builder parallelism(int parallelism) {
      if (parallelism < 1) {
        throw new IllegalArgumentException("parallelism must be >= 1, was " + parallelism);
      }
      this.parallelism = parallelism;
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
      if (region == null || accountId == null) {
        throw new NullPointerException(region == null ? "region == null" : "accountId == null");
      }
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
    public Builder taskResults(tools.jackson.databind.JsonNode taskResults) {
      ReplayedTasks.checkShape(taskResults);
      this.taskResults = taskResults.deepCopy();
      return this;
    }

    /**
     * What starts the child executions of {@code states:startExecution} tasks (default: the
     * definition this runtime last loaded under the ARN's name; other ARNs fail the task with
     * {@code StepFunctions.StateMachineDoesNotExistException}, as AWS does).
     */
    public Builder childExecutions(ChildExecutions children) {
      if (children == null) {
        throw new NullPointerException("children == null");
      }
      this.children = children;
      return this;
    }

    /**
     * Whether a {@code .waitForTaskToken} task that no handler answers counts its message as
     * sent, with an empty result, and waits for the token (default false: it fails as unbound).
     * The HTTP emulator turns it on, since it cannot send the SQS message or SNS notification;
     * {@code states:startExecution.waitForTaskToken} still starts its child.
     */
    public Builder unboundCallbacksSent(boolean sent) {
      this.unboundCallbacksSent = sent;
      return this;
    }

    /**
     * Which activity ARNs exist (default: every one). An Activity task on one that does not
     * fails the execution with States.Runtime, {@code The activity ARN does not exist.}, before
     * anything is scheduled, as AWS does when the activity was deleted. The HTTP emulator
     * answers with the activities created, and not deleted, through its API.
     */
    public Builder activities(java.util.function.Predicate<String> exists) {
      if (exists == null) {
        throw new NullPointerException("exists == null");
      }
      this.activities = exists;
      return this;
    }

    /**
     * Called with every execution the runtime finishes, on the thread that ran it (the JUnit
     * extension keeps them to print the histories of a failed test).
     */
    public Builder onFinished(java.util.function.Consumer<Execution> observer) {
      if (observer == null) {
        throw new NullPointerException("observer == null");
      }
      this.observer = this.observer == null ? observer : this.observer.andThen(observer);
      return this;
    }

    public LocalStepFunctions build() {
      return new LocalStepFunctions(this);
    }

    private static void put(Map<String, TaskHandler> map, String what, String key,
        TaskHandler handler) {
      if (key == null || key.isEmpty()) {
        throw new IllegalArgumentException(what + " must not be empty, was " + key);
      }
      if (handler == null) {
        throw new NullPointerException("handler == null");
      }
      if (map.putIfAbsent(key, handler) != null) {
        throw new IllegalStateException("a handler is already bound to " + what + " '" + key + "'");
      }
    }
  }
}
