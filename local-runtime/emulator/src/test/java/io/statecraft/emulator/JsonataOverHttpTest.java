package io.statecraft.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;

/** JSONata workflows created and run through the AWS SDK, as on AWS. */
@Timeout(30)
class JsonataOverHttpTest {

  static final String ROLE = "arn:aws:iam::123456789012:role/local";
  static final String TOTALS = """
      {"QueryLanguage": "JSONata", "StartAt": "Sum", "States": {
        "Sum": {"Type": "Pass", "Assign": {"count": "{% $count($states.input.items) %}"},
          "Output": {"total": "{% $sum($states.input.items.price) %}"}, "Next": "Check"},
        "Check": {"Type": "Choice", "Choices": [{"Condition": "{% $states.input.total > 100 %}",
          "Next": "Big", "Output": {"size": "big", "count": "{% $count %}"}}],
          "Default": "Small"},
        "Big": {"Type": "Succeed"},
        "Small": {"Type": "Fail", "Error": "Order.TooSmall",
          "Cause": "{% 'total ' & $string($states.input.total) %}"}}}""";

  @RegisterExtension
  static final EmulatorApi API = EmulatorApi.standard();

  @Test
  void startExecutionRunsAJsonataWorkflow() {
    String machine = API.sfn().createStateMachine(b -> b.name("totals").definition(TOTALS)
        .roleArn(ROLE)).stateMachineArn();

    String big = API.sfn().startExecution(b -> b.stateMachineArn(machine)
        .input("{\"items\": [{\"price\": 70}, {\"price\": 40}]}")).executionArn();
    String small = API.sfn().startExecution(b -> b.stateMachineArn(machine)
        .input("{\"items\": [{\"price\": 7}]}")).executionArn();
    DescribeExecutionResponse bigEnd = SfnClients.awaitEnd(API.sfn(), big);
    DescribeExecutionResponse smallEnd = SfnClients.awaitEnd(API.sfn(), small);

    assertThat(bigEnd.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(bigEnd.output()).isEqualTo("{\"size\":\"big\",\"count\":2}");
    assertThat(smallEnd.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(smallEnd.error()).isEqualTo("Order.TooSmall");
    assertThat(smallEnd.cause()).isEqualTo("total 7");
    List<HistoryEvent> events = API.sfn().getExecutionHistory(b -> b.executionArn(big)).events();
    assertThat(events.get(2).type()).isEqualTo(HistoryEventType.PASS_STATE_EXITED);
    assertThat(events.get(2).stateExitedEventDetails().assignedVariables())
        .containsEntry("count", "2");
  }

  @Test
  void startSyncExecutionReportsAQueryEvaluationError() {
    String machine = API.sfn().createStateMachine(b -> b.name("broken-express")
        .type(StateMachineType.EXPRESS).roleArn(ROLE).definition("""
            {"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": "Pass",
              "Output": "{% $states.input.missing %}", "End": true}}}""")).stateMachineArn();

    StartSyncExecutionResponse response = API.sfn().startSyncExecution(b -> b
        .stateMachineArn(machine).input("{}"));

    assertThat(response.status()).isEqualTo(SyncExecutionStatus.FAILED);
    assertThat(response.error()).isEqualTo("States.QueryEvaluationError");
    assertThat(response.cause()).isEqualTo("An error occurred while executing the state 'A'"
        + " (entered at the event id #2). The JSONata expression '$states.input.missing'"
        + " specified for the field 'Output' returned nothing (undefined).");
  }

  @Test
  void validateStateMachineDefinitionAcceptsJsonata() {
    assertThat(API.sfn().validateStateMachineDefinition(b -> b.definition(TOTALS)).resultAsString())
        .isEqualTo("OK");
  }
}
