package io.statecraft.testing;

import static io.statecraft.testing.SlowHandlers.SOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.local.Json;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.RunningExecution;
import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.history.HistoryEventType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;

/**
 * When advanceClock returns, the execution has carried out everything due by the new time: a
 * test's next question never sees the clock before it moved.
 */
@Timeout(10)
class AdvanceClockTest {

  static final String ACTIVITY = "arn:aws:states:us-east-1:123456789012:activity:render";

  static final String RENDER = """
      {"StartAt": "Render", "States": {"Render": {"Type": "Task",
        "Resource": "%s",
        "HeartbeatSeconds": 120, "TimeoutSeconds": 3600, "End": true,
        "Retry": [{"ErrorEquals": ["States.Timeout"], "IntervalSeconds": 5,
          "MaxAttempts": 1}]}}}""".formatted(ACTIVITY);

  private static List<HistoryEventType> types(RunningExecution running) {
    return running.events().stream().map(HistoryEvent::type).toList();
  }

  // Repeated: before, advanceClock raced the execution's thread and usually won.
  @RepeatedTest(20)
  void hasRecordedTheTimeOutAndStartedTheRetryWhenItReturns() {
    LocalStepFunctions sfn = LocalStepFunctions.newInstance();
    RunningExecution running = sfn.load("Report", RENDER).start("r-1", Json.parse("{}"));
    // A worker takes the task and falls silent: its HeartbeatSeconds run from then on.
    String silent = sfn.pollActivityTask(ACTIVITY, "silent", SOON).orElseThrow().taskToken();

    running.advanceClock(Duration.ofMinutes(2).plusSeconds(10));

    assertThat(types(running)).containsSubsequence(HistoryEventType.ACTIVITY_SCHEDULED,
        HistoryEventType.ACTIVITY_STARTED, HistoryEventType.ACTIVITY_TIMED_OUT,
        HistoryEventType.ACTIVITY_SCHEDULED);
    assertThat(running.awaitTaskToken("Render", SOON)).isNotEqualTo(silent);
  }

  @RepeatedTest(5)
  void hasNotMovedPastTheNewTime() {
    LocalStepFunctions sfn = LocalStepFunctions.newInstance();
    RunningExecution running = sfn.load("Report", RENDER).start("r-2", Json.parse("{}"));
    sfn.pollActivityTask(ACTIVITY, "busy", SOON).orElseThrow();

    running.advanceClock(Duration.ofMinutes(1));

    assertThat(types(running)).doesNotContain(HistoryEventType.ACTIVITY_TIMED_OUT);
    assertThat(running.waitingAt()).singleElement()
        .satisfies(waiting -> assertThat(waiting.stateName()).isEqualTo("Render"));
  }
}
