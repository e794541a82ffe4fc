package io.statecraft.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.SfnException;

/** Step Functions Local mock files, unchanged, selected by the {@code #TestCase} ARN suffix. */
@Timeout(30)
class MockConfigTest {

  static final String MOCKS = """
      {
        "StateMachines": {
          "OrderFlow": {
            "TestCases": {
              "HappyPath":      { "ChargeCard": "ChargeOk",        "Notify": "PublishOk" },
              "ThrottledTwice": { "ChargeCard": "ChargeThrottled", "Notify": "PublishOk" },
              "CardDeclined":   { "ChargeCard": "ChargeDeclined" },
              "RunsOut":        { "ChargeCard": "ChargeThrottledOnce" }
            }
          }
        },
        "MockedResponses": {
          "ChargeOk": {
            "0": { "Return": { "StatusCode": 200, "Payload": { "chargeId": "ch_1", "status": "PAID" } } }
          },
          "ChargeThrottled": {
            "0-1": { "Throw": { "Error": "Lambda.TooManyRequestsException", "Cause": "Rate exceeded" } },
            "2":   { "Return": { "StatusCode": 200, "Payload": { "chargeId": "ch_2", "status": "PAID" } } }
          },
          "ChargeThrottledOnce": {
            "0": { "Throw": { "Error": "Lambda.TooManyRequestsException", "Cause": "Rate exceeded" } }
          },
          "ChargeDeclined": {
            "0": { "Throw": { "Error": "CardDeclined", "Cause": "{\\"code\\":\\"insufficient_funds\\"}" } }
          },
          "PublishOk": {
            "0": { "Return": { "MessageId": "5f3c1a2e-0000-4000-8000-000000000001" } }
          }
        }
      }
      """;

  static final String ORDER_FLOW = """
      {"StartAt":"ChargeCard","States":{
        "ChargeCard":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
          "Parameters":{"FunctionName":"charge","Payload.$":"$"},
          "ResultSelector":{"charge.$":"$.Payload"},
          "Retry":[{"ErrorEquals":["Lambda.TooManyRequestsException"],"IntervalSeconds":1,"BackoffRate":1,"MaxAttempts":2}],
          "Catch":[{"ErrorEquals":["CardDeclined"],"ResultPath":"$.error","Next":"Declined"}],
          "Next":"Notify"},
        "Notify":{"Type":"Task","Resource":"arn:aws:states:::sns:publish",
          "Parameters":{"TopicArn":"arn:aws:sns:us-east-1:123456789012:orders","Message":"paid"},
          "ResultPath":null,"End":true},
        "Declined":{"Type":"Fail","Error":"Order.Declined"}}}""";

  @TempDir Path dir;

  /** The state machine OrderFlow, created on an emulator started from {@code emulator}. */
  private record OrderFlow(StepFunctionsEmulator emulator, SfnClient sfn, String arn)
      implements AutoCloseable {

    static OrderFlow on(StepFunctionsEmulator.Builder emulator, String definition) {
      StepFunctionsEmulator started = emulator.start();
      SfnClient sfn = SfnClients.of(started.endpoint());
      try {
        return new OrderFlow(started, sfn, sfn.createStateMachine(b -> b.name("OrderFlow")
            .definition(definition).roleArn("arn:aws:iam::123456789012:role/r"))
            .stateMachineArn());
      } catch (RuntimeException e) {
        sfn.close();
        started.close();
        throw e;
      }
    }

    /** Runs an execution of the ARN followed by {@code suffix} (#TestCaseName or nothing). */
    DescribeExecutionResponse run(String suffix) {
      String execution = sfn.startExecution(b -> b.stateMachineArn(arn + suffix).input("{}"))
          .executionArn();
      return SfnClients.awaitEnd(sfn, execution);
    }

    @Override
    public void close() {
      sfn.close();
      emulator.close();
    }
  }

  private Path mockFile() throws IOException {
    return Files.writeString(dir.resolve("MockConfigFile.json"), MOCKS);
  }

  @Test
  void answersTasksFromTheTestCaseNamedInTheArn() throws Exception {
    try (OrderFlow orders = OrderFlow.on(StepFunctionsEmulator.builder().mockConfig(mockFile()),
        ORDER_FLOW)) {
      DescribeExecutionResponse happy = orders.run("#HappyPath");
      DescribeExecutionResponse throttled = orders.run("#ThrottledTwice");
      DescribeExecutionResponse declined = orders.run("#CardDeclined");
      DescribeExecutionResponse runsOut = orders.run("#RunsOut");

      assertThat(happy.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(happy.output()).isEqualTo("{\"charge\":{\"chargeId\":\"ch_1\",\"status\":\"PAID\"}}");
      assertThat(throttled.output()).contains("ch_2");
      assertThat(declined.status()).isEqualTo(ExecutionStatus.FAILED);
      assertThat(declined.error()).isEqualTo("Order.Declined");
      assertThat(runsOut.status()).isEqualTo(ExecutionStatus.FAILED);
      assertThat(runsOut.error()).isEqualTo("States.Runtime");
      assertThat(runsOut.cause()).contains("'ChargeThrottledOnce'").contains("invocation 1");
      assertThatThrownBy(() -> orders.run("#NoSuchCase"))
          .isInstanceOf(SfnException.class)
          .hasMessageStartingWith("Test case 'NoSuchCase' of state machine 'OrderFlow' is not in"
              + " the mock configuration");
      assertThatThrownBy(() -> orders.run("#HapyPath"))
          .hasMessageStartingWith("Test case 'HapyPath' of state machine 'OrderFlow' is not in"
              + " the mock configuration; did you mean 'HappyPath'?");
    }
  }

  @Test
  void tellsAnHttpUserHowToAnswerAStateNothingAnswers() throws Exception {
    Path file = mockFile();
    try (OrderFlow orders = OrderFlow.on(StepFunctionsEmulator.builder().mockConfig(file),
        ORDER_FLOW)) {
      DescribeExecutionResponse noTestCase = orders.run("");

      assertThat(noTestCase.status()).isEqualTo(ExecutionStatus.FAILED);
      assertThat(noTestCase.error()).isEqualTo("Statecraft.UnboundTask");
      assertThat(noTestCase.cause()).isEqualTo("No task handler is bound to state 'ChargeCard'"
          + " or to its resource 'arn:aws:states:::lambda:invoke'. Use a test case of the"
          + " emulator's mock configuration " + file + ": a test case that maps 'ChargeCard' to"
          + " an entry of MockedResponses, and start the execution with the state machine's ARN"
          + " followed by #TestCaseName.");
      assertThat(noTestCase.cause()).doesNotContain("LocalStepFunctions");
    }
  }

  @Test
  void tellsAnHttpUserOfAnEmulatorWithoutMocksToStartItWithAMockFile() {
    try (OrderFlow orders = OrderFlow.on(StepFunctionsEmulator.builder(), ORDER_FLOW)) {
      assertThat(orders.run("").cause()).endsWith("Start the emulator with a Step Functions"
          + " Local mock configuration (statecraft serve --mock-config MockConfigFile.json)"
          + " holding a test case that maps 'ChargeCard' to an entry of MockedResponses, and"
          + " start the execution with the state machine's ARN followed by #TestCaseName.");
    }
  }

  @Test
  void substitutesPlaceholdersGivenAtStartupAndRefusesOnesWithoutAValue() throws Exception {
    String withPlaceholder = ORDER_FLOW.replace("arn:aws:sns:us-east-1:123456789012:orders",
        "${TopicArn}");
    try (OrderFlow orders = OrderFlow.on(StepFunctionsEmulator.builder().mockConfig(mockFile())
        .substitute("TopicArn", "arn:aws:sns:us-east-1:123456789012:orders"), withPlaceholder);
        StepFunctionsEmulator bare = StepFunctionsEmulator.builder().start();
        SfnClient bareSfn = SfnClients.of(bare.endpoint())) {
      assertThat(orders.run("#HappyPath").status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThatThrownBy(() -> bareSfn.createStateMachine(b -> b.name("OrderFlow")
          .definition(withPlaceholder).roleArn("arn:aws:iam::123456789012:role/r")))
          .isInstanceOf(SfnException.class)
          .hasMessageContaining("placeholder ${TopicArn} in state 'Notify' has no value");
    }
  }

  @Test
  void refusesAMockFileNamingTheFaultyPointer() throws Exception {
    Path file = Files.writeString(dir.resolve("bad.json"), """
        {"StateMachines":{"M":{"TestCases":{"T":{"S":"R"}}}},
         "MockedResponses":{"R":{"zero":{"Return":1}}}}""");

    assertThatThrownBy(() -> StepFunctionsEmulator.builder().mockConfig(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(file + " at /MockedResponses/R/zero: an invocation key is a number or a"
            + " range like \"1-2\", was \"zero\"");
  }
}
