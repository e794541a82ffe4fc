package io.statecraft.testing;

import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.local.Execution;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** AWS Step Functions Local mock files, unchanged, from Java. */
class MockedResponsesTest {

  static final Path MOCKS = resource("OrdersMockConfig.json");

  final LocalStepFunctions runtime = LocalStepFunctions.builder()
      .substitute("ApprovalActivityArn", "arn:aws:states:us-east-1:123456789012:activity:a")
      .build();
  final LocalStateMachine orders = runtime.load(new Orders("orders"));

  @AfterEach
  void close() {
    runtime.close();
  }

  static Path resource(String name) {
    try {
      return Path.of(MockedResponsesTest.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void should_answer_every_task_from_the_test_case_raw_as_step_functions_local_does() {
    Execution execution = orders.withMockedResponses(MOCKS, "HappyPath")
        .run("{\"items\": [1, 2, 3]}");

    assertThat(execution).succeeded()
        .hasOutputAt("$.charge.charged", true)
        .hasOutputAt("$.fulfilment[1].reserved[2].Payload", "reserved")
        .hasOutputAt("$.approval.approved", true);
  }

  @Test
  void should_count_invocations_afresh_for_each_execution() {
    LocalStateMachine mocked = orders.withMockedResponses(MOCKS, "HappyPath");

    assertThat(mocked.run("{\"items\": []}")).succeeded();
    assertThat(mocked.run("{\"items\": []}")).succeeded();
  }

  @Test
  void should_fail_the_task_with_the_mocked_error() {
    Execution execution = orders.withMockedResponses(MOCKS, "ThrottledThenPaid")
        .run("{\"items\": []}");

    assertThat(execution).failed().hasError("Lambda.TooManyRequestsException")
        .hasCause("Rate exceeded");
  }

  @Test
  void should_name_the_nearest_test_case_when_it_is_not_in_the_file() {
    assertThatThrownBy(() -> orders.withMockedResponses(MOCKS, "HapyPath"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Test case 'HapyPath' of state machine 'Orders' is not in the mock"
            + " configuration; did you mean 'HappyPath'?");
  }

  @Test
  void should_name_the_nearest_state_when_a_test_case_names_a_state_the_workflow_lacks() {
    assertThatThrownBy(() -> orders.withMockedResponses(MOCKS, "Misspelt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("test case 'Misspelt' of the mock configuration names state 'Charge crad',"
            + " which is not in Orders; did you mean 'Charge card'?");
  }

  @Test
  void should_name_the_state_machines_of_the_file_when_the_workflow_is_not_there() {
    LocalStateMachine other = runtime.load("Returns", """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}""");

    assertThatThrownBy(() -> other.withMockedResponses(MOCKS, "HappyPath"))
        .hasMessage("the mock configuration has no state machine 'Returns' under StateMachines;"
            + " it has 'Orders'");
  }
}
