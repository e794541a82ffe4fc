package io.statecraft.testing;

import static io.statecraft.testing.StatecraftAssertions.assertThat;

import io.statecraft.local.Execution;
import io.statecraft.local.Json;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.task.TaskFailure;
import io.statecraft.local.task.TaskHandler;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** A state's retry count is its own re-attempts, never those of the states nested in it. */
class RetryCountTest {

  private static final String RETRY_BUSY = """
      "Retry": [{"ErrorEquals": ["Busy"], "IntervalSeconds": 1, "MaxAttempts": 2}]""";

  /** Fails each distinct input once with Busy, then answers it. */
  private static TaskHandler busyOncePerInput() {
    Set<String> seen = ConcurrentHashMap.newKeySet();
    return (input, ctx) -> {
      if (seen.add(Json.text(input))) {
        throw new TaskFailure("Busy", "try again");
      }
      return input;
    };
  }

  @Test
  void countsNoRetryOfAMapWhoseIterationsRetryTheirTask() {
    Execution execution = LocalStepFunctions.builder().task("Transform", busyOncePerInput())
        .build().load("Batch", """
            {"StartAt": "Each", "States": {"Each": {"Type": "Map", "End": true,
              "ItemProcessor": {"StartAt": "Transform", "States": {"Transform": {
                "Type": "Task", "Resource": "arn:aws:states:::aws-sdk:s3:getObject",
                "End": true, %s}}}}}}""".formatted(RETRY_BUSY))
        .run("[1, 2, 3]");

    assertThat(execution).succeeded().hasRetried("Each", 0).hasRetried("Transform", 3);
  }

  /**
   * Runs a Parallel "Both" of two tasks, "Left" failing once with Busy and "Right" answering;
   * {@code bothFields} and {@code leftFields} add fields (a retrier) to the Parallel and to Left.
   */
  private static Execution runFork(String bothFields, String leftFields) {
    return LocalStepFunctions.builder().task("Left", busyOncePerInput())
        .task("Right", (input, ctx) -> input).build().load("Fork", """
            {"StartAt": "Both", "States": {"Both": {"Type": "Parallel", "End": true%s,
              "Branches": [
                {"StartAt": "Left", "States": {"Left": {"Type": "Task",
                  "Resource": "arn:aws:states:::aws-sdk:s3:getObject", "End": true%s}}},
                {"StartAt": "Right", "States": {"Right": {"Type": "Task",
                  "Resource": "arn:aws:states:::aws-sdk:s3:getObject", "End": true}}}]}}}"""
            .formatted(bothFields, leftFields))
        .run("{}");
  }

  @Test
  void countsOneRetryOfAParallelThatRanTwice() {
    Execution execution = runFork(", " + RETRY_BUSY, "");

    assertThat(execution).succeeded().hasRetried("Both", 1).hasRetried("Left", 0)
        .hasRetried("Right", 0);
  }

  @Test
  void countsATasksRetriesApartFromASiblingBranchRunningMeanwhile() {
    Execution execution = runFork("", ", " + RETRY_BUSY);

    assertThat(execution).succeeded().hasRetried("Left", 1).hasRetried("Right", 0)
        .hasRetried("Both", 0);
  }
}
