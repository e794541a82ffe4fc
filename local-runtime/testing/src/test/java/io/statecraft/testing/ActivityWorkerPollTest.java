package io.statecraft.testing;

import static io.statecraft.testing.SlowHandlers.SOON;
import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.local.Execution;
import io.statecraft.local.Json;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.RunningExecution;
import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.task.ActivityTask;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A test acts as an activity worker: it takes the task, then answers it, as on AWS. */
@Timeout(10)
class ActivityWorkerPollTest {

  static final String ACTIVITY = "arn:aws:states:us-east-1:123456789012:activity:render";

  static final String RENDER = """
      {"StartAt": "Later", "States": {
        "Later": {"Type": "Wait", "Seconds": 3600, "Next": "Render"},
        "Render": {"Type": "Task", "Resource": "%s", "HeartbeatSeconds": 60,
          "Parameters": {"month.$": "$.month"}, "End": true}}}""".formatted(ACTIVITY);

  private final LocalStepFunctions sfn = LocalStepFunctions.newInstance();

  private RunningExecution start() {
    return sfn.load("Report", RENDER).start("r-1", Json.parse("{\"month\": \"2024-01\"}"));
  }

  @Test
  void recordsThatTheWorkerStartedTheActivityBeforeItsAnswer() {
    RunningExecution running = start();

    ActivityTask task = sfn.pollActivityTask(ACTIVITY, "report-worker", SOON).orElseThrow();
    sfn.sendTaskSuccess(task.taskToken(), "{\"html\": \"<h1>January</h1>\"}");
    Execution execution = running.await(SOON);

    assertThat(task.input()).isEqualTo(Json.parse("{\"month\": \"2024-01\"}"));
    assertThat(execution).succeeded().hasOutput("{\"html\": \"<h1>January</h1>\"}");
    assertThat(execution.history().events()).extracting(HistoryEvent::type)
        .containsSubsequence(HistoryEventType.ACTIVITY_SCHEDULED,
            HistoryEventType.ACTIVITY_STARTED, HistoryEventType.ACTIVITY_SUCCEEDED);
    assertThat(execution.history().events())
        .filteredOn(event -> event.type() == HistoryEventType.ACTIVITY_STARTED).singleElement()
        .satisfies(started -> assertThat(started.details().get("workerName").asString())
            .isEqualTo("report-worker"));
  }

  @Test
  void skipsTheVirtualTimeBeforeTheTaskIsScheduled() {
    RunningExecution running = start();

    ActivityTask task = sfn.pollActivityTask(ACTIVITY, SOON).orElseThrow();

    assertThat(running.events()).extracting(HistoryEvent::type)
        .contains(HistoryEventType.ACTIVITY_SCHEDULED);
    assertThat(task.taskToken()).isEqualTo(running.awaitTaskToken("Render", SOON));
  }

  @Test
  void keepsTheHeartbeatRunningAfterTheWorkerTookTheTask() {
    RunningExecution running = start();
    sfn.pollActivityTask(ACTIVITY, SOON).orElseThrow();

    running.advanceClock(Duration.ofSeconds(61));

    assertThat(running.await(SOON)).failed().hasError("States.Timeout");
  }

  @Test
  void givesNothingWhenNoTaskCameInTime() {
    start();

    assertThat(sfn.pollActivityTask(ACTIVITY + "-other", Duration.ofMillis(200))).isEmpty();
  }
}
