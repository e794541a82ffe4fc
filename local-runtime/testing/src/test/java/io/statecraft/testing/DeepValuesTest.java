package io.statecraft.testing;

import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.local.Execution;
import io.statecraft.local.Json;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.history.HistoryEventType;
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

  @Test
  void aLoopThatWrapsItsDataOnceMoreEachTimeFailsAtThe501stLevel() {
    // GIVEN a loop whose Pass nests the data one level deeper each time round
    LocalStateMachine machine = LocalStepFunctions.newInstance().load("Wrap", """
        {"StartAt": "Wrap", "States": {
          "Wrap": {"Type": "Pass", "ResultPath": "$.inner", "Next": "Again?"},
          "Again?": {"Type": "Choice", "Choices": [{"Variable": "$.inner", "IsPresent": true,
            "Next": "Wrap"}], "Default": "Done"},
          "Done": {"Type": "Succeed"}}}""");
    // WHEN
    Execution execution = machine.run("{}");
    // THEN the Pass that made the 501st level fails, after 500 rounds
    assertThat(execution).failed().hasError("States.Runtime");
    assertThat(execution.cause()).endsWith("The state/task 'Wrap' returned a result nested more"
        + " than 500 levels deep, the most a JSON value may nest.");
    assertThat(execution.history().events().stream()
        .filter(event -> event.type() == HistoryEventType.PASS_STATE_EXITED).count())
        .isEqualTo(499);
  }

  @Test
  void aLongChainWhoseDepthOnlySeemsToGrowRuns() {
    // GIVEN 1,200 Pass states, each replacing $.last with an object one level deep: a bound
    // that adds a level per state passes 500 long before the data does
    StringBuilder states = new StringBuilder();
    for (int i = 0; i < 1_200; i++) {
      states.append(i == 0 ? "" : ",").append("\"P").append(i).append("\": {\"Type\": \"Pass\","
          + " \"Parameters\": {\"step\": ").append(i).append(", \"prev.$\": \"$.last.step\"},"
          + " \"ResultPath\": \"$.last\", ").append(i == 1_199 ? "\"End\": true}"
              : "\"Next\": \"P" + (i + 1) + "\"}");
    }
    LocalStateMachine machine = LocalStepFunctions.newInstance().load("Chain",
        "{\"StartAt\": \"P0\", \"States\": {" + states + "}}");
    // WHEN
    Execution execution = machine.run("{\"last\": {\"step\": -1}}");
    // THEN
    assertThat(execution).succeeded();
    assertThat(execution.output().get("last").get("step").asInt()).isEqualTo(1_199);
  }

  @Test
  void anOutputThatReadsTheContextObjectIsMeasured() {
    // GIVEN a loop whose output holds the execution input and its own input each time round
    LocalStateMachine machine = LocalStepFunctions.newInstance().load("Context", """
        {"StartAt": "Grow", "States": {
          "Grow": {"Type": "Pass", "Parameters": {"start.$": "$$.Execution.Input",
            "before.$": "$"}, "Next": "Again?"},
          "Again?": {"Type": "Choice", "Choices": [{"Variable": "$.before", "IsPresent": true,
            "Next": "Grow"}], "Default": "Done"},
          "Done": {"Type": "Succeed"}}}""");
    // WHEN
    Execution execution = machine.run(nested(3));
    // THEN
    assertThat(execution).failed().hasError("States.Runtime");
    assertThat(execution.cause()).endsWith("The state/task 'Grow' returned a result nested more"
        + " than 500 levels deep, the most a JSON value may nest.");
  }

  @Test
  void aParallelWhoseBranchOutputsPlacedInItsInputPass500LevelsFails() {
    // GIVEN branches that pass on an input nested 499 levels, their array placed under $.both
    LocalStateMachine machine = LocalStepFunctions.newInstance().load("Both", """
        {"StartAt": "Both", "States": {"Both": {"Type": "Parallel", "ResultPath": "$.both",
          "Branches": [
            {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}},
            {"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true}}}],
          "End": true}}}""");
    // WHEN the array alone is 500 levels deep, and placed into the input 501
    Execution alone = LocalStepFunctions.newInstance().load("Alone", """
        {"StartAt": "Both", "States": {"Both": {"Type": "Parallel",
          "Branches": [{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}],
          "End": true}}}""").run(nested(499));
    Execution placed = machine.run(Json.object().set("deep", nested(498)));
    // THEN
    assertThat(alone).succeeded();
    assertThat(placed).failed().hasError("States.Runtime");
    assertThat(placed.cause()).endsWith("The state/task 'Both' returned a result nested more"
        + " than 500 levels deep, the most a JSON value may nest.");
  }

  @Test
  void jsonParsedByAnIntrinsicFunctionIsMeasured() {
    // GIVEN a template whose field holds JSON text parsed by States.StringToJson, 500 levels
    // deep on its own, and so 501 inside the template's object
    LocalStateMachine machine = LocalStepFunctions.newInstance().load("Parse", """
        {"StartAt": "Parse", "States": {"Parse": {"Type": "Pass", "Parameters": {
          "count.$": "States.MathAdd($.n, 1)", "parsed.$": "States.StringToJson($.text)"},
          "End": true}}}""");
    // WHEN
    Execution execution = machine.run(Json.object().put("n", 1)
        .put("text", "[".repeat(500) + "]".repeat(500)));
    // THEN
    assertThat(execution).failed().hasError("States.Runtime");
    assertThat(execution.cause()).endsWith("The state/task 'Parse' returned a result nested more"
        + " than 500 levels deep, the most a JSON value may nest.");
  }
}
