package io.statecraft.testing;

import static io.statecraft.testing.SlowHandlers.SOON;
import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.local.Execution;
import io.statecraft.local.Json;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.RunningExecution;
import io.statecraft.local.WaitingState;
import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.task.TaskFailure;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * On the virtual clock, time skips by itself while a test waits on an execution (for its end or
 * a task token) and nothing but time can move it; it stands still while the test does not wait.
 */
@Timeout(10)
class TimeSkippingTest {

  static final Duration YEAR = Duration.ofDays(365);

  /** A Parallel: one branch waits a year then retries a flaky call; one waits for a token. */
  static final String YEAR_AND_TOKEN = """
      {"StartAt":"Both","States":{"Both":{"Type":"Parallel","End":true,"Branches":[
        {"StartAt":"Sleep a year","States":{
          "Sleep a year":{"Type":"Wait","Seconds":31536000,"Next":"Flaky"},
          "Flaky":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
            "Retry":[{"ErrorEquals":["Flaky.Down"],"IntervalSeconds":3600,"MaxAttempts":3,
              "BackoffRate":2}],"End":true}}},
        {"StartAt":"Approve","States":{"Approve":{"Type":"Task",
          "Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken","TimeoutSeconds":%d,
          "Parameters":{"QueueUrl":"q","MessageBody":{"token.$":"$$.Task.Token"}},
          "Catch":[{"ErrorEquals":["States.Timeout"],"ResultPath":null,"Next":"Expired"}],
          "End":true},
         "Expired":{"Type":"Pass","Result":"expired","End":true}}}]}}}""";

  private final AtomicInteger flakyCalls = new AtomicInteger();
  private final LocalStepFunctions runtime = LocalStepFunctions.builder()
      .task("Flaky", (input, ctx) -> {
        if (flakyCalls.incrementAndGet() < 3) {
          throw new TaskFailure("Flaky.Down", "try later");
        }
        return Json.parse("{\"done\":true}");
      })
      .resource("arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          (input, ctx) -> Json.parse("{\"MessageId\":\"m-1\"}"))
      .build();

  @Test
  void should_finish_a_one_year_wait_with_retries_while_the_test_awaits_the_result() {
    // GIVEN a token that times out after two years while the other branch sleeps a year
    LocalStateMachine machine = runtime.load("Yearly", YEAR_AND_TOKEN.formatted(2 * 31536000));
    long started = System.nanoTime();
    // WHEN
    Execution execution = machine.start("y-1", Json.object()).await(SOON);
    // THEN
    assertThat(execution).succeeded().hasRetried("Flaky", 2).visited("Expired");
    assertThat(Duration.between(execution.startDate(), execution.stopDate()))
        .isEqualTo(YEAR.multipliedBy(2));
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    assertThat(execution.taskCalls()).extracting(call -> call.stateName() + "#" + call.attempt()
            + "@" + Duration.between(execution.startDate(), call.time()))
        .containsExactly("Approve#1@PT0S", "Flaky#1@PT8760H", "Flaky#2@PT8761H",
            "Flaky#3@PT8763H");
  }

  @Test
  void should_reach_a_token_behind_a_wait_without_moving_the_clock() {
    LocalStateMachine machine = runtime.load("Later", """
        {"StartAt":"Both","States":{"Both":{"Type":"Parallel","End":true,"Branches":[
          {"StartAt":"First","States":{"First":{"Type":"Task","End":true,
            "Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
            "Parameters":{"QueueUrl":"q","MessageBody":{"token.$":"$$.Task.Token"}}}}},
          {"StartAt":"Cool off","States":{
            "Cool off":{"Type":"Wait","Seconds":86400,"Next":"Approve"},
            "Approve":{"Type":"Task","End":true,
              "Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
              "Parameters":{"QueueUrl":"q","MessageBody":{"token.$":"$$.Task.Token"}}}}}]}}}""");
    RunningExecution running = machine.start("l-1", Json.object());

    String approve = running.awaitTaskToken("Approve", SOON);
    runtime.sendTaskSuccess(approve, "{\"approved\":true}");
    runtime.sendTaskSuccess(running.awaitTaskToken("First", SOON), "{\"first\":true}");
    Execution execution = running.await(SOON);

    assertThat(execution).succeeded().hasOutput("[{\"first\":true},{\"approved\":true}]");
    HistoryEvent approveScheduled = execution.history().events().stream()
        .filter(event -> event.type().awsName().equals("TaskScheduled"))
        .reduce((first, second) -> second).orElseThrow();
    assertThat(Duration.between(execution.startDate(), approveScheduled.timestamp()))
        .isEqualTo(Duration.ofDays(1));
  }

  @Test
  void should_keep_time_still_while_the_test_steps_it_by_hand() {
    LocalStateMachine machine = runtime.load("Yearly", YEAR_AND_TOKEN.formatted(2 * 31536000));
    RunningExecution running = machine.start("y-2", Json.object());

    assertThat(running.waitingAt()).extracting(WaitingState::stateName, WaitingState::reason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Sleep a year", WaitingState.Reason.TIME),
            org.assertj.core.groups.Tuple.tuple("Approve", WaitingState.Reason.TASK_TOKEN));
    running.advanceClock(Duration.ofDays(365).plusHours(1));

    assertThat(running.waitingAt()).extracting(WaitingState::stateName, WaitingState::reason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Flaky", WaitingState.Reason.TIME),
            org.assertj.core.groups.Tuple.tuple("Approve", WaitingState.Reason.TASK_TOKEN));
    assertThat(running.isDone()).isFalse();
    assertThat(running.taskCalls()).extracting(call -> call.stateName() + "#" + call.attempt())
        .containsExactly("Approve#1", "Flaky#1", "Flaky#2");
  }

  @Test
  void should_hold_the_task_events_in_the_history_when_await_task_token_returns() {
    LocalStepFunctions plain = LocalStepFunctions.builder()
        .resource("arn:aws:states:::sqs:sendMessage.waitForTaskToken",
            (input, ctx) -> Json.parse("{\"MessageId\":\"m-1\"}"))
        .build();
    LocalStateMachine machine = plain.load("Approval", RunningExecutionTest.APPROVAL);
    for (int i = 0; i < 200; i++) {
      RunningExecution running = machine.start("race-" + i, Json.object());

      String token = running.awaitTaskToken("Approve", SOON);

      assertThat(running.events()).extracting(event -> event.type().awsName())
          .as("run %d", i)
          .containsSubsequence("TaskScheduled", "TaskStarted", "TaskSubmitted");
      plain.sendTaskSuccess(token, "{}");
      running.await(SOON);
    }
  }
}
