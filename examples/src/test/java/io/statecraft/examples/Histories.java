package io.statecraft.examples;

import io.statecraft.local.Execution;
import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.history.HistoryEventType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Questions the tests ask of an execution's history, answered from its events alone (as one
 * would read them in the Step Functions console): which state an event belongs to and when
 * things happened on the virtual clock. What a state sent to its service is in
 * {@code execution.taskCalls()}.
 */
final class Histories {

  private static final Set<HistoryEventType> FAN_OUT = EnumSet.of(
      HistoryEventType.MAP_STATE_STARTED, HistoryEventType.MAP_STATE_SUCCEEDED,
      HistoryEventType.MAP_STATE_FAILED, HistoryEventType.MAP_STATE_ABORTED,
      HistoryEventType.PARALLEL_STATE_STARTED, HistoryEventType.PARALLEL_STATE_SUCCEEDED,
      HistoryEventType.PARALLEL_STATE_FAILED, HistoryEventType.PARALLEL_STATE_ABORTED);

  private final Map<Long, HistoryEvent> byId = new HashMap<>();
  private final List<HistoryEvent> events;

  private Histories(Execution execution) {
    this.events = execution.history().events();
    for (HistoryEvent event : events) {
      byId.put(event.id(), event);
    }
  }

  private static Histories of(Execution execution) {
    return new Histories(execution);
  }

  /** When each event of {@code type} that belongs to {@code state} happened, in order. */
  static List<Instant> timesOf(Execution execution, String state, HistoryEventType type) {
    Histories history = of(execution);
    List<Instant> times = new ArrayList<>();
    for (HistoryEvent event : history.events) {
      if (event.type() == type && state.equals(history.stateOf(event))) {
        times.add(event.timestamp());
      }
    }
    return times;
  }

  /** The time between each two consecutive instants. */
  static List<Duration> gaps(List<Instant> times) {
    List<Duration> gaps = new ArrayList<>();
    for (int i = 1; i < times.size(); i++) {
      gaps.add(Duration.between(times.get(i - 1), times.get(i)));
    }
    return gaps;
  }

  /**
   * The state {@code event} belongs to: its own for a state's entered or exited event, else the
   * state of the event it follows ({@code previousEventId}), and so on back. A state's first
   * event inside a Parallel branch or a Map iteration follows its Parallel or Map state's. The
   * events of a Parallel or Map state itself (started, succeeded, failed) may follow an event
   * of a branch (a retry follows the failed attempt), so they go back to the Parallel or Map
   * state's entered event.
   */
  private String stateOf(HistoryEvent event) {
    boolean fanOut = FAN_OUT.contains(event.type());
    for (HistoryEvent at = event; at != null; at = byId.get(at.previousEventId())) {
      HistoryEventType type = at.type();
      if (fanOut ? type == HistoryEventType.MAP_STATE_ENTERED
          || type == HistoryEventType.PARALLEL_STATE_ENTERED
          : type.isStateEntered() || type.isStateExited()) {
        return at.stateName();
      }
    }
    return null;
  }
}
