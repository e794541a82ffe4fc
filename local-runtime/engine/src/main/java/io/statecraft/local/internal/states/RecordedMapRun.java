package io.statecraft.local.internal.states;

import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.internal.expr.StatesError;
import io.statecraft.local.internal.json.Values;
import io.statecraft.local.internal.kernel.Line;
import io.statecraft.local.internal.kernel.Replay;
import io.statecraft.local.internal.kernel.WaitCause;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A distributed Map in a replay that checks a history: its Map Run's child executions are
 * executions of their own, not in the parent's history, so the replay does not run them. The
 * Map Run starts; its outcome comes from the record, as a task's answer does: MapRunSucceeded
 * with the output the state exited with (the Map's result is not in the history, so
 * ResultSelector, ResultPath and OutputPath are not applied again), or MapRunFailed with its
 * error, which the state's Retry and Catch handle as the definition says.
 */
final class RecordedMapRun {

  /** The Map Run's ARN in a replay: what AWS gave it is its own, and not compared. */
  private static final String REPLAYED_ARN = "replayed-map-run";

  private RecordedMapRun() {}

  static void follow(DistributedMapNode node, Line line, RetryingNode.Attempt attempt) {
    ObjectNode details = Values.object();
    details.put("mapRunArn", REPLAYED_ARN);
    line.event(HistoryEventType.MAP_RUN_STARTED, null, null, 0, null, null, details);
    line.started = true;
    Runnable aborted = () -> line.event(HistoryEventType.MAP_RUN_ABORTED, null, null);
    line.inRecordedTurn(() -> attempt.guard(() -> ended(node, line, attempt)), aborted,
        WaitCause.CHILD_EXECUTION);
  }

  /** The record goes on from the Map Run: with how it ended. */
  private static void ended(DistributedMapNode node, Line line, RetryingNode.Attempt attempt) {
    Replay replay = line.run().replaying();
    HistoryEvent next = replay.next();
    switch (next.type()) {
      case MAP_RUN_SUCCEEDED -> {
        line.event(HistoryEventType.MAP_RUN_SUCCEEDED, null, null);
        line.sideEvent(HistoryEventType.MAP_STATE_SUCCEEDED, null, 0);
        replay.note("state '" + node.name + "' is a distributed Map: its Map Run's child"
            + " executions were not replayed (they are executions of their own), and the state's"
            + " output is the one recorded");
        HistoryEvent exited = replay.following(line.cursor, HistoryEventType.MAP_STATE_EXITED);
        JsonNode output = exited == null ? null : exited.value();
        attempt.succeeded(output == null ? Values.object() : output);
      }
      case MAP_RUN_FAILED -> {
        line.event(HistoryEventType.MAP_RUN_FAILED, null, null, 0, next.error(), next.cause(),
            null);
        throw new StatesError(next.error(), next.cause());
      }
      default -> throw new Replay.ResumeDivergence(line.run().executionName, "event #"
          + next.id() + " does not end the Map Run of state '" + node.name + "'", next, null,
          "state '" + node.name + "' waits for its Map Run to end");
    }
  }
}
