package io.statecraft.local;

import java.time.Duration;
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
  static Execution replay(LocalStateMachine machine, JsonNode input, TaskDispatcher tasks,
      ArrayNode events) {
    JsonNode last = events.isEmpty() ? null : events.get(events.size() - 1);
    if (last == null || !"ExecutionAborted".equals(last.path("type").asString())) {
      throw new IllegalStateException("an ABORTED case whose history does not end in"
          + " ExecutionAborted: " + (last == null ? "no events" : Recorded.show(last)));
    }
    int before = events.size() - 1;
    RunningExecution running = machine.start("ConformanceExecution", input, tasks);
    long deadline = System.nanoTime() + REACH.toNanos();
    while (running.events().size() < before && !running.isDone()) {
      if (System.nanoTime() > deadline) {
        running.stop(null, null);
        throw new IllegalStateException("the execution recorded " + running.events().size()
            + " events in " + REACH + "; AWS's was stopped after " + before);
      }
      pause();
    }
    JsonNode details = last.path("executionAbortedEventDetails");
    running.stop(text(details.get("error")), text(details.get("cause")));
    return running.await(REACH);
  }

  private static String text(JsonNode recorded) {
    if (recorded == null || recorded.isNull()) {
      return null;
    }
    return recorded.isString() ? recorded.asString() : Values.text(recorded);
  }

  private static void pause() {
    try {
      Thread.sleep(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while replaying a stop", e);
    }
  }
}
