package io.statecraft.local.internal.kernel;

import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.history.HistoryEventType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The recorded history a resumed run runs through again before it goes on live. The run
 * regenerates each recorded event (checked against it: type, state, ids, error) at the recorded
 * time; outside answers (task results, token answers, workers) are taken from the record; timers
 * fire when the record says the run went on. After the last recorded event the run is live.
 *
 * <p>Used on the run's thread only.
 */
public final class Replay {

  /** The events that answer a task from outside the execution: the record gives them. */
  private static final Set<HistoryEventType> ANSWERS = EnumSet.of(
      HistoryEventType.TASK_SUBMITTED, HistoryEventType.TASK_SUCCEEDED,
      HistoryEventType.TASK_FAILED, HistoryEventType.TASK_TIMED_OUT,
      HistoryEventType.LAMBDA_FUNCTION_SUCCEEDED, HistoryEventType.LAMBDA_FUNCTION_FAILED,
      HistoryEventType.LAMBDA_FUNCTION_TIMED_OUT, HistoryEventType.ACTIVITY_STARTED,
      HistoryEventType.ACTIVITY_SUCCEEDED, HistoryEventType.ACTIVITY_FAILED,
      HistoryEventType.ACTIVITY_TIMED_OUT);

  /** The events that end a run. */
  private static final Set<HistoryEventType> ENDINGS = EnumSet.of(
      HistoryEventType.EXECUTION_SUCCEEDED, HistoryEventType.EXECUTION_FAILED,
      HistoryEventType.EXECUTION_TIMED_OUT, HistoryEventType.EXECUTION_ABORTED);

  /**
   * The events AWS records as a failed branch or iteration stops its siblings: in an order, and
   * linked to events, of its own (all to the failing event), so a replay matches them as a set.
   */
  private static final Set<HistoryEventType> STOPPING = EnumSet.of(
      HistoryEventType.MAP_ITERATION_FAILED, HistoryEventType.MAP_ITERATION_ABORTED,
      HistoryEventType.TASK_STATE_ABORTED, HistoryEventType.WAIT_STATE_ABORTED,
      HistoryEventType.MAP_STATE_ABORTED, HistoryEventType.PARALLEL_STATE_ABORTED);

  private final List<HistoryEvent> recorded;
  /** Recorded events past {@code matched} that a regenerated event already matched (a set). */
  private final java.util.BitSet takenAhead = new java.util.BitSet();
  private final String executionName;
  /**
   * For a replay that checks a whole history against a definition: what compares each event
   * beyond type, state, ids and error; null for a resumed execution, which goes on live.
   */
  private final Check check;
  /** How many recorded events the run has regenerated. */
  private int matched;
  /** What the run does once it goes live, in the order it was asked for. */
  private final List<Runnable> afterwards = new ArrayList<>();

  /** {@code recorded}: the history so far, ExecutionStarted first, checked by the caller. */
  public Replay(List<HistoryEvent> recorded, String executionName) {
    this(recorded, executionName, null);
  }

  /**
   * A replay that checks {@code recorded} with {@code check} and never goes live: once the
   * record is used up before the run ends, {@link RecordUsedUp} gives the run up.
   */
  public Replay(List<HistoryEvent> recorded, String executionName, Check check) {
    this.recorded = List.copyOf(recorded);
    this.executionName = executionName;
    this.check = check;
  }

  /**
   * Compares a regenerated event with its recorded one beyond what every replay checks (type,
   * state, ids, error): details such as the parameters a task sends or a state's output.
   */
  public interface Check {
    /** Throws {@link ResumeDivergence} when {@code made} is not what {@code expected} records. */
    void compare(HistoryEvent expected, HistoryEvent made);

    /**
     * Throws {@link ResumeDivergence} when the Wait state that {@code exited} records leaving
     * did not wait as long as the definition says: until {@code dueMillis}.
     */
    void waited(HistoryEvent exited, long dueMillis);

    /** Tells the reader of the replay what it took from the record without checking it. */
    void note(String text);
  }

  /** {@link Check#note} for a replay that checks; nothing for a resumed run. */
  public void note(String text) {
    if (check != null) {
      check.note(text);
    }
  }

  /** Whether this replay checks a history and never goes live. */
  public boolean checksOnly() {
    return check != null;
  }

  /** The recorded time of the next event the run records. */
  long nextMillis() {
    return recorded.get(matched).timestampMillis();
  }

  /**
   * Runs {@code run}, resumed, through its recorded history on the calling thread, then hands it
   * to its background threads live. A run that does not go as recorded is given up, and the
   * divergence thrown.
   */
  static void drive(Run run) {
    try {
      run.begin();
      while (run.replay != null) {
        long until = run.step();
        if (until == Long.MIN_VALUE) {
          if (run.replay != null) {
            throw run.replay.endedEarly();
          }
          return;
        }
        if (run.replay != null) {
          run.replay.atPark(run);
        }
      }
    } catch (RuntimeException | Error e) {
      if (run.replay != null) {
        run.abandon();
        throw e;
      }
      run.crashed(e);
      return;
    }
    run.settling = false;
    run.virtual = run.virtualClock;
    if (!run.ended) {
      run.backgroundThreads.execute(run::driveInBackground);
    }
  }

  /**
   * The last recorded event was regenerated: from now on {@code run} records events of its own,
   * on its clock (on the wall clock once it first waits: until then what follows the last event,
   * a Wait's due time say, counts from its recorded time), and carries out what the record could
   * not say (activity tasks to queue, timers of heartbeats).
   */
  void goLive(Run run) {
    if (check != null) {
      // The record ended the run: nothing is left to carry out, and nothing may be called.
      run.replay = null;
      afterwards.clear();
      return;
    }
    for (Line line : run.waiting) {
      if (line.waitCause == WaitCause.CHILD_EXECUTION) {
        throw new ResumeDivergence(executionName, "state '" + line.stateName
            + "' waits for the child execution it started with states:startExecution.sync"
            + " before the restart; the parent cannot follow a child across a restart, so the"
            + " execution cannot go on. Start it again.");
      }
    }
    run.replay = null;
    run.settling = !run.virtualClock;
    for (Line line : List.copyOf(run.waiting)) {
      // The record ended with other lines' events: this one goes on now.
      Runnable turn = line.recordedTurn;
      if (turn != null) {
        line.wakeWith(turn);
      }
    }
    for (Runnable action : afterwards) {
      run.mailbox.post(action);
    }
    afterwards.clear();
    if (!run.virtualClock && run.deadlineMillis != Long.MAX_VALUE) {
      run.clock.schedule(run.deadlineMillis, run::cutShort);
    }
  }

  /** Checks the event just recorded against the record; true once the record is used up. */
  boolean check(HistoryEvent made) {
    HistoryEvent expected = recorded.get(matched);
    boolean same = alike(expected, made)
        && expected.previousEventId() == made.previousEventId();
    int ahead = same ? -1 : stoppingAlike(made);
    if (ahead > matched) {
      // One of the events that stop siblings, recorded further on in their set.
      takenAhead.set(ahead);
      if (check != null) {
        check.compare(recorded.get(ahead), made);
      }
      return false;
    }
    if (ahead == matched) {
      same = true;
    }
    if (!same) {
      throw new ResumeDivergence(executionName, "event #" + made.id() + " was recorded as "
          + describe(expected) + ", but running the definition again gives " + describe(made)
          + ". The definition, the input or an answer the history holds is not what the"
          + " execution ran with.", expected, made);
    }
    if (check != null) {
      check.compare(expected, made);
    }
    matched++;
    while (takenAhead.get(matched)) {
      takenAhead.clear(matched);
      matched++;
    }
    if (matched == recorded.size() && check != null && !ENDINGS.contains(made.type())) {
      // A history cut while the execution ran: it is checked, and nothing more is run.
      throw new RecordUsedUp();
    }
    return matched == recorded.size();
  }

  private static boolean alike(HistoryEvent expected, HistoryEvent made) {
    return expected.type() == made.type()
        && (made.type() == HistoryEventType.EXECUTION_STARTED
            || Objects.equals(expected.stateName(), made.stateName()))
        && Objects.equals(expected.error(), made.error());
  }

  /**
   * Where {@code made}, an event that stops a sibling, is in the set of such events the record
   * has next (the first one alike not taken yet), or -1.
   */
  private int stoppingAlike(HistoryEvent made) {
    if (!STOPPING.contains(made.type())) {
      return -1;
    }
    for (int i = matched; i < recorded.size() && STOPPING.contains(recorded.get(i).type()); i++) {
      if (!takenAhead.get(i) && alike(recorded.get(i), made)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The recorded answer to the task of the line whose last event is {@code cursor}: the first
   * recorded event not yet regenerated that follows it and answers a task, or null when the
   * record has none (the call was under way when the history was cut).
   */
  public HistoryEvent answerTo(long cursor) {
    for (int i = matched; i < recorded.size(); i++) {
      HistoryEvent event = recorded.get(i);
      if (event.previousEventId() == cursor) {
        return ANSWERS.contains(event.type()) ? event : null;
      }
    }
    return null;
  }

  /**
   * The waiting line the record's next event follows when the record gives what it waits for
   * (its turn, or the answer to its call), else null: then no other line may record first.
   */
  Line waitingForNext(Run run) {
    HistoryEvent next = recorded.get(matched);
    for (Line line : run.waiting) {
      if (line.cursor == next.previousEventId() && (line.recordedTurn != null
          || line.replayedAnswer != null && ANSWERS.contains(next.type()))) {
        return line;
      }
    }
    return null;
  }

  /** The record's next event, the one the run regenerates next. */
  public HistoryEvent next() {
    return recorded.get(matched);
  }

  /**
   * The first recorded event not yet regenerated of {@code type} that follows event {@code id},
   * or null.
   */
  public HistoryEvent following(long id, HistoryEventType type) {
    for (int i = matched; i < recorded.size(); i++) {
      HistoryEvent event = recorded.get(i);
      if (event.previousEventId() == id && event.type() == type && !takenAhead.get(i)) {
        return event;
      }
    }
    return null;
  }

  /** Whether the record's next event is {@code event} (one of the record's own). */
  public boolean isNext(HistoryEvent event) {
    return recorded.get(matched) == event;
  }

  /** The id of the event the next recorded event follows. */
  long nextPrevious() {
    return recorded.get(matched).previousEventId();
  }

  /**
   * The index of the one of the {@code count} ready lines that records the next recorded
   * event: the line whose latest event it follows; of branches or iterations that start from
   * the same event, the one whose first state or item it is. -1 when none or several are.
   */
  int lineOfNextEvent(Line[] ready, int count) {
    HistoryEvent next = recorded.get(matched);
    int found = -1;
    boolean several = false;
    for (int i = 0; i < count; i++) {
      if (ready[i].cursor == next.previousEventId() && !ready[i].isEnded()) {
        several = found >= 0;
        found = i;
        if (several) {
          break;
        }
      }
    }
    if (!several) {
      return found;
    }
    found = -1;
    for (int i = 0; i < count; i++) {
      Line line = ready[i];
      if (line.cursor != next.previousEventId() || line.isEnded()) {
        continue;
      }
      boolean first = next.type() == HistoryEventType.MAP_ITERATION_STARTED
          ? line.mapItemIndex == next.details().path("index").asInt(-1)
          : next.stateName() != null && next.stateName().equals(line.nextStateName());
      if (first) {
        if (found >= 0) {
          return -1;
        }
        found = i;
      }
    }
    return found;
  }

  /**
   * Whether the record has StopExecution next: then it stops {@code run} now. The run looks
   * between states and whenever it waits, as it carried out what other threads posted.
   */
  boolean stopsNext(Run run) {
    HistoryEvent next = recorded.get(matched);
    if (next.type() != HistoryEventType.EXECUTION_ABORTED) {
      return false;
    }
    run.aborted(next.error(), next.cause());
    return true;
  }

  /** Whether a recorded event follows event {@code id}. */
  public boolean followed(long id) {
    for (HistoryEvent event : recorded) {
      if (event.previousEventId() == id) {
        return true;
      }
    }
    return false;
  }

  /** Runs {@code action} once the run is live (re-arming what the record cannot say). */
  public void afterwards(Runnable action) {
    afterwards.add(action);
  }

  /**
   * The run waits: what it waits for comes from the record. The next recorded event either
   * answers a line waiting for the outside, or follows the earliest timer; else the run does not
   * go as recorded.
   */
  void atPark(Run run) {
    if (stopsNext(run)) {
      return;
    }
    HistoryEvent next = recorded.get(matched);
    Line turn = waitingForNext(run);
    if (turn != null && turn.recordedTurn != null) {
      turn.wakeWith(turn.recordedTurn);
      return;
    }
    if (ANSWERS.contains(next.type())) {
      for (Line line : run.waiting) {
        if (line.replayedAnswer != null && line.cursor == next.previousEventId()) {
          if (next.timestampMillis() > run.scheduler.now) {
            run.scheduler.now = next.timestampMillis();
          }
          line.replayedAnswer.accept(next);
          return;
        }
      }
    }
    if (check != null && next.type() == HistoryEventType.WAIT_STATE_EXITED) {
      long due = run.scheduler.nextTimerAt();
      if (due != Long.MAX_VALUE) {
        check.waited(next, due);
      }
    }
    if (run.scheduler.fireNextTimer()) {
      return;
    }
    throw new ResumeDivergence(executionName, "event #" + next.id() + " was recorded as "
        + describe(next) + ", but running the definition again, the execution waits for what"
        + " does not give it" + waits(run) + ".", next, null,
        "the execution waits for what the history does not give it" + waits(run));
  }

  /** The run ended before the record did. */
  ResumeDivergence endedEarly() {
    HistoryEvent next = recorded.get(matched);
    return new ResumeDivergence(executionName, "event #" + next.id() + " was recorded as "
        + describe(next) + ", but running the definition again, the execution ends before it.",
        next, null, "the execution ends before it");
  }

  private static String waits(Run run) {
    StringBuilder text = new StringBuilder();
    for (Line line : run.waiting) {
      text.append(text.length() == 0 ? " (" : "; ").append(line.waitingNow().describe());
    }
    return text.length() == 0 ? "" : text.append(')').toString();
  }

  static String describe(HistoryEvent event) {
    StringBuilder text = new StringBuilder(event.type().awsName());
    if (event.stateName() != null && event.type() != HistoryEventType.EXECUTION_STARTED) {
      text.append(" of state '").append(event.stateName()).append('\'');
    }
    text.append(" following #").append(event.previousEventId());
    if (event.error() != null) {
      text.append(" with error ").append(event.error());
    }
    return text.toString();
  }

  /** A resumed run does not run as its recorded history says: the execution cannot go on. */
  public static final class ResumeDivergence extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    /** The recorded event the run did not regenerate, or null when no one event is at fault. */
    private final transient HistoryEvent expected;
    /** What the run made in its place, or null when it made nothing there. */
    private final transient HistoryEvent made;
    /**
     * A difference a {@link Check} found, or what the run does where it made no event (in
     * words), or null.
     */
    private final String detail;

    /** The message without the execution it is about. */
    private final String reason;

    public ResumeDivergence(String executionName, String message) {
      this(executionName, message, null, null);
    }

    public ResumeDivergence(String executionName, String message, HistoryEvent expected,
        HistoryEvent made) {
      this(executionName, message, expected, made, null);
    }

    /** {@code instead}: what the run does where it made no event, in words. */
    public ResumeDivergence(String executionName, String message, HistoryEvent expected,
        HistoryEvent made, String instead) {
      super("cannot resume execution '" + executionName + "': " + message);
      this.expected = expected;
      this.made = made;
      this.detail = instead;
      this.reason = message;
    }

    /** A difference a {@link Check} found in {@code made}: {@code detail} says which. */
    public ResumeDivergence(HistoryEvent expected, HistoryEvent made, String detail) {
      super("event #" + expected.id() + " differs: " + detail);
      this.expected = expected;
      this.made = made;
      this.detail = detail;
      this.reason = detail;
    }

    /** Why the run cannot go as recorded, without the execution it is about. */
    public String reason() {
      return reason;
    }

    public HistoryEvent expected() {
      return expected;
    }

    public HistoryEvent made() {
      return made;
    }

    public String detail() {
      return detail;
    }
  }
}
