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

  private final List<HistoryEvent> recorded;
  private final String executionName;
  /** How many recorded events the run has regenerated. */
  private int matched;
  /** What the run does once it goes live, in the order it was asked for. */
  private final List<Runnable> afterwards = new ArrayList<>();

  /** {@code recorded}: the history so far, ExecutionStarted first, checked by the caller. */
  public Replay(List<HistoryEvent> recorded, String executionName) {
    this.recorded = List.copyOf(recorded);
    this.executionName = executionName;
  }

  /** The recorded time of the next event the run records. */
  long nextMillis() {
    return recorded.get(matched).timestampMillis();
  }

  /** Checks the event just recorded against the record; true once the record is used up. */
  boolean check(HistoryEvent made) {
    HistoryEvent expected = recorded.get(matched);
    boolean same = expected.type() == made.type()
        && expected.previousEventId() == made.previousEventId()
        && (made.type() == HistoryEventType.EXECUTION_STARTED
            || Objects.equals(expected.stateName(), made.stateName()))
        && Objects.equals(expected.error(), made.error());
    if (!same) {
      throw new ResumeDivergence(executionName, "event #" + made.id() + " was recorded as "
          + describe(expected) + ", but running the definition again gives " + describe(made)
          + ". The definition, the input or an answer the history holds is not what the"
          + " execution ran with.");
    }
    matched++;
    return matched == recorded.size();
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

  /** Runs {@code action} once the run is live (re-arming what the record cannot say). */
  public void afterwards(Runnable action) {
    afterwards.add(action);
  }

  List<Runnable> takeAfterwards() {
    List<Runnable> actions = List.copyOf(afterwards);
    afterwards.clear();
    return actions;
  }

  /**
   * The run waits: what it waits for comes from the record. The next recorded event either
   * answers a line waiting for the outside, or follows the earliest timer; else the run does not
   * go as recorded.
   */
  void atPark(Run run) {
    HistoryEvent next = recorded.get(matched);
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
    if (run.scheduler.fireNextTimer()) {
      return;
    }
    throw new ResumeDivergence(executionName, "event #" + next.id() + " was recorded as "
        + describe(next) + ", but running the definition again, the execution waits for what"
        + " does not give it" + waits(run) + ".");
  }

  /** The run ended before the record did. */
  ResumeDivergence endedEarly() {
    HistoryEvent next = recorded.get(matched);
    return new ResumeDivergence(executionName, "event #" + next.id() + " was recorded as "
        + describe(next) + ", but running the definition again, the execution ends before it.");
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

    public ResumeDivergence(String executionName, String message) {
      super("cannot resume execution '" + executionName + "': " + message);
    }
  }
}
