package io.statecraft.local.conformance;

import io.statecraft.local.internal.replay.Recorded;
import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.internal.engine.Engine;
import io.statecraft.local.internal.engine.Machine;
import io.statecraft.local.internal.kernel.Outcome;
import io.statecraft.local.internal.kernel.Run;
import io.statecraft.local.internal.tasks.TaskDispatcher;
import io.statecraft.local.internal.json.Values;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Replays a conformance case that StopExecution ended (status ABORTED): the recording does not
 * say when the caller stopped it, but its history does say how far it had got. The execution is
 * stopped once it has recorded as many events as AWS had before ExecutionAborted, with the error
 * and cause recorded there (api/test_sfn_api/test_stop_execution).
 */
final class Stops {

  /** How long the execution may take to get as far as AWS's did before its stop. */
  private static final Duration REACH = Duration.ofSeconds(10);

  private Stops() {}

  /** Whether the case's execution was stopped. */
  static boolean stopped(JsonNode expected) {
    return "ABORTED".equals(expected.path("status").asString());
  }

  /**
   * Starts the execution, stops it where AWS's was stopped and returns how it ended; one that
   * ends before it gets there is returned as it ended, for the comparison to report.
   *
   * @throws IllegalStateException when the history ends in no ExecutionAborted, or the execution
   *     neither ends nor gets that far within {@link #REACH}
   */
  static Outcome replay(Engine engine, Machine machine, JsonNode input, TaskDispatcher tasks,
      ArrayNode events) {
    JsonNode last = events.isEmpty() ? null : events.get(events.size() - 1);
    if (last == null || HistoryEventType.of(last.path("type").asString()) != HistoryEventType.EXECUTION_ABORTED) {
      throw new IllegalStateException("an ABORTED case whose history does not end in"
          + " ExecutionAborted: " + (last == null ? "no events" : Recorded.show(last)));
    }
    int before = events.size() - 1;
    Run running = engine.newRun(machine, "ConformanceExecution", input, tasks, false,
        Long.MAX_VALUE);
    engine.startInBackground(running);
    long deadline = engine.clock().realDeadline(REACH.toNanos());
    while (running.eventCount() < before && !running.outcome().isDone()) {
      if (engine.clock().realNanosLeft(deadline) == 0) {
        running.stop(null, null);
        throw new IllegalStateException("the execution recorded " + running.eventCount()
            + " events in " + REACH + "; AWS's was stopped after " + before);
      }
      pause(engine);
    }
    JsonNode details = last.path("executionAbortedEventDetails");
    running.stop(text(details.get("error")), text(details.get("cause")));
    try {
      return running.outcome().get(REACH.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("the stopped execution did not end: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while replaying a stop", e);
    }
  }

  private static String text(JsonNode recorded) {
    if (recorded == null || recorded.isNull()) {
      return null;
    }
    return Values.unquoted(recorded);
  }

  private static void pause(Engine engine) {
    engine.clock().sleep(1);
  }
}
