package io.statecraft.testing;

import io.statecraft.local.spi.EmbeddedRuntime;
import io.statecraft.local.task.ActivityTask;
import io.statecraft.local.Execution;
import io.statecraft.local.ExecutionClock;
import io.statecraft.local.ExecutionStatus;
import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.Json;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.RunningExecution;
import io.statecraft.local.task.TaskTokenException;
import static io.statecraft.testing.SlowHandlers.SOON;
import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Callbacks, activities and StopExecution in process, on the virtual clock. */
@Timeout(10)
class RunningExecutionTest {

  static final String APPROVAL = """
      {"StartAt":"Approve","States":{"Approve":{"Type":"Task",
        "Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
        "HeartbeatSeconds":60,"TimeoutSeconds":3600,
        "Parameters":{"QueueUrl":"q","MessageBody":{"token.$":"$$.Task.Token"}},
        "Catch":[{"ErrorEquals":["Approval.Rejected"],"Next":"Rejected"}],
        "End":true},
        "Rejected":{"Type":"Fail","Error":"Rejected"}}}""";

  @RegisterExtension
  static StatecraftExtension sfn = StatecraftExtension.with(runtime -> runtime
      .resource("arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          (input, ctx) -> Json.parse("{\"MessageId\":\"m-1\"}")));

  @Test
  void waitsForTheTaskTokenAndContinuesWithTheResultSent(LocalStepFunctions runtime) {
    RunningExecution running = runtime.load("Approval", APPROVAL).start("a-1",
        Json.parse("{\"order\":7}"));

    String token = running.awaitTaskToken("Approve", SOON);
    assertThat(running.isDone()).isFalse();
    runtime.sendTaskSuccess(token, "{\"approved\":true}");
    Execution execution = running.await(SOON);

    assertThat(execution).succeeded().hasOutput("{\"approved\":true}");
    assertThat(execution.history().events()).extracting(event -> event.type().awsName()).containsExactly(
        "ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSubmitted",
        "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded");
    assertThat(execution.history().events().get(4).details().get("output").asString())
        .isEqualTo("{\"MessageId\":\"m-1\"}");
    assertThat(execution.history().events().get(2).details().get("parameters").asString())
        .contains(token);
    assertThatThrownBy(() -> runtime.sendTaskSuccess(token, "{}"))
        .isInstanceOf(TaskTokenException.class)
        .extracting(e -> ((TaskTokenException) e).reason())
        .isEqualTo(TaskTokenException.Reason.TASK_TIMED_OUT);
  }

  @Test
  void routesSendTaskFailureThroughCatch(LocalStepFunctions runtime) {
    RunningExecution running = runtime.load("Approval", APPROVAL).start("a-2",
        Json.parse("{}"));

    runtime.sendTaskFailure(running.awaitTaskToken("Approve", SOON), "Approval.Rejected", "no");

    assertThat(running.await(SOON)).failed().hasError("Rejected");
  }

  @Test
  void failsWithHeartbeatTimeoutWhenTheVirtualClockPassesTheHeartbeat(
      LocalStepFunctions runtime) {
    RunningExecution running = runtime.load("Approval", APPROVAL).start("a-3",
        Json.parse("{}"));
    String token = running.awaitTaskToken("Approve", SOON);

    running.advanceClock(Duration.ofSeconds(59));
    runtime.sendTaskHeartbeat(token);
    running.advanceClock(Duration.ofSeconds(59));
    runtime.sendTaskHeartbeat(token);
    running.advanceClock(Duration.ofHours(2));
    Execution execution = running.await(SOON);

    assertThat(execution).failed().hasError("States.Timeout");
    assertThat(Duration.between(execution.startDate(), execution.stopDate()))
        .isEqualTo(Duration.ofSeconds(59 + 59 + 60));
  }

  @Test
  void failsWithTimeoutWhenTheVirtualClockPassesTimeoutSeconds(LocalStepFunctions runtime) {
    RunningExecution running = runtime.load("Slow", """
        {"StartAt":"Work","States":{"Work":{"Type":"Task","TimeoutSeconds":31536000,
          "Resource":"arn:aws:states:us-east-1:123456789012:activity:year","End":true}}}""")
        .start("year", Json.parse("{}"));
    // TimeoutSeconds of an activity task count from the moment a worker takes it.
    runtime.pollActivityTask("arn:aws:states:us-east-1:123456789012:activity:year", SOON)
        .orElseThrow();

    running.advanceClock(Duration.ofDays(366));
    Execution execution = running.await(SOON);

    assertThat(execution).failed().hasError("States.Timeout");
    assertThat(execution.history().events()).extracting(event -> event.type().awsName())
        .contains("ActivityScheduled", "ActivityTimedOut");
    assertThat(Duration.between(execution.startDate(), execution.stopDate()))
        .isEqualTo(Duration.ofDays(365));
  }

  @Test
  void handsAnActivityTaskToAWorkerAndRecordsItsName() {
    String activity = "arn:aws:states:us-east-1:123456789012:activity:square";
    EmbeddedRuntime embedded = TestHost.host().embed(LocalStepFunctions.builder());
    LocalStepFunctions runtime = embedded.runtime();
    RunningExecution running = runtime.load("Squares", """
        {"StartAt":"Square","States":{"Square":{"Type":"Task","Resource":"%s","End":true}}}"""
        .formatted(activity)).start("s-1", Json.parse("{\"n\":3}"));

    ActivityTask task = embedded.pollActivityTask(activity, "worker-1", SOON).orElseThrow();
    runtime.sendTaskSuccess(task.taskToken(), "{\"square\":9}");

    assertThat(task.input()).isEqualTo(Json.parse("{\"n\":3}"));
    Execution execution = running.await(SOON);
    assertThat(execution).succeeded().hasOutput("{\"square\":9}");
    assertThat(execution.history().events().get(3).toJson().toString())
        .contains("\"activityStartedEventDetails\":{\"workerName\":\"worker-1\"}");
  }

  @Test
  void failsWithStatesRuntimeBeforeSchedulingWhenTheActivityDoesNotExist() {
    String gone = "arn:aws:states:us-east-1:123456789012:activity:gone";
    LocalStepFunctions runtime = TestHost.host().activities(arn -> !arn.equals(gone))
        .embed(LocalStepFunctions.builder()).runtime();

    Execution execution = runtime.load("OnGone", """
        {"StartAt":"Work","States":{"Work":{"Type":"Task","Resource":"%s",
          "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Caught"}],"End":true},
         "Caught":{"Type":"Succeed"}}}""".formatted(gone)).run("{}");

    assertThat(execution).failed().hasError("States.Runtime").hasCause("An error occurred while"
        + " executing the state 'Work' (entered at the event id #2). The activity " + gone
        + " does not exist.");
    assertThat(execution.history().events()).extracting(event -> event.type().awsName())
        .containsExactly("ExecutionStarted", "TaskStateEntered", "ExecutionFailed");
  }

  @Test
  void answersAnEmptyPollWhenNoActivityTaskIsScheduled() {
    EmbeddedRuntime embedded = TestHost.host().embed(LocalStepFunctions.builder());
    assertThat(embedded.pollActivityTask("arn:aws:states:us-east-1:123456789012:activity:idle",
        null, Duration.ofMillis(20))).isEmpty();
  }

  @Test
  void aHandlerBoundToAnActivityPlaysItsWorker() {
    String activity = "arn:aws:states:us-east-1:123456789012:activity:square";
    LocalStepFunctions runtime = LocalStepFunctions.builder()
        .resource(activity, (input, ctx) -> Json.parse("{\"square\":" + input.get("n").asInt()
            * input.get("n").asInt() + "}"))
        .build();

    Execution execution = runtime.load("Squares", """
        {"StartAt":"Square","States":{"Square":{"Type":"Task","Resource":"%s","End":true}}}"""
        .formatted(activity)).run("{\"n\":4}");

    assertThat(execution).succeeded().hasOutput("{\"square\":16}");
    assertThat(execution.history().events()).extracting(event -> event.type().awsName())
        .containsExactly("ExecutionStarted", "TaskStateEntered", "ActivityScheduled",
            "ActivityStarted", "ActivitySucceeded", "TaskStateExited", "ExecutionSucceeded");
  }

  @Test
  void stopEndsTheExecutionAbortedWithTheGivenErrorAndCause(LocalStepFunctions runtime) {
    RunningExecution running = runtime.load("Approval", APPROVAL).start("a-4",
        Json.parse("{}"));
    String token = running.awaitTaskToken("Approve", SOON);

    running.stop("Operator.Cancelled", "changed my mind");
    Execution execution = running.await(SOON);

    assertThat(execution.status()).isEqualTo(ExecutionStatus.ABORTED);
    assertThat(execution.error()).isEqualTo("Operator.Cancelled");
    HistoryEvent last = execution.history().events().get(execution.history().size() - 1);
    assertThat(last.type().awsName()).isEqualTo("ExecutionAborted");
    assertThat(last.cause()).isEqualTo("changed my mind");
    assertThatThrownBy(() -> runtime.sendTaskSuccess(token, "{}"))
        .isInstanceOf(TaskTokenException.class);
  }

  @Test
  void stopInAWaitRecordsExecutionAbortedLinkedToNoEventAndNothingForTheWait() {
    LocalStepFunctions runtime = LocalStepFunctions.builder()
        .clock(ExecutionClock.system())
        .build();
    RunningExecution running = runtime.load("Waiting", """
        {"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":60,"End":true}}}""")
        .start("w-1", Json.parse("{}"));
    while (running.events().size() < 2) {
      Thread.onSpinWait();
    }

    running.stop(null, null);
    Execution execution = running.await(SOON);

    // as AWS recorded api/test_sfn_api/test_stop_execution
    assertThat(execution.status()).isEqualTo(ExecutionStatus.ABORTED);
    assertThat(execution.history().events()).extracting(event -> event.type().awsName())
        .containsExactly("ExecutionStarted", "WaitStateEntered", "ExecutionAborted");
    assertThat(execution.history().events().get(2).previousEventId()).isZero();
  }

  @Test
  void refusesATokenItNeverHandedOut(LocalStepFunctions runtime) {
    assertThatThrownBy(() -> runtime.sendTaskHeartbeat("not-a-token"))
        .isInstanceOf(TaskTokenException.class).hasMessage("Invalid token");
  }
}
