package io.statecraft.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/**
 * An activity task's TimeoutSeconds and HeartbeatSeconds through the AWS SDK, on the wall clock:
 * both start when a worker takes the task with GetActivityTask (ActivityStarted), as AWS's
 * troubleshooting guide for activities says ("An activity task state doesn't start until you
 * poll a task token"), so a task waiting in the queue outlives them.
 */
@Timeout(30)
class ActivityTimersTest {

  @RegisterExtension
  static final EmulatorApi API = EmulatorApi.standard();

  private static final Duration LATE = Duration.ofMillis(2500);

  /** One activity task with a 2 s timeout and a 1 s heartbeat; returns the execution's ARN. */
  private static String start(String name, String activity) {
    String machine = API.sfn().createStateMachine(b -> b.name(name)
        .roleArn(StepFunctionsEmulatorSdkTest.ROLE).definition("""
            {"StartAt":"Work","States":{"Work":{"Type":"Task","Resource":"%s",
              "TimeoutSeconds":2,"HeartbeatSeconds":1,"End":true}}}""".formatted(activity)))
        .stateMachineArn();
    return API.sfn().startExecution(b -> b.stateMachineArn(machine)).executionArn();
  }

  private static List<HistoryEvent> events(String execution) {
    return API.sfn().getExecutionHistory(b -> b.executionArn(execution)).events();
  }

  private static Instant at(List<HistoryEvent> events, HistoryEventType type) {
    return events.stream().filter(event -> event.type() == type).findFirst().orElseThrow()
        .timestamp();
  }

  private static void sleep(Duration duration) throws InterruptedException {
    Thread.sleep(duration.toMillis());
  }

  @Test
  void aTaskWaitsForALateWorkerAndTimesOutAfterItsHeartbeatStops() throws Exception {
    String activity = API.sfn().createActivity(b -> b.name("late-silent")).activityArn();
    String execution = start("late-silent", activity);

    sleep(LATE);
    assertThat(API.sfn().describeExecution(b -> b.executionArn(execution)).status())
        .isEqualTo(ExecutionStatus.RUNNING);
    String token = API.sfn().getActivityTask(b -> b.activityArn(activity).workerName("late"))
        .taskToken();
    assertThat(token).isNotNull();
    DescribeExecutionResponse done = SfnClients.awaitEnd(API.sfn(), execution);

    assertThat(done.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(done.error()).isEqualTo("States.Timeout");
    List<HistoryEvent> events = events(execution);
    assertThat(events).extracting(HistoryEvent::type).containsSubsequence(
        HistoryEventType.ACTIVITY_SCHEDULED, HistoryEventType.ACTIVITY_STARTED,
        HistoryEventType.ACTIVITY_TIMED_OUT);
    // The heartbeat ran from the worker's poll, not from the scheduling 2.5 s before it.
    assertThat(Duration.between(at(events, HistoryEventType.ACTIVITY_STARTED),
        at(events, HistoryEventType.ACTIVITY_TIMED_OUT)))
        .isBetween(Duration.ofMillis(900), Duration.ofMillis(1900));
  }

  @Test
  void aLateWorkerThatKeepsBeatingMeetsTheTimeoutCountedFromItsPoll() throws Exception {
    String activity = API.sfn().createActivity(b -> b.name("late-beating")).activityArn();
    String execution = start("late-beating", activity);

    sleep(LATE);
    String token = API.sfn().getActivityTask(b -> b.activityArn(activity).workerName("late"))
        .taskToken();
    for (int beat = 0; beat < 3; beat++) {
      sleep(Duration.ofMillis(500));
      API.sfn().sendTaskHeartbeat(b -> b.taskToken(token));
    }
    DescribeExecutionResponse done = SfnClients.awaitEnd(API.sfn(), execution);

    assertThat(done.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(done.error()).isEqualTo("States.Timeout");
    List<HistoryEvent> events = events(execution);
    assertThat(Duration.between(at(events, HistoryEventType.ACTIVITY_STARTED),
        at(events, HistoryEventType.ACTIVITY_TIMED_OUT)))
        .isBetween(Duration.ofMillis(1900), Duration.ofMillis(2900));
  }
}
