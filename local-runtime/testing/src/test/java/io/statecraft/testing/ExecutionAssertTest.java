package io.statecraft.testing;

import io.statecraft.local.Execution;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExecutionAssertTest {

  private final LocalStateMachine machine = LocalStepFunctions.newInstance().load("Flow", """
      {"StartAt": "Validate", "States": {
        "Validate": {"Type": "Pass", "Result": {"total": 41}, "ResultPath": "$.order",
          "Next": "Done"},
        "Done": {"Type": "Succeed"}}}""");

  @Test
  void should_pass_when_output_at_path_and_visits_match() {
    assertThat(machine.run("{}")).succeeded().hasOutputAt("$.order.total", 41)
        .visited("Validate", "Done").tookPath("Validate", "Done")
        .hasStateOutput("Validate", "{\"order\": {\"total\": 41}}");
  }

  @Test
  void should_show_path_and_first_difference_when_output_at_path_differs() {
    Execution execution = machine.run("{}");
    assertThatThrownBy(() -> assertThat(execution).hasOutputAt("$.order", java.util.Map.of(
        "total", 42)))
        .isInstanceOf(AssertionError.class)
        .hasMessage(String.join("\n", "",
            "Expecting execution execution-1",
            "  to have {\"total\":42} at $.order",
            "  but it has {\"total\":41}",
            "  first difference: /total: expected 42 but was 41",
            "path taken:",
            "  Validate -> Done"));
  }

  record Order(int total) {}

  record Wrapped(Order order) {}

  record Other(String id) {}

  @Test
  void should_pass_when_the_output_read_as_the_record_equals_it() {
    assertThat(machine.run("{}")).hasOutput(new Wrapped(new Order(41)));
  }

  @Test
  void should_show_the_record_read_when_the_output_differs() {
    Execution execution = machine.run("{}");
    assertThatThrownBy(() -> assertThat(execution).hasOutput(new Wrapped(new Order(42))))
        .isInstanceOf(AssertionError.class)
        .hasMessage(String.join("\n", "",
            "Expecting execution execution-1",
            "  to have output Wrapped[order=Order[total=42]]",
            "  but output was Wrapped[order=Order[total=41]]",
            "path taken:",
            "  Validate -> Done"));
  }

  @Test
  void should_name_the_field_when_the_output_does_not_fit_the_record() {
    Execution execution = machine.run("{}");
    assertThatThrownBy(() -> assertThat(execution).hasOutput(new Other("x")))
        .isInstanceOf(AssertionError.class)
        .hasMessage(String.join("\n", "",
            "Expecting execution execution-1",
            "  to have output Other[id=x]",
            "  but the output of execution execution-1 does not fit Other:",
            "    the object needs the field \"id\"",
            "path taken:",
            "  Validate -> Done"));
  }

  @Test
  void should_name_the_missing_state_when_visits_are_out_of_order() {
    Execution execution = machine.run("{}");
    assertThatThrownBy(() -> assertThat(execution).visited("Done", "Validate"))
        .hasMessageContaining("but 'Validate' was not entered after 'Done'")
        .hasMessageContaining("Validate -> Done");
  }

  @Test
  void should_show_how_it_ended_when_status_differs() {
    Execution execution = machine.run("{}");
    assertThatThrownBy(() -> assertThat(execution).failed())
        .hasMessageContaining("to have status FAILED")
        .hasMessageContaining("but it ended SUCCEEDED with output {\"order\":{\"total\":41}}");
  }
}
