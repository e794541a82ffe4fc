package io.statecraft.testing;

import static io.statecraft.testing.SlowHandlers.answeringAfter;
import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.local.Execution;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.task.TaskHandler;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A task whose handler runs past TimeoutSeconds or HeartbeatSeconds times out when the time runs
 * out, as on AWS, not when the handler returns; its late answer is discarded.
 */
class TaskDeadlineTest {

  private static Execution run(String timeouts, TaskHandler handler) {
    return LocalStepFunctions.builder().task("Charge", handler).build().load("Pay", """
        {"StartAt": "Charge", "States": {"Charge": {"Type": "Task",
          "Resource": "arn:aws:states:::aws-sdk:s3:getObject", "End": true, %s,
          "Retry": [{"ErrorEquals": ["States.Timeout"], "IntervalSeconds": 5,
            "MaxAttempts": 2, "BackoffRate": 2}]}}}""".formatted(timeouts))
        .run("{}");
  }

  /** Seconds after the execution started of each event of {@code type}. */
  private static List<Long> secondsOf(Execution execution, HistoryEventType type) {
    return execution.history().events().stream().filter(event -> event.type() == type)
        .map(HistoryEvent::timestamp)
        .map(at -> Duration.between(execution.startDate(), at).toSeconds()).toList();
  }

  @Test
  void timesTheTaskOutWhenTimeoutSecondsPassWhileTheHandlerStillRuns() {
    Execution execution = run("\"TimeoutSeconds\": 30",
        answeringAfter("{\"late\": true}", Duration.ofMinutes(1)));

    assertThat(execution).failed().hasError("States.Timeout").hasRetried("Charge", 2);
    assertThat(secondsOf(execution, HistoryEventType.TASK_TIMED_OUT)).containsExactly(30L, 65L,
        105L);
    assertThat(secondsOf(execution, HistoryEventType.TASK_SCHEDULED)).containsExactly(0L, 35L,
        75L);
    assertThat(execution.stopDate()).isEqualTo(execution.startDate().plusSeconds(105));
  }

  @Test
  void timesTheTaskOutWhenAHeartbeatIsMissedEvenIfOneCameLater() {
    Execution execution = run("\"TimeoutSeconds\": 300, \"HeartbeatSeconds\": 20",
        answeringAfter("{}", Duration.ofSeconds(10), Duration.ofSeconds(40),
            Duration.ofSeconds(5)));

    assertThat(execution).failed().hasError("States.Timeout");
    assertThat(secondsOf(execution, HistoryEventType.TASK_TIMED_OUT)).containsExactly(30L, 65L,
        105L);
    assertThat(execution.history().events()).filteredOn(
        event -> event.type() == HistoryEventType.TASK_TIMED_OUT)
        .allSatisfy(event -> assertThat(event.cause()).isNull());
  }

  @Test
  void answersWhenTheHandlerReturnsWithinItsTime() {
    Execution execution = run("\"TimeoutSeconds\": 30, \"HeartbeatSeconds\": 20",
        answeringAfter("{\"ok\": true}", Duration.ofSeconds(15), Duration.ofSeconds(14)));

    assertThat(execution).succeeded().hasOutput("{\"ok\": true}").hasRetried("Charge", 0);
    assertThat(execution.stopDate()).isEqualTo(execution.startDate().plusSeconds(29));
  }
}
