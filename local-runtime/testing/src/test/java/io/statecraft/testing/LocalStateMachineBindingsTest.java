package io.statecraft.testing;

import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.local.Execution;
import io.statecraft.local.Json;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.task.TaskFailure;
import io.statecraft.local.task.TaskHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Handlers bound on one workflow handle, checked against the workflow's states. */
class LocalStateMachineBindingsTest {

  static final String ACTIVITY = "arn:aws:states:us-east-1:123456789012:activity:approve";
  static final TaskHandler ECHO = (input, ctx) -> Json.parse("{\"charged\": true}");

  final LocalStepFunctions runtime = LocalStepFunctions.builder()
      .substitute("ApprovalActivityArn", ACTIVITY).build();
  final LocalStateMachine orders = runtime.load(new Orders("orders-test"));

  @AfterEach
  void close() {
    runtime.close();
  }

  private LocalStateMachine everyTaskAnswered() {
    return orders.withResource("arn:aws:states:::lambda:invoke", ECHO)
        .withTask("Approve", (input, ctx) -> Json.parse("{\"approved\": true}"));
  }

  private static TaskHandler failing(String error) {
    return (input, ctx) -> {
      throw new TaskFailure(error, "no");
    };
  }

  @Test
  void should_run_the_workflow_with_its_own_handlers() {
    Execution execution = everyTaskAnswered().run("{\"items\": [1, 2]}");

    assertThat(execution).succeeded().visited("Charge card", "Fulfil", "Approve", "Done");
    assertThat(execution).hasOutputAt("$.approval.approved", true);
  }

  @Test
  void should_prefer_a_state_name_binding_of_the_workflow_to_its_resource_binding() {
    assertThat(everyTaskAnswered().withTask("Charge card", failing("Card.Declined"))
        .run("{\"items\": []}")).failed().hasError("Card.Declined");
  }

  @Test
  void should_prefer_the_workflow_handler_to_the_runtime_handler() {
    try (LocalStepFunctions withRuntimeHandler = LocalStepFunctions.builder()
        .substitute("ApprovalActivityArn", ACTIVITY)
        .task("Charge card", (input, ctx) -> { throw new TaskFailure("Runtime.Handler", "x"); })
        .resource("arn:aws:states:::lambda:invoke", ECHO)
        .task("Approve", (input, ctx) -> Json.object())
        .build()) {
      LocalStateMachine machine = withRuntimeHandler.load(Orders.class, "t");

      assertThat(machine.run("{\"items\": []}")).failed().hasError("Runtime.Handler");
      assertThat(machine.withTask("Charge card", ECHO).run("{\"items\": []}")).succeeded();
    }
  }

  @Test
  void should_bind_a_handler_by_the_dsl_state_object() {
    Execution execution = everyTaskAnswered()
        .withTask(Orders.CHARGE, (input, ctx) -> Json.parse("{\"charged\": \"by object\"}"))
        .run("{\"items\": []}");

    assertThat(execution).succeeded().hasOutputAt("$.charge.charged", "by object");
  }

  @Test
  void should_leave_the_original_handle_unchanged_when_a_binding_is_added() {
    LocalStateMachine declined = everyTaskAnswered()
        .withTask("Charge card", failing("Card.Declined"));

    assertThat(declined.run("{\"items\": []}")).failed();
    assertThat(everyTaskAnswered().run("{\"items\": []}")).succeeded();
    assertThat(orders.run("{\"items\": []}")).failed().hasError("Statecraft.UnboundTask");
  }

  @Test
  void should_name_the_nearest_state_when_a_state_name_matches_nothing() {
    assertThatThrownBy(() -> orders.withTask("Charge crad", ECHO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no state 'Charge crad' in Orders; did you mean 'Charge card'?");
  }

  @Test
  void should_list_the_task_states_when_no_name_is_near() {
    assertThatThrownBy(() -> orders.withTask("Refund", ECHO))
        .hasMessage("no state 'Refund' in Orders; its Task states are 'Approve', 'Charge card',"
            + " 'Reserve item', 'Save order'");
  }

  @Test
  void should_count_states_in_parallel_branches_and_map_processors() {
    assertThat(everyTaskAnswered().withTask("Reserve item", failing("Stock.Out"))
        .run("{\"items\": [1]}")).failed().hasError("Stock.Out");
    assertThat(orders.withTask("Save order", ECHO)).isNotNull();
  }

  @Test
  void should_refuse_a_handler_for_a_state_that_is_not_a_task() {
    assertThatThrownBy(() -> orders.withTask("Done", ECHO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("state 'Done' of Orders is a Succeed state; handlers answer Task"
            + " states: 'Approve'");
  }

  @Test
  void should_name_the_nearest_resource_when_a_resource_matches_nothing() {
    assertThatThrownBy(() -> orders.withResource(
        "arn:aws:states:us-east-1:123456789012:activity:aprove", ECHO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no Task state of Orders calls"
            + " 'arn:aws:states:us-east-1:123456789012:activity:aprove'; did you mean '"
            + ACTIVITY + "'?");
  }

  @Test
  void should_accept_a_resource_pattern_that_matches_a_task() {
    Execution execution = everyTaskAnswered()
        .withResource("arn:aws:states:*:activity:*", (input, ctx) -> Json.parse("{\"ok\": 1}"))
        .run("{\"items\": []}");

    assertThat(execution).succeeded();
    assertThatThrownBy(() -> orders.withResource("arn:aws:sqs:*", ECHO))
        .hasMessageStartingWith("no Task state of Orders calls 'arn:aws:sqs:*'");
  }

  @Test
  void should_refuse_a_chain_of_states_as_the_state_object() {
    assertThatThrownBy(() -> orders.withTask(Orders.CHARGE.next(
        io.statecraft.dsl.Steps.succeed("End")), ECHO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("state must be one state, was a chain of 2 states");
  }
}
