package io.statecraft.local.internal.engine;

import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.history.HistoryEventType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What a history must be for an execution to be resumed from it. */
final class Resumes {

  private static final Set<HistoryEventType> ENDINGS = EnumSet.of(
      HistoryEventType.EXECUTION_SUCCEEDED, HistoryEventType.EXECUTION_FAILED,
      HistoryEventType.EXECUTION_TIMED_OUT, HistoryEventType.EXECUTION_ABORTED);

  private Resumes() {}

  /**
   * Throws IllegalArgumentException unless {@code recorded} is the history of a running
   * execution: ExecutionStarted first, ids from 1 in order, no ending but right before a
   * redrive. Returns the positions of its ExecutionRedriven events.
   */
  static List<Integer> check(String executionName, List<HistoryEvent> recorded) {
    return check(executionName, recorded, false);
  }

  /**
   * {@link #check(String, List)}; when {@code whole}, the history may also end the execution
   * (a replay that checks it against a definition runs it to its end).
   */
  static List<Integer> check(String executionName, List<HistoryEvent> recorded, boolean whole) {
    String what = "cannot resume execution '" + executionName + "': ";
    if (recorded == null || recorded.isEmpty()) {
      throw new IllegalArgumentException(what + "its recorded history is empty; it must start"
          + " with ExecutionStarted.");
    }
    if (recorded.get(0).type() != HistoryEventType.EXECUTION_STARTED) {
      throw new IllegalArgumentException(what + "its recorded history starts with "
          + recorded.get(0).type().awsName() + " instead of ExecutionStarted.");
    }
    List<Integer> redrives = new java.util.ArrayList<>();
    for (int i = 0; i < recorded.size(); i++) {
      HistoryEvent event = recorded.get(i);
      if (event.id() != i + 1) {
        throw new IllegalArgumentException(what + "event " + (i + 1) + " of its recorded"
            + " history has id " + event.id() + "; ids must count from 1 without gaps.");
      }
      boolean redriven = i + 1 < recorded.size()
          && recorded.get(i + 1).type() == HistoryEventType.EXECUTION_REDRIVEN;
      boolean last = i + 1 == recorded.size();
      if (ENDINGS.contains(event.type()) && !redriven && !(whole && last)) {
        throw new IllegalArgumentException(what + "its recorded history ends it with "
            + event.type().awsName() + " (event #" + event.id() + "): there is nothing to go"
            + " on with.");
      }
      if (event.type() == HistoryEventType.EXECUTION_REDRIVEN) {
        if (!ENDINGS.contains(recorded.get(i - 1).type())) {
          throw new IllegalArgumentException(what + "ExecutionRedriven (event #" + event.id()
              + ") of its recorded history does not follow the end of a run.");
        }
        redrives.add(i);
      }
    }
    return redrives;
  }
}
