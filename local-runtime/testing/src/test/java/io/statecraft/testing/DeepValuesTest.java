package io.statecraft.testing;

import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.local.Execution;
import io.statecraft.local.Json;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Values nested deeper than JSON text may be (500 levels) are refused where they arise, with a
 * States.Runtime error that names the state, or an IllegalArgumentException for an input given
 * in Java; never a stack overflow, and never an execution whose history cannot be written.
 */
class DeepValuesTest {

  /** {@code depth} arrays, one inside the other, built without recursion. */
  private static JsonNode nested(int depth) {
    ArrayNode outer = Json.array();
    ArrayNode current = outer;
    for (int i = 1; i < depth; i++) {
      current = current.addArray();
    }
    return outer;
  }

  @Test
  void aTaskResultNestedPast500LevelsFailsTheTaskWithStatesRuntime() {
    // GIVEN a handler that answers 600 levels deep
    LocalStepFunctions runtime = LocalStepFunctions.builder()
        .task("Deep", (input, context) -> nested(600))
        .build();
    LocalStateMachine machine = runtime.load("Deep", """
        {"StartAt": "Deep", "States": {"Deep": {"Type": "Task",
          "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}""");
    // WHEN
    Execution execution = machine.run("{}");
    // THEN
    assertThat(execution).failed().hasError("States.Runtime").hasCause("The state/task 'Deep'"
        + " returned a result nested more than 500 levels deep, the most a JSON value may nest.");
  }

  @Test
  void aVariableNestedPast500LevelsFailsTheStateWithStatesRuntime() {
    LocalStateMachine machine = LocalStepFunctions.newInstance().load("Assign", """
        {"StartAt": "Keep", "States": {"Keep": {"Type": "Pass",
          "Assign": {"kept": {"inner": {"input.$": "$"}}}, "End": true}}}""");
    Execution execution = machine.run(nested(499));
    assertThat(execution).failed().hasError("States.Runtime");
    assertThat(execution.cause()).contains("The variable 'kept' is nested more than 500 levels"
        + " deep");
  }

  @Test
  void anOutputOf500LevelsIsStillAValue() {
    LocalStateMachine machine = LocalStepFunctions.newInstance().load("Pass", """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}""");
    assertThat(machine.run(nested(500))).succeeded();
  }

  @Test
  void anInputGivenInJavaNestedFarPast500LevelsIsAnIllegalArgument() {
    LocalStateMachine machine = LocalStepFunctions.newInstance().load("Pass", """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}""");
    JsonNode deep = nested(100_000);
    assertThatThrownBy(() -> machine.run(deep)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("input nests arrays and objects more than 500 levels deep, the most a JSON"
            + " value may nest");
    assertThatThrownBy(() -> machine.run("[".repeat(600) + "]".repeat(600)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("input is not JSON: the JSON nests arrays and objects more than 500 levels"
            + " deep, the most Statecraft reads");
  }
}
