package io.statecraft.local.internal.replay;

import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.internal.json.Values;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Says what an event of a history did ({@link #did}) or what the definition does in its place
 * ({@link #does}), in words a user reads: the state, the branch, the value sent.
 */
final class Words {

  /** Events after which scheduling a task again is a retry. */
  static final Set<HistoryEventType> TASK_ENDS_IN_ERROR = EnumSet.of(
      HistoryEventType.TASK_FAILED, HistoryEventType.TASK_TIMED_OUT,
      HistoryEventType.TASK_START_FAILED, HistoryEventType.TASK_SUBMIT_FAILED,
      HistoryEventType.LAMBDA_FUNCTION_FAILED, HistoryEventType.LAMBDA_FUNCTION_TIMED_OUT,
      HistoryEventType.LAMBDA_FUNCTION_START_FAILED,
      HistoryEventType.LAMBDA_FUNCTION_SCHEDULE_FAILED, HistoryEventType.ACTIVITY_FAILED,
      HistoryEventType.ACTIVITY_TIMED_OUT, HistoryEventType.ACTIVITY_SCHEDULE_FAILED);
  private static final Set<HistoryEventType> SCHEDULED = EnumSet.of(
      HistoryEventType.TASK_SCHEDULED, HistoryEventType.LAMBDA_FUNCTION_SCHEDULED,
      HistoryEventType.ACTIVITY_SCHEDULED);
  /** Events of a Map or Parallel state itself, between its entered and exited events. */
  private static final Set<HistoryEventType> FAN_OUT = EnumSet.of(
      HistoryEventType.MAP_STATE_STARTED, HistoryEventType.MAP_STATE_SUCCEEDED,
      HistoryEventType.MAP_STATE_FAILED, HistoryEventType.MAP_STATE_ABORTED,
      HistoryEventType.PARALLEL_STATE_STARTED, HistoryEventType.PARALLEL_STATE_SUCCEEDED,
      HistoryEventType.PARALLEL_STATE_FAILED, HistoryEventType.PARALLEL_STATE_ABORTED);
  private static final int LONGEST_VALUE = 300;

  private final Map<Long, HistoryEvent> recorded;

  /** {@code recorded}: the history by event id, to find the state an event belongs to. */
  Words(Map<Long, HistoryEvent> recorded) {
    this.recorded = recorded;
  }

  /** The state whose event {@code event} is, or null (execution-level events). */
  String stateOf(HistoryEvent event) {
    if (event.type().isStateEntered() || event.type().isStateExited()) {
      return event.stateName();
    }
    if (event.type().awsName().startsWith("Execution")) {
      return null;
    }
    if (event.type().awsName().startsWith("MapIteration")) {
      return event.stateName();
    }
    // A Map's or Parallel's own events may follow its last iteration's or branch's: go back to
    // the Map or Parallel state entered, past the fan-outs nested in its iterations.
    boolean fanOut = FAN_OUT.contains(event.type());
    int nested = 0;
    long previous = event.previousEventId();
    for (int hops = 0; hops < 100_000 && previous > 0; hops++) {
      HistoryEvent before = recorded.get(previous);
      if (before == null) {
        return null;
      }
      HistoryEventType type = before.type();
      boolean fanOutState = type.awsName().startsWith("Map") || type.awsName()
          .startsWith("Parallel");
      if (fanOut && fanOutState && type.isStateExited()) {
        nested++;
      } else if (type.isStateEntered() && (!fanOut || fanOutState && nested-- == 0)) {
        return before.stateName();
      } else if (!fanOut && type.isStateExited()) {
        return null;
      }
      previous = before.previousEventId();
    }
    return null;
  }

  /** What the history did at {@code event}, past tense. */
  String did(HistoryEvent event, HistoryEvent previous) {
    return phrase(event, previous, true);
  }

  /** What the definition does at {@code event}, present tense. */
  String does(HistoryEvent event, HistoryEvent previous) {
    return phrase(event, previous, false);
  }

  private String phrase(HistoryEvent event, HistoryEvent previous, boolean past) {
    HistoryEventType type = event.type();
    String state = stateOf(event);
    if (type.isStateEntered() && previous != null
        && previous.type() == HistoryEventType.CHOICE_STATE_EXITED) {
      return "Choice state '" + previous.stateName() + "' " + (past ? "went" : "goes")
          + " on to state '" + event.stateName() + "'";
    }
    if (type.isStateEntered()) {
      return (past ? "entered" : "enters") + " state '" + event.stateName() + "'";
    }
    if (SCHEDULED.contains(type) && previous != null
        && TASK_ENDS_IN_ERROR.contains(previous.type())) {
      return (past ? "retried" : "retries") + " state '" + state + "' after "
          + previous.error() + " (" + (past ? "scheduled" : "schedules") + " its task again)";
    }
    if (SCHEDULED.contains(type)) {
      return (past ? "scheduled" : "schedules") + " the task of state '" + state + "'";
    }
    if (type.isStateExited()) {
      return (past ? "left" : "leaves") + " state '" + event.stateName() + "'";
    }
    return switch (type) {
      case EXECUTION_SUCCEEDED -> "the execution " + (past ? "succeeded" : "succeeds");
      case EXECUTION_FAILED -> "the execution " + (past ? "failed" : "fails") + " with error "
          + event.error();
      case EXECUTION_TIMED_OUT -> "the execution " + (past ? "timed" : "times") + " out";
      case EXECUTION_ABORTED -> "the execution " + (past ? "was" : "is") + " stopped";
      case MAP_ITERATION_STARTED -> (past ? "started" : "starts") + " iteration "
          + event.details().path("index").asLong() + " of Map state '" + event.stateName() + "'";
      default -> {
        String text = (past ? "recorded " : "records ") + type.awsName()
            + (state == null ? "" : " in state '" + state + "'");
        yield event.error() == null ? text : text + " with error " + event.error();
      }
    };
  }

  /** What {@code field} of {@code event}'s details held (history) or holds (definition). */
  String value(HistoryEvent event, String field, JsonNode value, boolean past) {
    String shown = show(value);
    String state = stateOf(event);
    String in = state == null ? "" : "state '" + state + "' ";
    return switch (field) {
      case "parameters" -> in + (past ? "sent" : "sends") + " parameters " + shown;
      case "input" -> event.type().isStateEntered()
          ? in + (past ? "was entered" : "is entered") + " with input " + shown
          : in + (past ? "sent" : "sends") + " input " + shown;
      case "output" -> event.type() == HistoryEventType.EXECUTION_SUCCEEDED
          ? "the execution " + (past ? "succeeded" : "succeeds") + " with output " + shown
          : in + (past ? "produced" : "produces") + " output " + shown;
      default -> (state == null ? "" : "in state '" + state + "' ") + event.type().awsName()
          + "'s " + field + (past ? " was " : " is ") + shown;
    };
  }

  private static String show(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "nothing";
    }
    String text = value.isString() && Values.tryParse(value.asString()) != null
        ? Values.text(Values.tryParse(value.asString())) : Values.text(value);
    return text.length() > LONGEST_VALUE ? text.substring(0, LONGEST_VALUE) + "..." : text;
  }
}
