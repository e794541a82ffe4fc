package io.statecraft.local.internal.kernel;

import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.internal.expr.StatesError;
import io.statecraft.local.internal.expr.Variables;
import io.statecraft.local.internal.json.Depths;
import io.statecraft.local.internal.json.TextSizes;
import io.statecraft.local.internal.json.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One execution: its identity, its history, its lines and the scheduler that interleaves them,
 * and what other threads may ask of it. One thread at a time drives it (the caller of a
 * synchronous run, or a runtime thread for one started in the background, which lets go of it
 * whenever the run waits for the outside).
 */
public final class Run implements LineEnd {

  /**
   * Where a run hands each event it records, as it records it: a host that persists executions
   * (the emulator's data directory). Runs without one make no event objects for it.
   */
  @FunctionalInterface
  public interface EventSink {

    /** {@code event} of execution {@code executionArn} was recorded; on the recording thread. */
    void recorded(String executionArn, HistoryEvent event);
  }

  /** What a run is made of. */
  public record Spec(String machineArn, String machineName, String executionName,
      String executionArn, String roleArn, JsonNode input, boolean express, long limitMillis,
      Step start, Clock clock, boolean sequential, long seed, long payloadLimit, int eventLimit,
      int historySizeHint, Executor handlerThreads, Map<Class<?>, Object> services,
      long startMillis, Redrive redrive) {}

  /**
   * What a redriven run continues from: the history so far, the state that did not succeed and
   * its input, the variables then, and when the redrive happens.
   */
  public record Redrive(EventLog events, Step start, JsonNode input, Variables variables,
      int redriveCount, long atMillis, long originalStartMillis, JsonNode[] keptFanout) {}

  /**
   * Whether {@code step} is the state this redriven run starts again from, asked as the state
   * begins: true once, so that a later entry into the same state runs afresh.
   */
  public boolean redrives(Step step) {
    if (redrive == null || redriveTaken || redrive.start() != step) {
      return false;
    }
    redriveTaken = true;
    return true;
  }

  private boolean redriveTaken;

  /** The run that redrove this one, once one has: the execution goes on there. */
  public volatile Run successor;

  /** The run the execution goes on in now: the last of its redrives, or this one. */
  public Run latest() {
    Run latest = this;
    while (latest.successor != null) {
      latest = latest.successor;
    }
    return latest;
  }
  /** Where a run that did not succeed stopped: what a redrive starts again from. */
  private Step stoppedStep;
  private JsonNode stoppedInput;
  private JsonNode[] stoppedFanout;
  /** The state the execution starts at. */
  private final Step firstStep;
  /** How many times this execution was redriven, and when last (0 and -1: never). */
  public final int redriveCount;
  public final long redriveMillis;

  /**
   * How long a synchronous run on the virtual clock waits, in real time, for an answer from
   * another thread once nothing in the runtime can go on and no timer is left, before it is given
   * up as stuck.
   */
  private static final long STUCK_AFTER_NANOS = java.util.concurrent.TimeUnit.MILLISECONDS
      .toNanos(250);

  private static final int DRIVING = 0;
  private static final int PARKED = 1;

  public final String machineArn;
  public final String machineName;
  public final String executionName;
  public final String executionArn;
  public final String roleArn;
  public final JsonNode input;
  public final long startMillis;
  /** Epoch millis at which the whole execution times out, or Long.MAX_VALUE. */
  public final long deadlineMillis;
  /** An Express execution: no redrive, so no {@code $$.Execution.RedriveCount}. */
  public final boolean express;
  /** AWS's payload quota in bytes, or Long.MAX_VALUE when quotas are off; read at every state. */
  public final long payloadLimit;
  /** The text sizes of the large values the payload quota was checked on; made when first needed. */
  private TextSizes textSizes;
  /** The depths of the large values this run's states passed on; made at the first check. */
  private Depths depths;
  final int eventLimit;
  /**
   * Whether the run keeps its own time: on the virtual clock, and while a resumed run replays its
   * recorded history (its time is then the record's).
   */
  boolean virtual;
  /** Whether the runtime's clock is virtual. */
  final boolean virtualClock;
  /** The recorded history a resumed run still replays, or null: the run is live. */
  Replay replay;
  /**
   * On the wall clock, from the last replayed event until the run first waits: time is still
   * the run's own, so that what follows that event (a Wait's due time, a back-off) counts from
   * its recorded time, but each new event takes the wall clock's.
   */
  boolean settling;
  final Clock clock;
  private final long seed;
  /** The seeded random numbers of intrinsic functions, retry jitter and generated ids. */
  final Random random;
  final Scheduler scheduler;
  final Mailbox mailbox = new Mailbox();
  /** Where handlers run when they run beside the scheduler; null: on its thread. */
  public final Executor handlerThreads;
  private final Map<Class<?>, Object> services;
  private final EventLog events;
  /** The host's keeper of events as they are recorded, or null. */
  private final EventSink sink;
  /** The bytes of JSON text all variables of the run hold, against AWS's 10 MiB quota. */
  private long variableBytes;
  /** AWS's quota on all the variables of one execution. */
  private static final long VARIABLE_QUOTA_BYTES = 10L * 1024 * 1024;
  /** Whether the history grew past AWS's 25,000-event quota (or the configured limit). */
  volatile boolean eventLimitReached;
  /** Set when another thread posted something the run must see before its next state. */
  volatile boolean interrupted;
  boolean ended;
  private final CompletableFuture<Outcome> outcome = new CompletableFuture<>();
  private final List<Runnable> onEnd = new ArrayList<>(2);
  private final Line top;
  private final AtomicInteger drive = new AtomicInteger(DRIVING);
  Executor backgroundThreads;
  /** Wakes handlers sleeping on the wall clock when the run is stopped or times out. */
  private final Object handlerSleep = new Object();
  private volatile boolean cutShort;
  /** What the run waits for while its thread has let go of it; null while it runs. */
  private volatile Parked parked;
  /** Lines suspended with a cause, in suspension order; the run's thread only. */
  final java.util.LinkedHashSet<Line> waiting = new java.util.LinkedHashSet<>();
  /** The context object a TestState run was given, or null: the run's own. */
  final JsonNode contextOverride;
  /** What TestState reports of the state this run tests; null for ordinary runs. */
  public final Inspection inspection;
  /** The task calls and token answers of this run. */
  public final CallLog calls = new CallLog();

  /**
   * A parked run: its earliest timer (Long.MAX_VALUE: none), what its lines wait for, and
   * whether a handler still runs on a handler thread (the run is then not idle).
   */
  public record Parked(long nextTimer, List<Waiting> waits, boolean handlersRunning) {

    /** " (state 'A' waits for its task token; ...)" for messages, or "" when nothing waits. */
    public static String describe(Parked parked) {
      if (parked == null || parked.waits.isEmpty()) {
        return "";
      }
      StringBuilder text = new StringBuilder(" (");
      for (int i = 0; i < parked.waits.size(); i++) {
        text.append(i == 0 ? "" : "; ").append(parked.waits.get(i).describe());
      }
      return text.append(')').toString();
    }
  }

  public Run(Spec spec) {
    this.machineArn = spec.machineArn();
    this.machineName = spec.machineName();
    this.executionName = spec.executionName();
    this.executionArn = spec.executionArn();
    this.roleArn = spec.roleArn();
    this.input = spec.input();
    this.express = spec.express();
    this.clock = spec.clock();
    this.virtualClock = clock.isVirtual();
    this.replay = (Replay) spec.services().get(Replay.class);
    this.virtual = virtualClock || replay != null;
    Redrive redrive = spec.redrive();
    // A child of a distributed Map starts when its parent starts it; others when the clock says.
    // A redriven run keeps its start date and goes on from the moment of the redrive.
    this.startMillis = redrive != null ? redrive.originalStartMillis()
        : spec.startMillis() == Long.MIN_VALUE ? clock.executionStart() : spec.startMillis();
    this.redriveCount = redrive == null ? 0 : redrive.redriveCount();
    this.redriveMillis = redrive == null ? -1 : redrive.atMillis();
    long now = redrive == null ? startMillis : redrive.atMillis();
    long limit = spec.limitMillis();
    this.deadlineMillis = limit == Long.MAX_VALUE ? Long.MAX_VALUE : now + limit;
    this.payloadLimit = spec.payloadLimit();
    this.eventLimit = spec.eventLimit();
    this.seed = spec.seed();
    this.random = new Random(spec.seed());
    this.scheduler = new Scheduler(this, spec.sequential(), spec.seed(), now);
    this.handlerThreads = spec.handlerThreads();
    this.services = spec.services();
    this.inspection = (Inspection) services.get(Inspection.class);
    this.sink = (EventSink) services.get(EventSink.class);
    this.redrive = redrive;
    this.firstStep = spec.start();
    this.events = redrive != null ? redrive.events()
        : new EventLog(Math.min(spec.historySizeHint(), eventLimit));
    StartPoint point = (StartPoint) services.get(StartPoint.class);
    this.contextOverride = point == null ? null : point.context();
    if (redrive != null) {
      this.top = new Line(this, null, redrive.variables(), now, 0, -1, null, this,
          redrive.start(), redrive.input(), redrive.keptFanout());
    } else if (point != null) {
      this.top = new Line(this, null, point.variables(), startMillis, 0, -1, null, this,
          point.step(), input);
    } else {
      this.top = new Line(this, null, new Variables(null), startMillis, 0, -1, null, this,
          spec.start(), input);
    }
    clock.skipper().attach(this);
  }

  /** A service the runtime attached to this run (task dispatch, tokens, child executions). */
  public <T> T service(Class<T> type) {
    Object service = services.get(type);
    if (service == null) {
      throw new IllegalStateException("no " + type.getSimpleName() + " attached to this run");
    }
    return type.cast(service);
  }

  /** Runs {@code action} on this run's thread when the run ends (on any ending). */
  public void onEnd(Runnable action) {
    onEnd.add(action);
  }

  // ---- driving ----

  private final Redrive redrive;

  void begin() {
    if (redrive != null) {
      ObjectNode details = Values.object();
      details.put("redriveCount", redriveCount);
      top.cursor = record(HistoryEventType.EXECUTION_REDRIVEN, eventCount(), redrive.atMillis(),
          null, null, 0, null, null, details);
    } else {
      // ExecutionStarted is not the predecessor of the first state's event: AWS links that to 0.
      record(HistoryEventType.EXECUTION_STARTED, 0, startMillis, roleArn, input, 0, null, null,
          null);
    }
    if (deadlineMillis != Long.MAX_VALUE) {
      scheduler.timer(deadlineMillis, null, () -> timedOut(deadlineMillis));
      if (!virtualClock && replay == null) {
        // A handler sleeping through the deadline holds the run's thread: wake it from outside.
        clock.schedule(deadlineMillis, this::cutShort);
      }
    }
    scheduler.ready(top);
  }

  /** Runs the execution to its end on the calling thread. */
  public Outcome runHere() {
    scheduler.ownsCaller = true;
    begin();
    while (true) {
      long until = step();
      if (until == Long.MIN_VALUE) {
        return outcome.join();
      }
      if (virtual) {
        awaitSkipping();
      } else {
        mailbox.await(clock, until);
      }
    }
  }

  /**
   * A synchronous run on the virtual clock waits for the outside: its caller is blocked, so time
   * skips to the next timer once no run of the runtime has anything else to do. With no timer
   * left and nothing posted for {@link #STUCK_AFTER_NANOS}, nothing will ever come: the run is
   * given up with {@link RunStuck} rather than hang.
   */
  private void awaitSkipping() {
    Parked was = park();
    TimeSkipper.Result result;
    try {
      result = clock.skipper().await(() -> !mailbox.isEmpty(), Long.MAX_VALUE, STUCK_AFTER_NANOS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while an execution waited", e);
    }
    parked = null;
    if (result == TimeSkipper.Result.STUCK) {
      List<String> elsewhere = clock.skipper().describeWaits();
      abandon();
      throw new RunStuck(this, was.waits(), elsewhere);
    }
  }

  /**
   * Runs a resumed execution through its recorded history on the calling thread, then goes on
   * with it live on {@code threads}. Throws {@link Replay.ResumeDivergence} (the run given up)
   * when the run does not go as recorded.
   */
  public void resumeOn(Executor threads) {
    backgroundThreads = threads;
    Replay.drive(this);
  }

  /** Starts the execution on {@code threads} and returns at once. */
  public void startOn(Executor threads) {
    backgroundThreads = threads;
    threads.execute(() -> {
      try {
        begin();
        driveInBackground();
      } catch (Throwable e) {
        crashed(e);
      }
    });
  }

  void crashed(Throwable e) {
    outcome.completeExceptionally(e);
    clock.skipper().detach(this);
  }

  void driveInBackground() {
    try {
      while (true) {
        parked = null;
        long until = step();
        if (until == Long.MIN_VALUE) {
          return;
        }
        park();
        drive.set(PARKED);
        if (!mailbox.isEmpty() && drive.compareAndSet(PARKED, DRIVING)) {
          continue;
        }
        if (until != Long.MAX_VALUE) {
          clock.schedule(until, () -> post(() -> { }));
        }
        return;
      }
    } catch (Throwable e) {
      crashed(e);
    }
  }

  /** Publishes what the run waits for, as its thread lets go of it. */
  private Parked park() {
    List<Waiting> waits = new ArrayList<>(waiting.size());
    boolean handlers = false;
    for (Line line : waiting) {
      waits.add(line.waitingNow());
      handlers |= line.waitCause == WaitCause.TASK_HANDLER;
    }
    Parked now = new Parked(scheduler.nextTimerAt(), List.copyOf(waits), handlers);
    parked = now;
    clock.skipper().changed();
    return now;
  }

  /** What the run waits for now, or null while its thread runs it. Any thread. */
  public Parked parked() {
    return parked;
  }

  /**
   * What the run waits for now, or null while it runs or has something posted to carry out (a
   * token answered a moment ago): then what it waits for is about to change. Any thread.
   */
  public Parked settled() {
    Parked now = parked;
    return now != null && mailbox.isEmpty() ? now : null;
  }

  /**
   * Lets the run's time move to its next timer, if it still has nothing else to do when the
   * request comes (a thread waits for it, and no run of the runtime can go on otherwise).
   */
  void skipToNextTimer() {
    post(() -> {
      boolean handlers = false;
      for (Line line : waiting) {
        handlers |= line.waitCause == WaitCause.TASK_HANDLER;
      }
      if (!scheduler.hasReady() && !handlers) {
        scheduler.allowNextTimer();
      }
    });
  }

  /**
   * Carries out what was posted and runs lines until the run ends (Long.MIN_VALUE) or waits: for
   * the wall clock to reach the epoch millis returned, or for the outside (Long.MAX_VALUE).
   */
  long step() {
    while (true) {
      if (replay == null) {
        interrupted = false;
        mailbox.runPosted();
      }
      if (ended) {
        return Long.MIN_VALUE;
      }
      long until = scheduler.runUntilWaiting();
      if (ended) {
        return Long.MIN_VALUE;
      }
      if (replay != null || mailbox.isEmpty()) {
        return until;
      }
    }
  }

  /** Hands {@code action} to the run's thread; it runs between states, in posting order. */
  public void post(Runnable action) {
    parked = null;
    mailbox.post(action);
    interrupted = true;
    if (virtual) {
      // A synchronous run waits in the time skipper: wake it.
      clock.skipper().changed();
    }
    if (drive.compareAndSet(PARKED, DRIVING)) {
      backgroundThreads.execute(this::driveInBackground);
    }
  }

  /** Carries out what was posted (the scheduler calls this between lines). */
  void runPosted() {
    if (interrupted && replay == null) {
      interrupted = false;
      mailbox.runPosted();
    }
  }

  // ---- ending ----

  public boolean ended() {
    return ended;
  }

  /**
   * Counts {@code delta} bytes more of variables, assigned by state {@code state}; fails it with
   * States.DataLimitExceeded past AWS's 10 MiB per execution (when quotas apply).
   */
  public void addVariableBytes(long delta, String state) {
    variableBytes += delta;
    if (payloadLimit != Long.MAX_VALUE && variableBytes > VARIABLE_QUOTA_BYTES) {
      throw StatesError.dataLimitExceeded("The variables of the execution have a size of "
          + variableBytes + " bytes after state '" + state + "', exceeding the maximum of "
          + VARIABLE_QUOTA_BYTES + " bytes.");
    }
  }

  /** How it ended, once it has. */
  public CompletableFuture<Outcome> outcome() {
    return outcome;
  }

  @Override
  public void succeeded(Line line, JsonNode output) {
    long at = line.now();
    record(HistoryEventType.EXECUTION_SUCCEEDED, line.cursor, at, null, output);
    end(new Outcome(Outcome.Status.SUCCEEDED, output, null, null, at, null));
  }

  @Override
  public void failed(Line line, StatesError error) {
    long at = line.now();
    record(HistoryEventType.EXECUTION_FAILED, line.cursor, at, null, null, 0, error.error(),
        error.cause(), null);
    end(new Outcome(Outcome.Status.FAILED, null, error.error(), error.cause(), at, null));
  }

  @Override
  public void aborted(Line line) {
    // The top line is aborted only when the run ends otherwise.
  }

  /**
   * The cause the execution fails with at its next state transition, once its state machine is
   * being deleted; null while it is not.
   */
  private volatile String deletedCause;

  /**
   * Its state machine is being deleted (DeleteStateMachine, from any thread): as on AWS, the
   * execution fails with States.Runtime and {@code cause} at its next state transition; a state
   * it is in (a Wait, a task waiting for its token) goes on until then.
   */
  public void machineDeleted(String cause) {
    deletedCause = cause;
  }

  /** Whether the state machine is being deleted; the run then fails at this transition. */
  boolean failIfDeleted(Line line) {
    String cause = deletedCause;
    if (cause == null) {
      return false;
    }
    if (!ended) {
      long at = line.now();
      record(HistoryEventType.EXECUTION_FAILED, line.cursor, at, null, null, 0,
          io.statecraft.asl.ErrorNames.RUNTIME, cause, null);
      end(new Outcome(Outcome.Status.FAILED, null, io.statecraft.asl.ErrorNames.RUNTIME, cause,
          at, null));
    }
    return true;
  }

  /** The execution ran out of time at {@code at}: ExecutionTimedOut, linked to the last event. */
  void timedOut(long at) {
    if (ended) {
      return;
    }
    record(HistoryEventType.EXECUTION_TIMED_OUT, eventCount(), at, null, null, 0,
        io.statecraft.asl.ErrorNames.TIMEOUT, null, null);
    end(new Outcome(Outcome.Status.TIMED_OUT, null, io.statecraft.asl.ErrorNames.TIMEOUT, null,
        at, null));
  }

  /**
   * Asks the execution to stop as StopExecution does (from any thread): it ends ABORTED with an
   * ExecutionAborted event linked to no event, as AWS records it.
   */
  public void stop(String error, String cause) {
    cutShort();
    post(() -> aborted(error, cause));
  }

  /** StopExecution on the run's thread (a replay's, where the record has it). */
  void aborted(String error, String cause) {
    if (ended) {
      return;
    }
    long at = virtual ? scheduler.now : clock.millis();
    record(HistoryEventType.EXECUTION_ABORTED, 0, at, null, null, 0, error, cause, null);
    end(new Outcome(Outcome.Status.ABORTED, null, error, cause, at, null));
  }

  void cutShort() {
    cutShort = true;
    synchronized (handlerSleep) {
      handlerSleep.notifyAll();
    }
  }

  /**
   * A task handler's sleep on the wall clock: false when the run was stopped or timed out first,
   * and the handler's call must give up.
   */
  public boolean sleepInHandler(long millis) {
    long deadline = clock.realDeadline(millis * 1_000_000L);
    synchronized (handlerSleep) {
      while (!cutShort) {
        long left = clock.realNanosLeft(deadline);
        if (left == 0) {
          return true;
        }
        try {
          clock.await(handlerSleep, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
    }
    return false;
  }

  /**
   * On the virtual clock, lets {@code millis} pass while the execution waits for the outside.
   * The returned flag turns true once the run's thread has carried out what fell due; the run
   * then parks again (see {@link #settled}) unless a line it woke is still running.
   */
  public BooleanSupplier advanceClock(long millis) {
    AtomicBoolean advanced = new AtomicBoolean();
    post(() -> {
      scheduler.advance(millis);
      advanced.set(true);
    });
    return advanced::get;
  }

  private void end(Outcome ending) {
    ended = true;
    stoppedStep = top.currentStep;
    stoppedInput = top.currentInput;
    stoppedFanout = top.children != null ? top.children.results() : top.failedFanout;
    scheduler.clear();
    for (Runnable action : onEnd) {
      action.run();
    }
    outcome.complete(new Outcome(ending.status(), ending.output(), ending.error(),
        ending.cause(), ending.stopMillis(), events()));
    clock.skipper().detach(this);
  }

  /**
   * What a redrive of this ended run at {@code atMillis} continues from, or null when it cannot
   * be redriven (it succeeded, or never got to a state).
   */
  public Redrive redrivePoint(long atMillis) {
    if (!ended || outcome.join().status() == Outcome.Status.SUCCEEDED) {
      return null;
    }
    if (stoppedStep == null) {
      // Stopped before its first state: a redrive starts it from the beginning.
      return new Redrive(events, firstStep, input, top.variables, redriveCount + 1,
          Math.max(atMillis, outcome.join().stopMillis()), startMillis, null);
    }
    return new Redrive(events, stoppedStep, stoppedInput, top.variables, redriveCount + 1,
        Math.max(atMillis, outcome.join().stopMillis()), startMillis, stoppedFanout);
  }

  /** Gives the run up without an ending of its own: nothing will ever answer what it waits for. */
  void abandon() {
    ended = true;
    scheduler.clear();
    for (Runnable action : onEnd) {
      action.run();
    }
    clock.skipper().detach(this);
  }

  // ---- history ----

  /** Appends an event (a state entered or exited, most of them) and returns its id. */
  long record(HistoryEventType type, long previous, long time, String name, JsonNode data) {
    long id;
    if (replay != null) {
      time = replay.nextMillis();
    }
    synchronized (events) {
      id = events.append(type, previous, time, name, data);
    }
    return recorded(id);
  }

  /** Appends an event that may have a Map index, an error, a cause or further details. */
  long record(HistoryEventType type, long previous, long time, String name, JsonNode data,
      long index, String error, String cause, ObjectNode extra) {
    long id;
    if (replay != null) {
      time = replay.nextMillis();
    }
    synchronized (events) {
      id = events.append(type, previous, time, name, data, index, error, cause, extra);
    }
    return recorded(id);
  }

  /** Appends a state's exit that assigned {@code assigned}; returns its id. */
  long recordAssigning(HistoryEventType type, long previous, long time, String name,
      JsonNode data, JsonNode assigned) {
    long id;
    if (replay != null) {
      time = replay.nextMillis();
    }
    synchronized (events) {
      id = events.appendAssigning(type, previous, time, name, data, assigned);
    }
    return recorded(id);
  }

  /** After event {@code id} was appended: the quota, and the host that keeps events. */
  private long recorded(long id) {
    if (id > eventLimit) {
      eventLimitReached = true;
    }
    if (replay != null) {
      HistoryEvent made;
      synchronized (events) {
        made = events.event(id);
      }
      if (replay.check(made)) {
        replay.goLive(this);
      }
      return id;
    }
    if (sink != null) {
      HistoryEvent event;
      synchronized (events) {
        event = events.event(id);
      }
      sink.recorded(executionArn, event);
    }
    return id;
  }

  /** The events so far: a snapshot that later events do not change. Any thread. */
  public List<HistoryEvent> events() {
    synchronized (events) {
      return events.snapshot();
    }
  }

  /** How many events have been recorded. Any thread. */
  public int eventCount() {
    synchronized (events) {
      return events.size();
    }
  }

  /**
   * Whether {@code value}'s JSON text is larger than the payload quota (false when quotas are
   * off). Any thread: two threads that make the sizes at once each count on their own.
   */
  public boolean overPayloadLimit(JsonNode value) {
    TextSizes sizes = textSizes;
    if (sizes == null) {
      // The cheap bound settles small payloads, and runs that have only those make no sizes.
      if (!Values.largerThanBound(value, payloadLimit)) {
        return false;
      }
      sizes = new TextSizes();
      textSizes = sizes;
    }
    // Once a run had a large payload, its parts are likely in the next states' too: the sizes
    // remembered beat walking them for the bound again.
    return sizes.size(value) > payloadLimit;
  }

  /**
   * How deeply {@code value} nests, up to {@link Values#MAX_DEPTH} (one more means deeper); the
   * large parts an earlier state passed on are remembered, not walked again.
   */
  public int depthUpToLimit(JsonNode value) {
    return value.isContainer() ? depths().depthUpTo(value, Values.MAX_DEPTH) : 0;
  }

  private Depths depths() {
    Depths known = depths;
    if (known == null) {
      known = new Depths();
      depths = known;
    }
    return known;
  }

  /** The run's time now: the latest any line reached on the virtual clock, else the wall clock. */
  public long now() {
    return virtual ? scheduler.now : clock.millis();
  }

  /** Whether the runtime's clock is virtual. */
  public boolean virtual() {
    return virtualClock;
  }

  /** The history a resumed run still replays, or null once it is live (the run's thread). */
  public Replay replaying() {
    return replay;
  }

  /** The runtime's clock. */
  public Clock clock() {
    return clock;
  }

  /**
   * Random numbers of their own for what happens at event {@code eventId} (a handler's call),
   * from the run's seed and identity: drawing them leaves the run's own numbers as they are.
   */
  public Random randomFor(long eventId) {
    long mixed = seed * 0x9E3779B97F4A7C15L ^ executionArn.hashCode() * 0xBF58476D1CE4E5B9L
        ^ (eventId + 1) * 0x94D049BB133111EBL ^ redriveCount;
    return new Random(mixed);
  }

  /** A number for each task token the run issues, from 1: the same when the run is resumed. */
  public int nextTaskNumber() {
    return ++tasksIssued;
  }

  private int tasksIssued;

  /** The seeded random numbers of this run. */
  public Random random() {
    return random;
  }
}
