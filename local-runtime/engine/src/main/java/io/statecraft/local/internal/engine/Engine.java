package io.statecraft.local.internal.engine;

import io.statecraft.asl.StateMachine;
import io.statecraft.local.internal.expr.PathCache;
import io.statecraft.local.internal.kernel.Clock;
import io.statecraft.local.internal.kernel.Daemons;
import io.statecraft.local.internal.kernel.Outcome;
import io.statecraft.local.internal.items.ObjectStore;
import io.statecraft.local.internal.kernel.Run;
import io.statecraft.local.internal.maprun.MapRunHost;
import io.statecraft.local.internal.states.Loader;
import io.statecraft.local.internal.tasks.ChildExecution;
import io.statecraft.local.internal.tasks.ChildStarter;
import io.statecraft.local.internal.tasks.MockedTasks;
import io.statecraft.local.internal.tasks.ReplayedTasks;
import io.statecraft.local.internal.tasks.TaskBindings;
import io.statecraft.local.internal.tasks.TaskDispatcher;
import io.statecraft.local.internal.tasks.TaskServices;
import io.statecraft.local.internal.tasks.TaskTokens;
import io.statecraft.local.task.TaskHandler;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * One runtime: its settings, the definitions loaded into it, its task tokens and activity queues,
 * and the threads it owns (for executions started in the background and, when asked for, task
 * handlers), all released by {@link #close()}.
 */
public final class Engine implements AutoCloseable {

  /** AWS's quota of history events for a Standard execution (Express executions have none). */
  public static final int HISTORY_EVENT_QUOTA = 25_000;
  /** AWS's quota on a state's or an execution's input and output: 256 KiB of UTF-8 JSON. */
  public static final long PAYLOAD_QUOTA_BYTES = 256 * 1024;
  /** AWS's limit on how long an Express execution may run: five minutes. */
  public static final Duration EXPRESS_DURATION_QUOTA = Duration.ofMinutes(5);

  /** What a runtime is built from. */
  public record Settings(Clock clock, boolean sequential, long seed, int handlerThreads,
      boolean quotas, String region, String accountId, Map<String, TaskHandler> byState,
      Map<String, TaskHandler> byResource, JsonNode taskResults, ChildStarter children,
      Predicate<String> activities, boolean unboundCallbacksSent,
      Consumer<Finished> onFinished, ObjectStore s3,
      io.statecraft.shapes.FieldValidation resultShapes) {}

  /** A run that ended, for whoever watches the runtime. */
  public record Finished(Machine machine, Run run, Outcome outcome) {}

  private final Settings settings;
  private final Clock clock;
  private final TaskTokens tokens;
  private final TaskBindings bindings;
  private final PathCache paths = new PathCache();
  private final Map<String, Machine> byArn = new ConcurrentHashMap<>();
  private final ChildStarter children;
  private final String roleArn;
  /** Ids of Express executions: unique in this runtime, the same from one new runtime to the next. */
  private final Random ids;
  private final MapRuns mapRuns;
  /** The embedder's keeper of recorded events, or null. */
  private volatile io.statecraft.local.internal.kernel.Run.EventSink sink;
  private ExecutorService background;
  private ExecutorService handlers;
  private boolean closed;

  public Engine(Settings settings) {
    io.statecraft.compiler.internal.common.QuietLogging.ensure();
    this.settings = settings;
    this.clock = settings.clock();
    this.tokens = new TaskTokens(clock);
    this.bindings = new TaskBindings(settings.byState(), settings.byResource(),
        settings.unboundCallbacksSent());
    this.children = settings.children() != null ? settings.children() : this::startLoaded;
    this.roleArn = "arn:aws:iam::" + settings.accountId()
        + ":role/StatecraftLocalExecutionRole";
    this.ids = new Random(settings.seed());
    this.mapRuns = new MapRuns(this);
  }

  /** The Map Runs of distributed Maps and their child executions. */
  public MapRuns mapRuns() {
    return mapRuns;
  }

  /** The folder that stands in for S3, or null. */
  public ObjectStore s3() {
    return settings.s3();
  }

  public Clock clock() {
    return clock;
  }

  public TaskTokens tokens() {
    return tokens;
  }

  public String region() {
    return settings.region();
  }

  public String accountId() {
    return settings.accountId();
  }

  /**
   * Compiles {@code definition}; throws {@link io.statecraft.asl.diagnostic.InvalidDefinitionException}
   * naming every state and field this runtime cannot run or make sense of.
   */
  public Machine load(String name, StateMachine definition) {
    return load(name, definition, settings.region());
  }

  /**
   * {@link #load(String, StateMachine)} in {@code region}: the machine's ARN, its executions'
   * and the default region of the services its tasks call.
   */
  public Machine load(String name, StateMachine definition, String region) {
    Machine machine = new Machine(this, name, definition,
        Loader.load(definition, region, paths),
        "arn:aws:states:" + region + ":" + settings.accountId() + ":stateMachine:" + name);
    // The latest definition loaded under a name is what nested startExecution tasks start.
    byArn.put(machine.arn(), machine);
    return machine;
  }

  /** The machine loaded under {@code arn}, or null. */
  Machine loaded(String arn) {
    return byArn.get(arn);
  }

  /** Replaces what the cause of an unbound task advises (an embedder's own interface). */
  public void unboundAdvice(TaskBindings.UnboundAdvice advice) {
    bindings.advice(advice);
  }

  /**
   * Hands every event the runs of this runtime record from now on to {@code sink} (an
   * embedder's persistence); TestState runs excepted, as they are no executions.
   */
  public void recordedEvents(io.statecraft.local.internal.kernel.Run.EventSink sink) {
    this.sink = sink;
  }

  /** What answers the Task states of a new execution: mocks, recorded results, the bindings. */
  public TaskDispatcher dispatcher(Map<String, TaskHandler> stateMocks) {
    return checked(answering(stateMocks));
  }

  /** {@link #dispatcher} without the check of answers against the services' shapes. */
  public TaskDispatcher answering(Map<String, TaskHandler> stateMocks) {
    TaskDispatcher base = settings.taskResults() == null ? bindings
        : new ReplayedTasks(settings.taskResults(), bindings);
    return stateMocks.isEmpty() ? base : new MockedTasks(Map.copyOf(stateMocks), base);
  }

  /** {@code answering}, its answers checked against the services' shapes when asked for. */
  public TaskDispatcher checked(TaskDispatcher answering) {
    io.statecraft.shapes.FieldValidation mode = settings.resultShapes();
    return mode == null || mode == io.statecraft.shapes.FieldValidation.NONE ? answering
        : new io.statecraft.local.internal.tasks.ShapeCheckedTasks(answering, mode);
  }

  /**
   * A run of {@code machine} named {@code executionName}, answered by {@code tasks}; an Express
   * one is named {@code express:MACHINE:NAME:ID} and ends TIMED_OUT after {@code limitMillis}.
   */
  public Run newRun(Machine machine, String executionName, JsonNode input, TaskDispatcher tasks,
      boolean express, long limitMillis) {
    return newRun(machine, executionName, input, tasks, express, limitMillis, null);
  }

  /**
   * {@link #newRun(Machine, String, JsonNode, TaskDispatcher, boolean, long)} with the role of
   * its state machine ({@code $$.Execution.RoleArn}, ExecutionStarted's {@code roleArn}); null
   * for the runtime's own role.
   */
  public Run newRun(Machine machine, String executionName, JsonNode input, TaskDispatcher tasks,
      boolean express, long limitMillis, String roleArn) {
    String arn;
    if (express) {
      UUID id;
      synchronized (ids) {
        id = new UUID(ids.nextLong(), ids.nextLong());
      }
      arn = machine.arn().replace(":stateMachine:", ":express:") + ":" + executionName + ":" + id;
    } else {
      arn = machine.arn().replace(":stateMachine:", ":execution:") + ":" + executionName;
    }
    Integer timeout = machine.definition().timeoutSeconds();
    long limit = timeout == null ? limitMillis : Math.min(limitMillis, timeout * 1000L);
    TaskServices services = new TaskServices(tasks, tokens, children, settings.activities(),
        settings.unboundCallbacksSent());
    Run.Spec base = spec(machine.arn(), machine.name(), executionName, arn, input, express,
        limit, machine.graph().start(), Long.MIN_VALUE, machine.runs().historySizeHint,
        services);
    Run run = new Run(roleArn == null ? base : with(base, roleArn, base.services(), null));
    run.outcome().thenAccept(outcome -> finished(machine, run, outcome));
    return run;
  }

  /**
   * A run of {@code machine} named {@code executionName} that goes on from {@code recorded}, its
   * history so far as an earlier runtime recorded it (ExecutionStarted first): it keeps the
   * execution's ARN and start date, replays the record, then runs live. Started by
   * {@link #resumeInBackground}. A redriven execution's runs before its last redrive are
   * replayed here, on the calling thread; the run returned is its latest.
   *
   * @throws IllegalArgumentException when {@code recorded} is no history of a running execution
   * @throws io.statecraft.local.internal.kernel.Replay.ResumeDivergence when a run before the
   *     last redrive does not run as recorded
   */
  public Run resumedRun(Machine machine, String executionName, JsonNode input,
      TaskDispatcher tasks, String roleArn,
      java.util.List<io.statecraft.local.history.HistoryEvent> recorded) {
    return resumedRun(machine, executionName, input, tasks, roleArn, recorded, null);
  }

  /**
   * Runs {@code machine} through {@code recorded} (a history from its ExecutionStarted, ended
   * or not) on the calling thread, checking every event it regenerates with {@code check}, and
   * never goes live: nothing is called, every outside answer comes from the record. Returns the
   * latest run, ended as recorded.
   *
   * @throws IllegalArgumentException when {@code recorded} is no history of an execution
   * @throws io.statecraft.local.internal.kernel.Replay.ResumeDivergence at the first event
   *     that is not as recorded
   * @throws io.statecraft.local.internal.kernel.RecordUsedUp when the record ends while
   *     the execution runs (every event it holds was as recorded)
   */
  public Run checkedRun(Machine machine, String executionName, JsonNode input, String roleArn,
      java.util.List<io.statecraft.local.history.HistoryEvent> recorded,
      io.statecraft.local.internal.kernel.Replay.Check check) {
    Run run = resumedRun(machine, executionName, input, dispatcher(Map.of()), roleArn, recorded,
        check);
    run.resumeOn(background());
    return run;
  }

  private Run resumedRun(Machine machine, String executionName, JsonNode input,
      TaskDispatcher tasks, String roleArn,
      java.util.List<io.statecraft.local.history.HistoryEvent> recorded,
      io.statecraft.local.internal.kernel.Replay.Check check) {
    java.util.List<Integer> redrives = Resumes.check(executionName, recorded, check != null);
    int first = redrives.isEmpty() ? recorded.size() : redrives.get(0);
    Run run = firstResumedRun(machine, executionName, input, tasks, roleArn,
        recorded.subList(0, first), !redrives.isEmpty(), check);
    for (int i = 0; i < redrives.size(); i++) {
      // The run before the redrive ended as recorded; the next goes on from where it stopped.
      run.resumeOn(background());
      int from = redrives.get(i);
      int to = i + 1 < redrives.size() ? redrives.get(i + 1) : recorded.size();
      Run redriven = resumedRedrive(machine, run, recorded.subList(from, to), executionName,
          i + 1 < redrives.size(), check);
      run.successor = redriven;
      run = redriven;
    }
    return run;
  }

  /**
   * The run of a resumed execution that begins it; {@code ended}: its record ends it (a redrive
   * follows), and observers do not hear of that ending again.
   */
  private Run firstResumedRun(Machine machine, String executionName, JsonNode input,
      TaskDispatcher tasks, String roleArn,
      java.util.List<io.statecraft.local.history.HistoryEvent> recorded, boolean ended,
      io.statecraft.local.internal.kernel.Replay.Check check) {
    String arn = machine.arn().replace(":stateMachine:", ":execution:") + ":" + executionName;
    Integer timeout = machine.definition().timeoutSeconds();
    TaskServices services = new TaskServices(tasks, tokens, children, settings.activities(),
        settings.unboundCallbacksSent());
    Run.Spec base = spec(machine.arn(), machine.name(), executionName, arn, input, false,
        timeout == null ? Long.MAX_VALUE : timeout * 1000L, machine.graph().start(),
        recorded.get(0).timestampMillis(),
        Math.max(machine.runs().historySizeHint, recorded.size() + 16), services);
    Map<Class<?>, Object> all = new java.util.HashMap<>(base.services());
    all.put(io.statecraft.local.internal.kernel.Replay.class,
        new io.statecraft.local.internal.kernel.Replay(recorded, executionName, check));
    Run run = new Run(with(base, roleArn == null ? base.roleArn() : roleArn, Map.copyOf(all),
        null));
    if (!ended) {
      run.outcome().thenAccept(outcome -> finished(machine, run, outcome));
    }
    return run;
  }

  /** The redrive of {@code ended} that {@code recorded} (ExecutionRedriven first) records. */
  private Run resumedRedrive(Machine machine, Run ended,
      java.util.List<io.statecraft.local.history.HistoryEvent> recorded, String executionName,
      boolean endedToo, io.statecraft.local.internal.kernel.Replay.Check check) {
    Run.Redrive point = ended.redrivePoint(recorded.get(0).timestampMillis());
    if (point == null) {
      throw new io.statecraft.local.internal.kernel.Replay.ResumeDivergence(executionName,
          "event #" + recorded.get(0).id() + " redrives it, but running the definition again,"
          + " the execution before it cannot be redriven.");
    }
    Integer timeout = machine.definition().timeoutSeconds();
    Run.Spec base = spec(ended.machineArn, ended.machineName, ended.executionName,
        ended.executionArn, ended.input, ended.express,
        timeout == null ? Long.MAX_VALUE : timeout * 1000L, machine.graph().start(),
        Long.MIN_VALUE, machine.runs().historySizeHint, ended.service(TaskServices.class));
    Map<Class<?>, Object> all = new java.util.HashMap<>(base.services());
    all.put(io.statecraft.local.internal.kernel.Replay.class,
        new io.statecraft.local.internal.kernel.Replay(recorded, executionName, check));
    Run run = new Run(with(base, ended.roleArn, Map.copyOf(all), point));
    if (!endedToo) {
      run.outcome().thenAccept(outcome -> finished(machine, run, outcome));
    }
    return run;
  }

  /**
   * Replays {@code run}'s recorded history on the calling thread, then runs it live on a thread
   * of this runtime's. Throws {@link io.statecraft.local.internal.kernel.Replay.ResumeDivergence}
   * when it does not run as recorded.
   */
  public void resumeInBackground(Run run) {
    run.resumeOn(background());
  }

  /**
   * A run that tests one state of {@code machine} (TestState): its extra services say where it
   * starts and what it reports; its calls go to {@code tasks}, else to the runtime's bindings.
   */
  Run testRun(Machine machine, JsonNode input, String roleArn, TaskDispatcher tasks,
      Map<Class<?>, Object> extra) {
    TaskServices services = new TaskServices(tasks != null ? tasks : dispatcher(Map.of()),
        tokens, children, settings.activities(), settings.unboundCallbacksSent());
    // As AWS runs a test: an Express execution with generated names, the given role (or none).
    UUID machineId;
    UUID executionId;
    synchronized (ids) {
      machineId = new UUID(ids.nextLong(), ids.nextLong());
      executionId = new UUID(ids.nextLong(), ids.nextLong());
    }
    String prefix = "arn:aws:states:" + settings.region() + ":" + settings.accountId() + ":";
    Run.Spec base = spec(prefix + "stateMachine:" + machineId, machineId.toString(),
        executionId.toString(), prefix + "express:" + machineId + ":" + executionId, input, true,
        EXPRESS_DURATION_QUOTA.toMillis(), machine.graph().start(), Long.MIN_VALUE, 16,
        services);
    Map<Class<?>, Object> all = new java.util.HashMap<>(base.services());
    all.putAll(extra);
    all.remove(io.statecraft.local.internal.kernel.Run.EventSink.class);
    return new Run(with(base, roleArn, Map.copyOf(all), null));
  }

  /** {@code base} with another role, other services and a redrive point. */
  private static Run.Spec with(Run.Spec base, String roleArn, Map<Class<?>, Object> services,
      Run.Redrive redrive) {
    return new Run.Spec(base.machineArn(), base.machineName(), base.executionName(),
        base.executionArn(), roleArn, base.input(), base.express(), base.limitMillis(),
        base.start(), base.clock(), base.sequential(), base.seed(), base.payloadLimit(),
        base.eventLimit(), base.historySizeHint(), base.handlerThreads(), services,
        base.startMillis(), redrive);
  }

  /** What every run of this runtime is made of, with its own identity, input and services. */
  Run.Spec spec(String machineArn, String machineName, String executionName, String arn,
      JsonNode input, boolean express, long limit, io.statecraft.local.internal.kernel.Step start,
      long startMillis, int historySizeHint, TaskServices services) {
    boolean quotas = settings.quotas();
    // Only Standard executions have AWS's history quota; Express ones have their five minutes.
    int eventLimit = quotas && !express ? HISTORY_EVENT_QUOTA : Integer.MAX_VALUE;
    return new Run.Spec(machineArn, machineName, executionName, arn, roleArn, input, express,
        limit, start, clock, settings.sequential(), settings.seed(),
        quotas ? PAYLOAD_QUOTA_BYTES : Long.MAX_VALUE, eventLimit, historySizeHint,
        handlerThreads(), services(services), startMillis, null);
  }

  private Map<Class<?>, Object> services(TaskServices services) {
    io.statecraft.local.internal.kernel.Run.EventSink keeper = sink;
    return keeper == null ? Map.of(TaskServices.class, services, MapRunHost.class, mapRuns)
        : Map.of(TaskServices.class, services, MapRunHost.class, mapRuns,
            io.statecraft.local.internal.kernel.Run.EventSink.class, keeper);
  }

  private void finished(Machine machine, Run run, Outcome outcome) {
    // The next run of the machine starts with a history this large: runs of one machine in a
    // test or a loop tend to be alike, and growing a long history by copies costs more.
    // No floor above the log's own (16): an emulator keeps every run's history, and a short
    // workflow's runs would each keep room for 64 events they never have.
    machine.runs().historySizeHint = outcome.events().size() + 8;
    if (settings.onFinished() != null) {
      settings.onFinished().accept(new Finished(machine, run, outcome));
    }
    Observers.finished(machine, run, outcome);
  }

  /** The runtime's threads for executions started in the background. */
  synchronized java.util.concurrent.Executor backgroundThreads() {
    return background();
  }

  /**
   * A run that continues {@code ended} from the state that did not succeed, as RedriveExecution
   * does; started by the caller. Null when {@code ended} cannot be redriven.
   */
  public Run redrive(Machine machine, Run ended) {
    return redrive(machine, ended, true);
  }

  /** {@link #redrive(Machine, Run)}; {@code watched}: observers hear of its end. */
  Run redrive(Machine machine, Run ended, boolean watched) {
    Run.Redrive point = ended.redrivePoint(clock.isVirtual() ? ended.now() : clock.millis());
    if (point == null) {
      return null;
    }
    Integer timeout = machine.definition().timeoutSeconds();
    Run.Spec base = spec(ended.machineArn, ended.machineName, ended.executionName,
        ended.executionArn, ended.input, ended.express,
        timeout == null ? Long.MAX_VALUE : timeout * 1000L, machine.graph().start(),
        Long.MIN_VALUE, machine.runs().historySizeHint, ended.service(TaskServices.class));
    Run run = new Run(with(base, ended.roleArn, base.services(), point));
    if (watched) {
      run.outcome().thenAccept(outcome -> finished(machine, run, outcome));
    }
    return run;
  }

  /** Starts {@code run} on a thread of this runtime's. */
  public void startInBackground(Run run) {
    run.startOn(background());
  }

  /** The default child starter: the definition this runtime last loaded under the ARN. */
  private ChildExecution startLoaded(String stateMachineArn, String name, JsonNode input) {
    Machine machine = byArn.get(stateMachineArn);
    if (machine == null) {
      UUID requestId;
      synchronized (ids) {
        requestId = new UUID(ids.nextLong(), ids.nextLong());
      }
      String cause = "State Machine Does Not Exist: '" + stateMachineArn + "' (Service:"
          + " AWSStepFunctions; Status Code: 400; Error Code: StateMachineDoesNotExist; Request ID: "
          + requestId + "; Proxy: null)";
      throw new io.statecraft.local.task.TaskFailure(
          "StepFunctions.StateMachineDoesNotExistException", cause);
    }
    Run run = newRun(machine, name, input, dispatcher(Map.of()), false, Long.MAX_VALUE);
    startInBackground(run);
    return child(run);
  }

  /** {@code run} as a child execution of a {@code states:startExecution} task sees it. */
  public static ChildExecution child(Run run) {
    return new ChildExecution(run.executionArn, run.executionName, run.machineArn, run.input,
        run.startMillis, run.outcome().thenApply(outcome -> new ChildExecution.End(
            outcome.status().name(), outcome.output(), outcome.error(), outcome.cause(),
            outcome.stopMillis())));
  }

  private synchronized ExecutorService background() {
    checkOpen();
    if (background == null) {
      background = Executors.newCachedThreadPool(Daemons.named("statecraft-" + id() + "-execution-"));
    }
    return background;
  }

  private synchronized ExecutorService handlerThreads() {
    if (settings.handlerThreads() <= 0) {
      return null;
    }
    checkOpen();
    if (handlers == null) {
      handlers = Executors.newFixedThreadPool(settings.handlerThreads(),
          Daemons.named("statecraft-" + id() + "-handler-"));
    }
    return handlers;
  }

  /** Tells this runtime's threads from another's in a thread dump. */
  private String id() {
    return Integer.toHexString(System.identityHashCode(this));
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("the runtime is closed");
    }
  }


  /** Ends this runtime's threads; executions still running in the background are abandoned. */
  @Override
  public synchronized void close() {
    closed = true;
    if (background != null) {
      background.shutdownNow();
    }
    if (handlers != null) {
      handlers.shutdownNow();
    }
    clock.close();
  }
}
