package io.statecraft.testing;

import io.statecraft.local.spi.EmbeddedRuntime;
import io.statecraft.local.Execution;
import io.statecraft.local.ExecutionClock;
import io.statecraft.local.ExecutionStatus;
import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.Json;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.RunningExecution;
import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Express executions: their ARN and the limit on how long they may run, on both clocks. */
@Timeout(20)
class ExpressExecutionTest {

  static final String WAIT_TEN_MINUTES = """
      {"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":600,"Next":"Id"},
        "Id":{"Type":"Pass","Parameters":{"id.$":"$$.Execution.Id"},"End":true}}}""";

  @Test
  void timesOutAnExpressExecutionAfterFiveVirtualMinutes() {
    EmbeddedRuntime embedded = TestHost.host().embed(LocalStepFunctions.builder());
    LocalStepFunctions runtime = embedded.runtime();
    LocalStateMachine machine = runtime.load("Slow", WAIT_TEN_MINUTES);

    Execution execution = embedded.startExpress(machine, "e-1", Json.parse("{}"), Map.of(),
        LocalStepFunctions.EXPRESS_DURATION_QUOTA).await(Duration.ofSeconds(5));

    assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    assertThat(execution.error()).isEqualTo("States.Timeout");
    assertThat(execution.stopDate()).isEqualTo(execution.startDate().plus(Duration.ofMinutes(5)));
    assertThat(execution.history().events()).extracting(event -> event.type().awsName())
        .containsExactly("ExecutionStarted", "WaitStateEntered", "ExecutionTimedOut");
  }

  @Test
  void appliesTheHistoryEventQuotaToStandardExecutionsOnly() {
    EmbeddedRuntime embedded = TestHost.host().embed(LocalStepFunctions.builder());
    // 13,000 passes through a Pass state: about 26,000 events, past AWS's 25,000.
    LocalStateMachine machine = embedded.runtime().load("Loop", """
        {"StartAt":"Init","States":{
          "Init":{"Type":"Pass","Result":{"n":0},"Next":"Count"},
          "Count":{"Type":"Pass","Parameters":{"n.$":"States.MathAdd($.n, 1)"},"Next":"Done?"},
          "Done?":{"Type":"Choice","Choices":[{"Variable":"$.n","NumericLessThan":13000,
            "Next":"Count"}],"Default":"End"},
          "End":{"Type":"Succeed"}}}""");

    Execution standard = machine.run("{}");
    Execution express = embedded.startExpress(machine, "e-5", Json.parse("{}"), Map.of(),
        LocalStepFunctions.EXPRESS_DURATION_QUOTA).await(Duration.ofSeconds(15));

    assertThat(standard.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(standard.error()).isEqualTo("States.Runtime");
    assertThat(standard.cause()).contains("maximum number of history events");
    assertThat(express).succeeded();
    assertThat(express.history().events().size())
        .isGreaterThan(LocalStepFunctions.HISTORY_EVENT_QUOTA);
  }

  @Test
  void namesAnExpressExecutionExpressMachineNameId() {
    EmbeddedRuntime embedded = TestHost.host().embed(LocalStepFunctions.builder());
    LocalStepFunctions runtime = embedded.runtime();
    LocalStateMachine machine = runtime.load("Quick", """
        {"StartAt":"Id","States":{"Id":{"Type":"Pass",
          "Parameters":{"id.$":"$$.Execution.Id","name.$":"$$.Execution.Name"},"End":true}}}""");

    RunningExecution running = embedded.startExpress(machine, "e-2", Json.parse("{}"), Map.of(),
        LocalStepFunctions.EXPRESS_DURATION_QUOTA);
    Execution execution = running.await(Duration.ofSeconds(5));

    assertThat(execution).succeeded();
    assertThat(running.arn()).matches(
        "arn:aws:states:us-east-1:123456789012:express:Quick:e-2:[0-9a-f-]{36}");
    assertThat(execution.output().get("id").asString()).isEqualTo(running.arn());
    assertThat(execution.output().get("name").asString()).isEqualTo("e-2");
  }

  @Test
  void givesAnExpressExecutionNoRedriveCountInItsContextObject() {
    EmbeddedRuntime embedded = TestHost.host().embed(LocalStepFunctions.builder());
    LocalStepFunctions runtime = embedded.runtime();
    LocalStateMachine machine = runtime.load("Context", """
        {"StartAt":"C","States":{"C":{"Type":"Pass","Parameters":{"e.$":"$$.Execution"},
          "End":true}}}""");

    Execution express = embedded.startExpress(machine, "e-4", Json.parse("{}"), Map.of(),
        LocalStepFunctions.EXPRESS_DURATION_QUOTA).await(Duration.ofSeconds(5));
    Execution standard = machine.run("{}");

    // AWS recorded it so (express/test_express_sync/test_query_runtime_memory): no redrive
    assertThat(express.output().get("e").propertyNames())
        .containsExactlyInAnyOrder("Id", "Input", "Name", "RoleArn", "StartTime");
    assertThat(standard.output().get("e").get("RedriveCount").asInt()).isZero();
  }

  @Test
  void endsTimedOutOnTheWallClockWhenATaskOutlastsTheLimit() {
    EmbeddedRuntime embedded = TestHost.host().embed(LocalStepFunctions.builder()
        .clock(ExecutionClock.system())
        .task("Slow", (input, ctx) -> {
          ctx.sleep(Duration.ofMinutes(1));
          return input;
        }));
    LocalStepFunctions runtime = embedded.runtime();
    LocalStateMachine machine = runtime.load("SlowTask", """
        {"StartAt":"Slow","States":{"Slow":{"Type":"Task",
          "Resource":"arn:aws:lambda:us-east-1:123456789012:function:slow","End":true}}}""");

    Execution execution = embedded.startExpress(machine, "e-3", Json.parse("{}"), Map.of(),
        Duration.ofMillis(300)).await(Duration.ofSeconds(10));

    assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    assertThat(execution.error()).isEqualTo("States.Timeout");
    assertThat(Duration.between(execution.startDate(), execution.stopDate()))
        .isBetween(Duration.ofMillis(300), Duration.ofSeconds(5));
    assertThat(execution.history().events()).extracting(event -> event.type().awsName()).containsExactly(
        "ExecutionStarted", "TaskStateEntered", "LambdaFunctionScheduled",
        "LambdaFunctionStarted", "ExecutionTimedOut");
  }

  @Test
  void timesOutAnUnansweredCallbackAtTimeoutSecondsOnTheWallClock() {
    EmbeddedRuntime embedded = TestHost.host().embed(LocalStepFunctions.builder()
        .clock(ExecutionClock.system())
        .resource("arn:aws:states:::sqs:sendMessage.waitForTaskToken",
            (input, ctx) -> Json.object()));
    LocalStepFunctions runtime = embedded.runtime();
    LocalStateMachine machine = runtime.load("Unanswered", """
        {"TimeoutSeconds":1,"StartAt":"Ask","States":{"Ask":{"Type":"Task",
          "Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          "Parameters":{"QueueUrl":"q","MessageBody.$":"$$.Task.Token"},"End":true}}}""");

    Execution execution = machine.start("s-1", Json.parse("{}")).await(Duration.ofSeconds(10));

    assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    assertThat(execution.error()).isEqualTo("States.Timeout");
    assertThat(execution.arn()).isEqualTo(
        "arn:aws:states:us-east-1:123456789012:execution:Unanswered:s-1");
    assertThat(execution.history().events()).extracting(event -> event.type().awsName()).endsWith(
        "TaskSubmitted", "ExecutionTimedOut");
  }
}
