package io.statecraft.local.internal.kernel;

import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.internal.expr.Scope;
import io.statecraft.local.internal.expr.StateBindings;
import io.statecraft.local.internal.expr.StatesError;
import io.statecraft.local.internal.expr.Variables;
import io.statecraft.local.internal.json.Times;
import io.statecraft.local.internal.json.Values;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One line of execution: the whole run, a Parallel branch or a Map iteration. It runs its states
 * one after another on the scheduler's thread; a state that must wait suspends the line with what
 * to do when it resumes, and the scheduler runs other lines meanwhile. A line holds the id of the
 * last event it recorded (AWS links each event to the one before it on the same line), its time,
 * and what the context object says about the state now running.
 */
public final class Line implements Scope {

  private static final int READY = 0;
  private static final int RUNNING = 1;
  private static final int SUSPENDED = 2;
  private static final int ENDED = 3;

  final Run run;
  /** When a sibling failed and this line must stop (null at the top level). */
  public final Stop stop;
  public final Variables variables;
  /** The index of the Map item this line processes, or -1 when it is not a Map iteration. */
  public final int mapItemIndex;
  public final JsonNode mapItemValue;
  private final LineEnd end;
  /** Id of the last event this line recorded. */
  public long cursor;
  /** This line's time (virtual clock); every event it records carries it. */
  long now;

  // What the context object says about the state now running.
  public String stateName;
  public long enteredEventId;
  /** The event the state's entered event follows: AWS links a failed expression's event to it. */
  public long enteredPreviousEventId;
  public long enteredMillis;
  public int retryCount;
  public boolean withRetryCount;
  /** {@code $$.Task.Token} while a callback or activity task runs, else null. */
  public String taskToken;
  /** Variables the current attempt's Assign gave, applied when the state exits. */
  public JsonNode assigned;
  /** The bindings {@link #bindings} hands out, made on first use. */
  private StateBindings bindings;
  /**
   * Whether the current Parallel/Map attempt got as far as its Started event (a JSONata one
   * counts as started from its first field), so that its Failed event follows a failure.
   */
  public boolean started;

  private int status = READY;
  private Step next;
  private JsonNode value;
  /**
   * A value a state of this line passed on, and a bound on how deeply it nests: the next state
   * bounds its own output from it instead of walking it (see {@link #depthBound}).
   */
  private JsonNode boundedValue;
  private int boundedDepth;
  /** What to run when the line next gets the scheduler's thread, before any further state. */
  private Runnable resume;
  /** What the state the line is suspended in records when a sibling's failure aborts it. */
  private Runnable onAbort;
  private boolean waitingOutside;
  /** What the line waits for while suspended in a state (null: nothing reported, a fan-out). */
  WaitCause waitCause;
  private long waitUntil = Long.MAX_VALUE;
  private Scheduler.Timer timer;
  /** The state this line runs now and its input: where a redrive of the run starts again. */
  Step currentStep;
  JsonNode currentInput;
  /**
   * The outputs of the branches or iterations of this line's last fan-out that failed (null where
   * one did not succeed): a redrive keeps them and runs only the others. Null once another state
   * starts.
   */
  JsonNode[] failedFanout;
  /** In a redriven run, the outputs its first fan-out keeps; taken by that fan-out. */
  JsonNode[] keptFanout;
  /** The fan-out this suspended line waits for, aborted along with it. */
  Fanout children;
  /** The index of this line in its fan-out. */
  int slot;
  /**
   * While a resumed run replays its history and this line waits for the outside: what takes the
   * recorded answer (the task's result, a worker, a token's answer) in its place.
   */
  java.util.function.Consumer<io.statecraft.local.history.HistoryEvent> replayedAnswer;
  /**
   * While a run replays a record in which another line's event comes next: what this line does
   * once the record's next event follows its latest (see {@link #inRecordedTurn}).
   */
  Runnable recordedTurn;

  Line(Run run, Stop stop, Variables variables, long now, long cursor, int index,
      JsonNode item, LineEnd end, Step start, JsonNode input) {
    this(run, stop, variables, now, cursor, index, item, end, start, input, null);
  }

  Line(Run run, Stop stop, Variables variables, long now, long cursor, int index,
      JsonNode item, LineEnd end, Step start, JsonNode input, JsonNode[] keptFanout) {
    this.keptFanout = keptFanout;
    this.run = run;
    this.stop = stop;
    this.variables = variables;
    this.now = now;
    this.cursor = cursor;
    this.mapItemIndex = index;
    this.mapItemValue = item;
    this.end = end;
    this.next = start;
    this.value = input;
  }

  /**
   * The JSONata bindings of the state now running, whose input is {@code input}: one object for
   * the line, rebound at each state, as nearly every JSONata state reads them while it runs and
   * then drops them. Valid until the line's next state asks; a state that keeps its bindings
   * longer (a Task's result comes later) makes its own.
   */
  public StateBindings bindings(JsonNode input) {
    StateBindings current = bindings;
    if (current == null) {
      current = new StateBindings(this, input);
      bindings = current;
    } else {
      current.rebind(input);
    }
    return current;
  }

  /** The state this line runs next, when it runs a state next; else null. */
  String nextStateName() {
    return resume == null && next != null ? next.stateName() : null;
  }

  /** The run this line belongs to. */
  public Run run() {
    return run;
  }

  /**
   * A line for a branch or iteration, starting where this one is now; what it runs is set with
   * {@link #proceed} or {@link #startWith}. It runs once its fan-out starts it.
   */
  public Line child(Stop stop, int index, JsonNode item, LineEnd end) {
    return new Line(run, stop, new Variables(variables), now(), cursor, index, item, end, null,
        null);
  }

  /** What a line not started yet does first, when it first gets the scheduler's thread. */
  public void startWith(Runnable first) {
    resume = first;
  }

  // ---- running ----

  /** Runs the line until it suspends or ends; called by the scheduler on its thread. */
  void runOnScheduler() {
    status = RUNNING;
    Scheduler scheduler = run.scheduler;
    while (true) {
      Runnable then = resume;
      Step step = null;
      if (then != null) {
        resume = null;
      } else {
        step = next;
        if (step == null) {
          ended(value);
          return;
        }
        if (mustStopBeforeState()) {
          return;
        }
        if (run.inspection != null && end == run && currentStep != null
            && run.inspection.stopBefore(step)) {
          // TestState: the tested state has handed the line on; its output is the line's value.
          next = null;
          ended(value);
          return;
        }
        next = null;
        if (currentStep != null && currentStep != step) {
          keptFanout = null;
        }
        failedFanout = null;
        currentStep = step;
        currentInput = value;
      }
      invoke(step, then);
      if (status != RUNNING || run.ended()) {
        return;
      }
      if (scheduler.switchAfterStep(this)) {
        status = READY;
        scheduler.ready(this);
        return;
      }
    }
  }

  /** Runs {@code step} on the line's value, or else {@code action}; an error ends the line. */
  private void invoke(Step step, Runnable action) {
    try {
      if (step != null) {
        step.run(value, this);
      } else {
        action.run();
      }
    } catch (StatesError error) {
      failed(error);
    } catch (ExecutionTimeout timeout) {
      run.timedOut(timeoutAt());
    } catch (LineAborted aborted) {
      abortedHere();
    }
  }

  private long timeoutAt() {
    return Math.min(now(), run.deadlineMillis);
  }

  /**
   * The checks AWS makes between states: a stopped sibling set, the deadline, a deleted state
   * machine, the event quota.
   */
  private boolean mustStopBeforeState() {
    if (run.replay != null && run.replay.stopsNext(run)) {
      return true;
    }
    if (run.interrupted && run.replay == null && !run.scheduler.advancing) {
      // Another thread posted something (StopExecution, say): the scheduler sees to it first.
      status = READY;
      run.scheduler.ready(this);
      return true;
    }
    if (stop != null && stopping() || run.ended()) {
      abortedHere();
      return true;
    }
    if (run.deadlineMillis != Long.MAX_VALUE && now() >= run.deadlineMillis) {
      run.timedOut(run.deadlineMillis);
      return true;
    }
    if (run.failIfDeleted(this)) {
      return true;
    }
    if (run.eventLimitReached) {
      failed(new StatesError(io.statecraft.asl.ErrorNames.RUNTIME, "The execution reached the"
          + " maximum number of history events (" + run.eventLimit + ")."));
      return true;
    }
    return false;
  }

  /**
   * The most levels {@code data} may nest, when a state of this line measured or bounded it (a
   * state's output, then the next state's input); -1 when not known. Kept with the value itself,
   * so a value that came another way is never judged by another's bound.
   */
  public int depthBound(JsonNode data) {
    return data == boundedValue ? boundedDepth : -1;
  }

  /** Records that {@code data} nests at most {@code depth} levels deep. */
  public void boundDepth(JsonNode data, int depth) {
    boundedValue = data;
    boundedDepth = depth;
  }

  /** The state that just ran hands the line on: {@code step} runs next on {@code output}. */
  public void proceed(Step step, JsonNode output) {
    next = step;
    value = output;
  }

  /** The state that just ran ends its scope with {@code output}. */
  public void finish(JsonNode output) {
    next = null;
    value = output;
  }

  /**
   * Lets {@code millis} pass on this line, then runs {@code then}. On the virtual clock with
   * lines run in order, the time passes at once; otherwise the line sleeps and other lines run.
   * Throws {@link Aborted} or {@link ExecutionTimeout} when a sibling's failure or the execution's
   * deadline comes first (lines run in order check here, as they do not interleave).
   */
  public void sleep(long millis, Runnable then) {
    sleep(millis, then, null);
  }

  /** {@link #sleep(long, Runnable)}, recording {@code onAbort} if a sibling's failure cuts it. */
  public void sleep(long millis, Runnable then, Runnable onAbort) {
    long at = now() + Math.max(0, millis);
    if (run.scheduler.sequential && run.virtualClock) {
      passiveChecks(at);
      now = at;
      resume = then;
      return;
    }
    suspend(onAbort);
    waitFor(WaitCause.TIME, at);
    resume = then;
    timer = run.scheduler.timer(at, this, this::wake);
  }

  /** A sleep in line order: a sibling's failure or the deadline may come before it ends. */
  private void passiveChecks(long at) {
    long deadline = run.deadlineMillis;
    long abortAt = stop == null ? Long.MAX_VALUE : stop.at();
    if (abortAt != Long.MAX_VALUE && at > abortAt && abortAt < deadline) {
      now = Math.max(now, abortAt);
      throw new LineAborted();
    }
    if (deadline != Long.MAX_VALUE && at >= deadline) {
      now = Math.max(now, deadline);
      throw new ExecutionTimeout();
    }
  }

  /**
   * Suspends the line until {@link #wakeWith} (or a timer) resumes it; {@code onAbort} records what
   * the state records when a sibling's failure aborts it meanwhile (null: nothing).
   */
  public void suspend(Runnable onAbort) {
    status = SUSPENDED;
    this.onAbort = onAbort;
    run.scheduler.suspended(this);
  }

  /**
   * Suspends the line until something outside the execution answers (a token, a worker, a child
   * execution, a handler on another thread). On the virtual clock, time stands still meanwhile:
   * only {@code advanceClock} moves it, so what happens does not depend on how fast the answer
   * comes.
   */
  public void awaitOutside(WaitCause cause, Runnable onAbort) {
    suspend(onAbort);
    waitFor(cause, Long.MAX_VALUE);
    waitingOutside = true;
    run.scheduler.outsideWaits++;
  }

  /** Reports what the suspended line waits for, to whoever asks where the run waits. */
  private void waitFor(WaitCause cause, long until) {
    waitCause = cause;
    waitUntil = until;
    run.waiting.add(this);
  }

  /** The line's wait as a value (the line is suspended with a cause). */
  Waiting waitingNow() {
    return new Waiting(stateName, waitCause, waitUntil, taskToken);
  }

  private void stopWaiting() {
    if (waitCause != null) {
      waitCause = null;
      waitUntil = Long.MAX_VALUE;
      run.waiting.remove(this);
    }
  }

  /**
   * Fires {@code action} on the scheduler's thread at {@code epochMillis} of this run's time,
   * unless cancelled first (a time-out while the line waits outside).
   */
  public Runnable timer(long epochMillis, Runnable action) {
    Scheduler.Timer scheduled = run.scheduler.timer(epochMillis, this, action);
    return scheduled::cancel;
  }

  /** Resumes a suspended line: {@code then} runs when it next gets the scheduler's thread. */
  public void wakeWith(Runnable then) {
    if (status != SUSPENDED) {
      return;
    }
    resume = then;
    wake();
  }

  private void wake() {
    if (status != SUSPENDED) {
      return;
    }
    boolean outside = waitingOutside;
    if (outside) {
      waitingOutside = false;
      run.scheduler.outsideWaits--;
    }
    timer = null;
    onAbort = null;
    replayedAnswer = null;
    recordedTurn = null;
    stopWaiting();
    status = READY;
    run.scheduler.woken(this, outside);
  }

  // ---- ending ----

  private void ended(JsonNode output) {
    status = ENDED;
    end.succeeded(this, output);
  }

  private void failed(StatesError error) {
    status = ENDED;
    end.failed(this, error);
  }

  /** The line stopped at a check of its own (a sibling failed before its present moment). */
  private void abortedHere() {
    status = ENDED;
    if (!run.ended()) {
      end.aborted(this);
    }
  }

  /**
   * A sibling failed: the line stops now. A suspended state records what AWS records for it
   * (WaitStateAborted, TaskStateAborted) and nested branches and iterations stop first.
   */
  void abort() {
    int was = status;
    if (was == ENDED) {
      return;
    }
    status = ENDED;
    replayedAnswer = null;
    recordedTurn = null;
    if (was == SUSPENDED) {
      stopWaiting();
      if (waitingOutside) {
        waitingOutside = false;
        run.scheduler.outsideWaits--;
      }
      if (timer != null) {
        timer.cancel();
        timer = null;
      }
      if (children != null) {
        children.abortAll();
        children = null;
      }
      now = Math.max(now, run.scheduler.now);
      if (onAbort != null) {
        Runnable record = onAbort;
        onAbort = null;
        record.run();
      }
    }
    resume = null;
    next = null;
    end.aborted(this);
  }

  /** Whether the line is done. */
  public boolean isEnded() {
    return status == ENDED;
  }

  // ---- time ----

  /** This line's time: its virtual time, or the wall clock. */
  public long now() {
    return run.virtual ? now : run.clock.millis();
  }

  /** Moves this line's virtual time to the run's, which a test may have moved on. */
  public void catchUpWithRun() {
    if (run.virtual) {
      catchUp(run.settling ? Math.max(run.scheduler.now, run.clock.millis()) : run.scheduler.now);
    }
  }

  /** Moves virtual time forward to {@code millis} if it is later. */
  public void catchUp(long millis) {
    if (millis > now) {
      now = millis;
    }
  }

  /**
   * Lets {@code millis} pass inside a call that cannot be suspended (a task handler's simulated
   * duration): virtual time moves at once, the wall clock really sleeps.
   */
  public void elapseInCall(long millis) {
    if (millis <= 0) {
      return;
    }
    if (run.virtual) {
      now += millis;
    } else {
      run.clock.sleep(millis);
    }
  }

  /**
   * Runs {@code then} once the scheduler's time has caught up with this line's, which a task
   * handler's simulated duration moved ahead: events are recorded in time order.
   */
  public void whenCaughtUp(Runnable then, Runnable onAbort) {
    if (!run.virtualClock || run.scheduler.sequential || now <= run.scheduler.now) {
      then.run();
      return;
    }
    long at = now;
    now = run.scheduler.now;
    suspend(onAbort);
    waitFor(WaitCause.TIME, at);
    resume = then;
    timer = run.scheduler.timer(at, this, this::wake);
  }

  /** Whether a sibling failed before this line's present moment: what runs now was cut off. */
  public boolean stopped() {
    return stop != null && now() > stop.at();
  }

  /** Whether a sibling failed at or before this line's present moment: nothing more may start. */
  public boolean stopping() {
    return stop != null && now() >= stop.at();
  }

  // ---- events ----

  /**
   * Runs {@code then} now, or, while the run replays a record whose next event follows another
   * line, once the record comes back to this one. AWS records the steps of one state apart (a
   * task's TaskScheduled, TaskStarted and its answer), and the events of other branches or
   * iterations may come between them: the replay follows the record's order there. A live run
   * goes on at once. {@code onAbort}: what the state records when a sibling's failure aborts it
   * meanwhile.
   */
  public void inRecordedTurn(Runnable then, Runnable onAbort) {
    inRecordedTurn(then, onAbort, WaitCause.TASK_HANDLER);
  }

  /** {@link #inRecordedTurn(Runnable, Runnable)}, waiting for {@code cause} meanwhile. */
  public void inRecordedTurn(Runnable then, Runnable onAbort, WaitCause cause) {
    Replay replay = run.replay;
    if (replay == null || replay.nextPrevious() == cursor) {
      then.run();
      return;
    }
    awaitOutside(cause, onAbort);
    recordedTurn = then;
  }

  /**
   * While a resumed run replays and this line waits for the outside, {@code answer} takes the
   * recorded event that answers it (see {@link Run#replaying()}).
   */
  public void onReplayedAnswer(
      java.util.function.Consumer<io.statecraft.local.history.HistoryEvent> answer) {
    replayedAnswer = answer;
  }

  /**
   * The time of the event this line records now: its own, or while a resumed run replays, the
   * recorded one, which the line's time becomes.
   */
  private long stamp() {
    Replay replay = run.replay;
    if (replay != null) {
      now = replay.nextMillis();
      if (now > run.scheduler.now) {
        run.scheduler.now = now;
      }
    } else if (run.settling) {
      catchUp(run.clock.millis());
      if (now > run.scheduler.now) {
        run.scheduler.now = now;
      }
    }
    return now();
  }

  /** Records an event on this line and makes it the line's latest. */
  public long event(HistoryEventType type, String name, JsonNode data) {
    cursor = run.record(type, cursor, stamp(), name, data);
    return cursor;
  }

  public long event(HistoryEventType type, String name, JsonNode data, long index, String error,
      String cause, ObjectNode extra) {
    cursor = run.record(type, cursor, stamp(), name, data, index, error, cause, extra);
    return cursor;
  }

  /** Records a state's exit that assigned the variables {@code assigned}. */
  public long exitedAssigning(HistoryEventType type, String name, JsonNode output,
      JsonNode assigned) {
    cursor = run.recordAssigning(type, cursor, stamp(), name, output, assigned);
    return cursor;
  }

  /** Records an event linked to this line's latest without becoming the latest. */
  public long sideEvent(HistoryEventType type, String name, long index) {
    return run.record(type, cursor, stamp(), name, null, index, null, null, null);
  }

  /** Records that state {@code name} was entered with {@code input}; the state now running. */
  public void entered(HistoryEventType type, String name, JsonNode input) {
    long time = stamp();
    enteredPreviousEventId = cursor;
    cursor = run.record(type, cursor, time, name, input);
    stateName = name;
    enteredEventId = cursor;
    enteredMillis = time;
    retryCount = 0;
  }

  // ---- scope ----

  @Override
  public String failurePrefix() {
    return "An error occurred while executing the state '" + stateName
        + "' (entered at the event id #" + enteredEventId + "). ";
  }

  @Override
  public java.time.InstantSource clock() {
    return () -> java.time.Instant.ofEpochMilli(now());
  }

  @Override
  public StatesError evaluationFailed(String location, String cause, boolean beforeState) {
    String full = failurePrefix() + cause;
    ObjectNode extra = Values.object();
    if (location != null) {
      extra.put("location", location);
    }
    extra.put("state", stateName);
    long previous = beforeState ? enteredPreviousEventId : cursor;
    cursor = run.record(HistoryEventType.EVALUATION_FAILED, previous, stamp(), null, null, 0,
        io.statecraft.asl.ErrorNames.QUERY_EVALUATION_ERROR, full, extra);
    return new StatesError(io.statecraft.asl.ErrorNames.QUERY_EVALUATION_ERROR, full);
  }

  @Override
  public JsonNode variable(String name) {
    return variables.get(name);
  }

  @Override
  public Random random() {
    return run.random;
  }

  /** The context object ({@code $$}) as it is for the state now running; a fresh tree. */
  @Override
  public ObjectNode contextObject() {
    return ContextObject.of(this);
  }
}
