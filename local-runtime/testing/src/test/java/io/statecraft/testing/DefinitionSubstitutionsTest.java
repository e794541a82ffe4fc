package io.statecraft.testing;

import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.asl.StateMachine;
import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.compiler.Asl;
import io.statecraft.local.Execution;
import io.statecraft.local.Json;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code ${...}} placeholders get values at load, as CloudFormation's substitutions give them. */
class DefinitionSubstitutionsTest {

  static final String ACTIVITY = "arn:aws:states:us-east-1:123456789012:activity:approve";
  static final String APPROVAL = """
      {"StartAt": "Wait a bit", "States": {
        "Wait a bit": {"Type": "Wait", "Seconds": "${PauseSeconds}", "Next": "Approve"},
        "Approve": {"Type": "Task", "Resource": "${ActivityArn}",
          "Parameters": {"table": "orders-${Stage}"}, "End": true}}}""";

  @Test
  void should_run_an_activity_whose_arn_is_a_placeholder() {
    try (LocalStepFunctions runtime = LocalStepFunctions.builder()
        .substitute("ActivityArn", ACTIVITY)
        .substitutions(Map.of("PauseSeconds", "3600", "Stage", "test"))
        .resource(ACTIVITY, (input, ctx) -> input).build()) {
      Execution execution = runtime.load("Approval", APPROVAL).run("{}");

      assertThat(execution).succeeded().hasOutput("{\"table\": \"orders-test\"}");
      assertThat(Duration.between(execution.startDate(), execution.stopDate()))
          .isEqualTo(Duration.ofHours(1));
    }
  }

  @Test
  void should_give_one_definition_loaded_into_several_runtimes_each_runtimes_values() {
    StateMachine definition = Asl.read(APPROVAL);
    for (String stage : List.of("test", "prod", "test")) {
      try (LocalStepFunctions runtime = LocalStepFunctions.builder()
          .substitute("ActivityArn", ACTIVITY)
          .substitutions(Map.of("PauseSeconds", "1", "Stage", stage))
          .resource(ACTIVITY, (input, ctx) -> input).build()) {
        assertThat(runtime.load("Approval", definition).run("{}")).succeeded()
            .hasOutput("{\"table\": \"orders-" + stage + "\"}");
        assertThatThrownBy(() -> LocalStepFunctions.newInstance().load("Approval", definition))
            .isInstanceOf(InvalidDefinitionException.class);
      }
    }
  }

  @Test
  void should_refuse_to_load_a_placeholder_without_a_value_naming_state_pointer_and_remedy() {
    try (LocalStepFunctions runtime = LocalStepFunctions.builder()
        .substitute("PauseSeconds", "1").substitute("Stage", "test").build()) {
      assertThatThrownBy(() -> runtime.load("Approval", APPROVAL))
          .isInstanceOf(InvalidDefinitionException.class)
          .hasMessageContaining("/States/Approve/Resource")
          .hasMessageContaining("placeholder ${ActivityArn} in state 'Approve' has no value")
          .hasMessageContaining("LocalStepFunctions.builder().substitute(\"ActivityArn\", value)")
          .hasMessageContaining("--substitute ActivityArn=VALUE");
    }
  }

  @Test
  void should_name_every_placeholder_left_without_a_value() {
    try (LocalStepFunctions runtime = LocalStepFunctions.newInstance()) {
      assertThatThrownBy(() -> runtime.load("Approval", APPROVAL))
          .isInstanceOfSatisfying(InvalidDefinitionException.class, e ->
              assertThat(e.diagnostics()).extracting(d -> d.pointer()).containsExactly(
                  "/States/Wait a bit/Seconds", "/States/Approve/Resource",
                  "/States/Approve/Parameters/table"));
    }
  }

  @Test
  void should_load_workflow_classes_with_constructor_arguments() {
    try (LocalStepFunctions runtime = LocalStepFunctions.builder()
        .substitute("ApprovalActivityArn", ACTIVITY).build()) {
      LocalStateMachine byClass = runtime.load(Orders.class, "orders-test");
      LocalStateMachine byInstance = runtime.load(new Orders("orders-prod"));

      assertThat(byClass.name()).isEqualTo("Orders");
      assertThat(byClass.definition().toString()).contains("save-orders-test");
      assertThat(byInstance.definition().toString()).contains("save-orders-prod");
    }
  }

  @Test
  void should_name_the_constructors_when_the_arguments_fit_none() {
    try (LocalStepFunctions runtime = LocalStepFunctions.newInstance()) {
      assertThatThrownBy(() -> runtime.load(Orders.class, 42))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("no public constructor of io.statecraft.testing.Orders takes (Integer);"
              + " it has Orders(String)");
    }
  }

  @Test
  void should_keep_a_dollar_brace_free_definition_as_it_was() {
    try (LocalStepFunctions runtime = LocalStepFunctions.newInstance()) {
      LocalStateMachine machine = runtime.load("Plain", """
          {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": {"a": "$"}, "End": true}}}""");

      assertThat(machine.run("{}")).succeeded().hasOutput(Json.parse("{\"a\": \"$\"}"));
    }
  }
}
