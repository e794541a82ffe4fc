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

  static final String TIMED = """
      {"StartAt": "Render", "States": {
        "Render": {"Type": "Task", "Resource": "%s", "TimeoutSeconds": 30,
          "HeartbeatSeconds": 10, "End": true}}}""".formatted(ACTIVITY);

  private static long timedOutAfterStarted(Execution execution) {
    HistoryEvent started = execution.history().events().stream()
        .filter(event -> event.type() == HistoryEventType.ACTIVITY_STARTED).findFirst()
        .orElseThrow();
    HistoryEvent timedOut = execution.history().events().stream()
        .filter(event -> event.type() == HistoryEventType.ACTIVITY_TIMED_OUT).findFirst()
        .orElseThrow();
    return Duration.between(started.timestamp(), timedOut.timestamp()).toSeconds();
  }

  @Test
  void waitsForAWorkerLongerThanTheTasksTimeoutAndHeartbeat() {
    RunningExecution running = sfn.load("Timed", TIMED).start("late", Json.parse("{}"));
    running.awaitTaskToken("Render", SOON);

    running.advanceClock(Duration.ofHours(1));

    assertThat(running.isDone()).isFalse();
    assertThat(running.events()).extracting(HistoryEvent::type)
        .doesNotContain(HistoryEventType.ACTIVITY_TIMED_OUT);
  }

  @Test
  void startsTheHeartbeatWhenALateWorkerTakesTheTask() {
    RunningExecution running = sfn.load("Timed", TIMED).start("silent", Json.parse("{}"));
    running.awaitTaskToken("Render", SOON);
    running.advanceClock(Duration.ofHours(1));
    sfn.pollActivityTask(ACTIVITY, "late-worker", SOON).orElseThrow();

    running.advanceClock(Duration.ofSeconds(9));
    assertThat(running.isDone()).isFalse();
    running.advanceClock(Duration.ofSeconds(2));
    Execution execution = running.await(SOON);

    assertThat(execution).failed().hasError("States.Timeout");
    assertThat(timedOutAfterStarted(execution)).isEqualTo(10);
  }

  @Test
  void startsTheTimeoutWhenALateWorkerTakesTheTask() {
    RunningExecution running = sfn.load("Timed", TIMED).start("beating", Json.parse("{}"));
    running.awaitTaskToken("Render", SOON);
    running.advanceClock(Duration.ofHours(1));
    String token = sfn.pollActivityTask(ACTIVITY, "late-worker", SOON).orElseThrow()
        .taskToken();

    for (int beat = 0; beat < 3; beat++) {
      running.advanceClock(Duration.ofSeconds(8));
      sfn.sendTaskHeartbeat(token);
    }
    running.advanceClock(Duration.ofSeconds(7));
    Execution execution = running.await(SOON);

    assertThat(execution).failed().hasError("States.Timeout");
    assertThat(timedOutAfterStarted(execution)).isEqualTo(30);
  }

  @Test
  void givesNothingWhenNoTaskCameInTime() {
    start();

    assertThat(sfn.pollActivityTask(ACTIVITY + "-other", Duration.ofMillis(200))).isEmpty();
  }
}
