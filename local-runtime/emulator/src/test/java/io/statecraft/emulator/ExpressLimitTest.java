package io.statecraft.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.local.Execution;
import io.statecraft.local.ExecutionStatus;
import io.statecraft.local.history.HistoryEvent;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;

/**
 * The Express limit (five minutes on AWS, {@link #LIMIT} here) ends an Express execution
 * TIMED_OUT, whether StartSyncExecution or StartExecution started it.
 */
@Timeout(30)
class ExpressLimitTest {

  static final Duration LIMIT = Duration.ofMillis(500);
  static final String WAIT_A_MINUTE = """
      {"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":60,"End":true}}}""";

  @RegisterExtension
  static final EmulatorApi API = EmulatorApi.with(b -> b.expressLimit(LIMIT));

  private static String express(String name) {
    return API.sfn().createStateMachine(b -> b.name(name).definition(WAIT_A_MINUTE)
        .roleArn(StepFunctionsEmulatorSdkTest.ROLE).type(StateMachineType.EXPRESS))
        .stateMachineArn();
  }

  @Test
  void startSyncExecutionAnswersTimedOutOnceTheLimitPasses() {
    String machine = express("sync-limit");

    StartSyncExecutionResponse result = API.sfn().startSyncExecution(b -> b
        .stateMachineArn(machine));

    assertThat(result.status()).isEqualTo(SyncExecutionStatus.TIMED_OUT);
    assertThat(result.error()).isEqualTo("States.Timeout");
    assertThat(result.output()).isNull();
    assertThat(Duration.between(result.startDate(), result.stopDate()))
        .isBetween(LIMIT.minusMillis(1), Duration.ofSeconds(10));
  }

  @Test
  void anExpressExecutionStartedWithStartExecutionTimesOutTheSameWay() {
    String machine = express("async-limit");

    String arn = API.sfn().startExecution(b -> b.stateMachineArn(machine).name("async-1"))
        .executionArn();
    Execution done = API.emulator().backend().express.get(arn)
        .running().await(Duration.ofSeconds(10));

    assertThat(arn).startsWith(
        "arn:aws:states:us-east-1:123456789012:express:async-limit:async-1:");
    assertThat(done.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    assertThat(done.error()).isEqualTo("States.Timeout");
    assertThat(Duration.between(done.startDate(), done.stopDate()))
        .isBetween(LIMIT.minusMillis(1), Duration.ofSeconds(10));
    assertThat(done.history().events()).extracting(event -> event.type().awsName())
        .containsExactly("ExecutionStarted", "WaitStateEntered", "ExecutionTimedOut");
    StartSyncExecutionResponse sync = API.sfn().startSyncExecution(b -> b.stateMachineArn(machine));
    assertThat(sync.statusAsString()).isEqualTo(done.status().name());
    assertThat(sync.error()).isEqualTo(done.error());
  }
}
