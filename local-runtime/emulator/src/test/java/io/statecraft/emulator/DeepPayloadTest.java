package io.statecraft.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;
import software.amazon.awssdk.services.sfn.model.InvalidExecutionInputException;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;

/**
 * JSON nested past 500 levels, the most any JSON text here may nest, through the AWS SDK v2
 * client: an output that deep fails its execution with States.Runtime, a definition or input that
 * deep is refused in AWS's error shape; never an HTTP 500.
 */
class DeepPayloadTest {

  @RegisterExtension
  static final EmulatorApi API = EmulatorApi.standard();

  /** A Pass state that wraps its input in 60 more objects. */
  private static final String WRAP = "{\"StartAt\": \"Wrap\", \"States\": {\"Wrap\":"
      + " {\"Type\": \"Pass\", \"Parameters\": " + "{\"a\": ".repeat(60) + "{\"x.$\": \"$\"}"
      + "}".repeat(60) + ", \"End\": true}}}";

  private static String deepArray(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  @Test
  void anOutputNestedPast500LevelsFailsTheExecutionWithStatesRuntime() {
    // GIVEN
    String machine = API.sfn().createStateMachine(b -> b.name("wrap")
        .roleArn(StepFunctionsEmulatorSdkTest.ROLE).definition(WRAP)).stateMachineArn();
    // WHEN an input 450 levels deep goes in
    String execution = API.sfn().startExecution(b -> b.stateMachineArn(machine)
        .input(deepArray(450))).executionArn();
    DescribeExecutionResponse described = SfnClients.awaitEnd(API.sfn(), execution);
    // THEN
    assertThat(described.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(described.error()).isEqualTo("States.Runtime");
    assertThat(described.cause()).contains("The state/task 'Wrap' returned a result nested more"
        + " than 500 levels deep");
    assertThat(API.sfn().getExecutionHistory(b -> b.executionArn(execution)).events())
        .isNotEmpty();
  }

  @Test
  void aSyncExecutionWhoseOutputIsNestedPast500LevelsFailsWithStatesRuntime() {
    String machine = API.sfn().createStateMachine(b -> b.name("wrap-express")
        .type(StateMachineType.EXPRESS).roleArn(StepFunctionsEmulatorSdkTest.ROLE)
        .definition(WRAP)).stateMachineArn();
    var result = API.sfn().startSyncExecution(b -> b.stateMachineArn(machine)
        .input(deepArray(450)));
    assertThat(result.status()).isEqualTo(SyncExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.Runtime");
  }

  @Test
  void anInputNestedPast500LevelsIsInvalidExecutionInput() {
    String machine = API.sfn().createStateMachine(b -> b.name("pass")
        .roleArn(StepFunctionsEmulatorSdkTest.ROLE).definition(
            "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}"))
        .stateMachineArn();
    InvalidExecutionInputException refused = catchThrowableOfType(
        InvalidExecutionInputException.class,
        () -> API.sfn().startExecution(b -> b.stateMachineArn(machine).input(deepArray(600))));
    assertThat(refused).isNotNull();
    assertThat(refused.statusCode()).isEqualTo(400);
  }

  @Test
  void aDefinitionNestedPast500LevelsIsAnInvalidDefinition() {
    String definition = "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\","
        + " \"Result\": " + deepArray(600) + ", \"End\": true}}}";
    InvalidDefinitionException refused = catchThrowableOfType(InvalidDefinitionException.class,
        () -> API.sfn().createStateMachine(b -> b.name("deep")
            .roleArn(StepFunctionsEmulatorSdkTest.ROLE).definition(definition)));
    assertThat(refused).isNotNull();
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.getMessage()).contains("more than 500 levels deep");
  }
}
