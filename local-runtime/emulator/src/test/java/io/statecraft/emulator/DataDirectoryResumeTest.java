package io.statecraft.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Executions running when an emulator with a data directory stops go on when another starts on
 * the same directory: timers at their original times, task tokens and activity tasks as given
 * out before, their history continued; one that cannot go on ends FAILED saying why.
 */
@Timeout(60)
class DataDirectoryResumeTest {

  static final String ROLE = "arn:aws:iam::123456789012:role/local";

  @TempDir
  Path dir;

  private StepFunctionsEmulator emulator;
  private SfnClient sfn;

  private void serve() {
    emulator = StepFunctionsEmulator.builder().dataDir(dir).start();
    sfn = SfnClients.of(emulator.endpoint());
  }

  private void restart() {
    sfn.close();
    emulator.close();
    serve();
  }

  private String startOf(String name, String definition) {
    String machine = sfn.createStateMachine(b -> b.name(name).definition(definition)
        .roleArn(ROLE)).stateMachineArn();
    return sfn.startExecution(b -> b.stateMachineArn(machine).name("run").input("{\"n\":1}"))
        .executionArn();
  }

  private List<HistoryEvent> history(String arn) {
    return sfn.getExecutionHistory(b -> b.executionArn(arn).maxResults(1000)).events();
  }

  private HistoryEvent awaitEvent(String arn, HistoryEventType type) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      for (HistoryEvent event : history(arn)) {
        if (event.type() == type) {
          return event;
        }
      }
      sleep(10);
    }
    throw new AssertionError("no " + type + " in " + history(arn));
  }

  @Test
  void aWaitingExecutionEndsAtItsOriginalTimeAfterARestart() {
    serve();
    try {
      String arn = startOf("sleeper", """
          {"StartAt":"Sleep","States":{"Sleep":{"Type":"Wait","Seconds":3,"Next":"Done"},
           "Done":{"Type":"Pass","Result":{"woke":true},"End":true}}}""");
      HistoryEvent entered = awaitEvent(arn, HistoryEventType.WAIT_STATE_ENTERED);
      List<HistoryEvent> before = history(arn);
      restart();

      DescribeExecutionResponse running = sfn.describeExecution(b -> b.executionArn(arn));
      assertThat(running.status()).isEqualTo(ExecutionStatus.RUNNING);
      assertThat(history(arn)).startsWith(before.toArray(HistoryEvent[]::new));
      DescribeExecutionResponse done = SfnClients.awaitEnd(sfn, arn);

      assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(done.output()).isEqualTo("{\"woke\":true}");
      HistoryEvent exited = awaitEvent(arn, HistoryEventType.WAIT_STATE_EXITED);
      Instant due = entered.timestamp().plusSeconds(3);
      assertThat(exited.timestamp()).isBetween(due, due.plusMillis(1500));
      assertThat(history(arn).get(0)).isEqualTo(before.get(0));
    } finally {
      sfn.close();
      emulator.close();
    }
  }

  @Test
  void aCallbackTokenGivenBeforeARestartIsAcceptedAfterIt() {
    serve();
    try {
      String arn = startOf("approval", """
          {"StartAt":"Ask","States":{"Ask":{"Type":"Task",
           "Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
           "Parameters":{"QueueUrl":"https://sqs.us-east-1.amazonaws.com/123456789012/q",
             "MessageBody":{"token.$":"$$.Task.Token"}},"End":true}}}""");
      HistoryEvent scheduled = awaitEvent(arn, HistoryEventType.TASK_SCHEDULED);
      String token = JsonMapper.builder().build().readTree(
          scheduled.taskScheduledEventDetails().parameters())
          .path("MessageBody").path("token").asString();
      assertThat(token).isNotEmpty();
      restart();

      sfn.sendTaskSuccess(b -> b.taskToken(token).output("{\"approved\":true}"));
      DescribeExecutionResponse done = SfnClients.awaitEnd(sfn, arn);

      assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(done.output()).isEqualTo("{\"approved\":true}");
    } finally {
      sfn.close();
      emulator.close();
    }
  }

  @Test
  void anActivityTaskScheduledBeforeARestartCanBePolledAfterIt() {
    serve();
    try {
      String activity = sfn.createActivity(b -> b.name("review")).activityArn();
      String arn = startOf("reviewed", """
          {"StartAt":"Review","States":{"Review":{"Type":"Task","Resource":"%s","End":true}}}"""
          .formatted(activity));
      awaitEvent(arn, HistoryEventType.ACTIVITY_SCHEDULED);
      restart();

      GetActivityTaskResponse task = sfn.getActivityTask(b -> b.activityArn(activity)
          .workerName("after-restart"));
      assertThat(task.taskToken()).isNotEmpty();
      assertThat(task.input()).isEqualTo("{\"n\":1}");
      sfn.sendTaskSuccess(b -> b.taskToken(task.taskToken()).output("{\"ok\":1}"));
      DescribeExecutionResponse done = SfnClients.awaitEnd(sfn, arn);

      assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(done.output()).isEqualTo("{\"ok\":1}");
    } finally {
      sfn.close();
      emulator.close();
    }
  }

  @Test
  void anExecutionThatCannotGoOnIsShownFailedWithWhy() {
    serve();
    try {
      // A distributed Map whose Map Run had started cannot be resumed.
      String arn = startOf("fanout", """
          {"StartAt":"Make","States":{"Make":{"Type":"Pass","Result":[1,2],"Next":"Each"},
           "Each":{"Type":"Map",
           "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
             "StartAt":"Sleep","States":{"Sleep":{"Type":"Wait","Seconds":3600,"End":true}}},
           "End":true}}}""");
      awaitEvent(arn, HistoryEventType.MAP_RUN_STARTED);
      List<HistoryEvent> before = history(arn);
      restart();

      DescribeExecutionResponse described = sfn.describeExecution(b -> b.executionArn(arn));
      List<HistoryEvent> after = history(arn);

      assertThat(described.status()).isEqualTo(ExecutionStatus.FAILED);
      assertThat(described.error()).isEqualTo("States.Runtime");
      assertThat(described.cause()).startsWith("The emulator stopped while this execution was"
          + " running, and it could not be resumed: ").hasSizeGreaterThan(90);
      assertThat(after.subList(0, before.size())).isEqualTo(before);
      assertThat(after.get(after.size() - 1).type()).isEqualTo(HistoryEventType.EXECUTION_FAILED);
      assertThat(after.get(after.size() - 1).executionFailedEventDetails().cause())
          .isEqualTo(described.cause());
      // And so it stays, once more.
      restart();
      DescribeExecutionResponse again = sfn.describeExecution(b -> b.executionArn(arn));
      assertThat(List.of(again.status(), again.error(), again.cause(), again.stopDate()))
          .isEqualTo(List.of(described.status(), described.error(), described.cause(),
              described.stopDate()));
      assertThat(history(arn)).isEqualTo(after);
    } finally {
      sfn.close();
      emulator.close();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }
}
