package io.statecraft.testing;

import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.local.Execution;
import io.statecraft.local.Json;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.task.TaskFailure;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** JSONata-mode states as AWS runs them: every field, $states, variables and errors. */
@Timeout(30)
class JsonataStatesTest {

  private static Execution run(String definition, String input) {
    return LocalStepFunctions.builder()
        .resource("arn:aws:states:::lambda:invoke", (payload, ctx) ->
            Json.parse("{\"doubled\": " + payload.get("n").asInt() * 2 + "}"))
        .resource("arn:aws:states:::ecs:runTask", (payload, ctx) -> {
          throw new TaskFailure("Ecs.Boom", "no capacity");
        })
        .build().load("Flow", definition).run(input);
  }

  /** Runs the definition on the input and asserts it succeeded with the output. */
  private static void assertSucceedsWith(String definition, String input, String output) {
    assertThat(run(definition, input)).succeeded().hasOutput(output);
  }

  @Test
  void passOutputAndAssignSeeTheInputAndTheNextStateSeesTheVariables() {
    Execution execution = run("""
        {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
          "A": {"Type": "Pass", "Assign": {"total": "{% $states.input.price * 2 %}"},
            "Output": {"seen": "{% $exists($total) %}"}, "Next": "B"},
          "B": {"Type": "Pass", "Output": {"total": "{% $total %}", "before": "{% $states.input %}"},
            "End": true}}}""", "{\"price\": 21}");

    assertThat(execution).succeeded()
        .hasOutput("{\"total\": 42, \"before\": {\"seen\": false}}");
    HistoryEvent exited = execution.history().events().get(2);
    assertThat(exited.details().get("assignedVariables").get("total").asString()).isEqualTo("42");
  }

  @Test
  void taskArgumentsGoToTheHandlerAndOutputAndAssignSeeTheResult() {
    assertSucceedsWith("""
        {"QueryLanguage": "JSONata", "StartAt": "Call", "States": {
          "Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
            "Arguments": {"FunctionName": "double", "Payload": {"n": "{% $states.input.n %}"}},
            "Assign": {"last": "{% $states.result.Payload.doubled %}"},
            "Output": "{% $states.result.Payload %}", "Next": "Show"},
          "Show": {"Type": "Pass", "Output": {"result": "{% $states.input %}", "last": "{% $last %}"},
            "End": true}}}""", "{\"n\": 5}",
        "{\"result\": {\"doubled\": 10}, \"last\": 10}");
  }

  @Test
  void aTaskWithoutOutputGivesItsResult() {
    assertThat(run("""
        {"QueryLanguage": "JSONata", "StartAt": "Call", "States": {
          "Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
            "Arguments": {"Payload": {"n": 1}}, "End": true}}}""", "{}"))
        .succeeded().hasOutputAt("$.Payload.doubled", 2);
  }

  @Test
  void choiceTakesTheFirstTrueConditionWithItsOwnOutputAndAssign() {
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "Size", "States": {
          "Size": {"Type": "Choice", "Choices": [
              {"Condition": "{% $states.input.n > 10 %}", "Next": "Done",
               "Output": {"size": "big"}, "Assign": {"picked": "rule"}}],
            "Default": "Done", "Output": {"size": "small"}, "Assign": {"picked": "default"}},
          "Done": {"Type": "Pass", "Output": {"size": "{% $states.input.size %}",
            "picked": "{% $picked %}"}, "End": true}}}""";

    assertThat(run(definition, "{\"n\": 11}")).succeeded()
        .hasOutput("{\"size\": \"big\", \"picked\": \"rule\"}");
    assertThat(run(definition, "{\"n\": 1}")).succeeded()
        .hasOutput("{\"size\": \"small\", \"picked\": \"default\"}");
  }

  @Test
  void aConditionThatIsNotBooleanFailsWithAwsCause() {
    Execution execution = run("""
        {"QueryLanguage": "JSONata", "StartAt": "C", "States": {
          "C": {"Type": "Choice", "Choices": [{"Condition": "{% $states.input.n %}",
            "Next": "D"}], "Default": "D"},
          "D": {"Type": "Succeed"}}}""", "{\"n\": 3}");

    assertThat(execution).failed().hasError("States.QueryEvaluationError").hasCause(
        "An error occurred while executing the state 'C' (entered at the event id #2). The"
            + " JSONata expression '$states.input.n' specified for the field"
            + " 'Choices[0]/Condition' returned an unexpected result type. Expected 'boolean',"
            + " but was 'number' for value: 3");
  }

  @Test
  void waitSecondsAndTimestampMayBeExpressions() {
    Execution seconds = run("""
        {"QueryLanguage": "JSONata", "StartAt": "W", "States": {
          "W": {"Type": "Wait", "Seconds": "{% $states.input.s %}", "End": true}}}""",
        "{\"s\": 90}");
    Execution timestamp = run("""
        {"QueryLanguage": "JSONata", "StartAt": "W", "States": {
          "W": {"Type": "Wait", "Timestamp": "{% $states.input.t %}", "End": true}}}""",
        "{\"t\": \"2024-01-01T01:00:00Z\"}");

    assertThat(Duration.between(seconds.startDate(), seconds.stopDate()))
        .isEqualTo(Duration.ofSeconds(90));
    assertThat(Duration.between(timestamp.startDate(), timestamp.stopDate()))
        .isEqualTo(Duration.ofHours(1));
  }

  @Test
  void aTimestampThatIsNotIsoFailsLinkedToTheWait() {
    Execution execution = run("""
        {"QueryLanguage": "JSONata", "StartAt": "W", "States": {
          "W": {"Type": "Wait", "Timestamp": "{% 'tomorrow' %}", "End": true}}}""", "{}");

    assertThat(execution).failed().hasError("States.QueryEvaluationError").hasCause(
        "An error occurred while executing the state 'W' (entered at the event id #2). The"
            + " Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format"
            + " string: tomorrow");
    HistoryEvent failed = execution.history().events().get(2);
    assertThat(failed.type()).isEqualTo(HistoryEventType.EVALUATION_FAILED);
    assertThat(failed.previousEventId()).isEqualTo(2);
    assertThat(failed.details().get("location").asString()).isEqualTo("Timestamp");
  }

  @Test
  void failErrorAndCauseMayBeExpressions() {
    Execution execution = run("""
        {"QueryLanguage": "JSONata", "StartAt": "F", "States": {
          "F": {"Type": "Fail", "Error": "{% 'Order.' & $states.input.code %}",
            "Cause": "{% 'order ' & $string($states.input.id) & ' refused' %}"}}}""",
        "{\"code\": \"Refused\", \"id\": 7}");

    assertThat(execution).failed().hasError("Order.Refused").hasCause("order 7 refused");
  }

  @Test
  void mapIteratesItemsWithItsItemSelectorAndContext() {
    assertSucceedsWith("""
        {"QueryLanguage": "JSONata", "StartAt": "M", "States": {
          "M": {"Type": "Map", "Items": "{% $states.input.xs %}",
            "MaxConcurrency": "{% $count($states.input.xs) %}",
            "ItemSelector": {"value": "{% $states.context.Map.Item.Value %}",
              "index": "{% $states.context.Map.Item.Index %}", "tag": "{% $states.input.tag %}"},
            "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass",
              "Output": "{% $states.input.tag & $string($states.input.index) & '=' & $string($states.input.value) %}",
              "End": true}}},
            "Output": {"all": "{% $states.result %}"}, "End": true}}}""",
        "{\"xs\": [10, 20], \"tag\": \"#\"}",
        "{\"all\": [\"#0=10\", \"#1=20\"]}");
  }

  @Test
  void mapItemsThatAreNotAnArrayFailTheMapAsAwsDoes() {
    Execution execution = run("""
        {"QueryLanguage": "JSONata", "StartAt": "M", "States": {
          "M": {"Type": "Map", "Items": "{% {'a': 1} %}", "ItemProcessor": {"StartAt": "P",
            "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}}}""", "{}");

    assertThat(execution).failed().hasError("States.QueryEvaluationError").hasCause(
        "An error occurred while executing the state 'M' (entered at the event id #2). The"
            + " JSONata expression '{'a': 1}' specified for the field 'Items' returned an"
            + " unexpected result type. Expected 'array', but was 'object' for value: {\"a\":1}");
    assertThat(execution.history().events()).extracting(event -> event.type().awsName())
        .containsExactly("ExecutionStarted", "MapStateEntered", "EvaluationFailed",
            "MapStateFailed", "ExecutionFailed");
  }

  @Test
  void parallelBranchesGetTheArgumentsAndReadButDoNotLeakVariables() {
    assertSucceedsWith("""
        {"QueryLanguage": "JSONata", "StartAt": "Init", "States": {
          "Init": {"Type": "Pass", "Assign": {"base": 100}, "Next": "P"},
          "P": {"Type": "Parallel", "Arguments": {"k": "{% $states.input.k %}"},
            "Branches": [
              {"StartAt": "A", "States": {"A": {"Type": "Pass", "Assign": {"inner": 1},
                "Output": "{% $base + $states.input.k %}", "End": true}}},
              {"StartAt": "B", "States": {"B": {"Type": "Pass",
                "Output": "{% $base * $states.input.k %}", "End": true}}}],
            "Output": {"sums": "{% $states.result %}", "inner": "{% $exists($inner) %}"},
            "End": true}}}""", "{\"k\": 3}",
        "{\"sums\": [103, 300], \"inner\": false}");
  }

  @Test
  void aFailedExpressionIsAQueryEvaluationErrorThatCatchSees() {
    Execution execution = run("""
        {"QueryLanguage": "JSONata", "StartAt": "Call", "States": {
          "Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
            "Arguments": {"Payload": {"n": 1}}, "Output": "{% $nope.field %}",
            "Catch": [{"ErrorEquals": ["States.QueryEvaluationError"], "Next": "Handled",
              "Assign": {"why": "{% $states.errorOutput.Error %}"},
              "Output": {"error": "{% $states.errorOutput.Error %}"}}],
            "End": true},
          "Handled": {"Type": "Pass", "Output": {"error": "{% $states.input.error %}",
            "why": "{% $why %}"}, "End": true}}}""", "{}");

    assertThat(execution).succeeded().hasOutput("{\"error\": \"States.QueryEvaluationError\","
        + " \"why\": \"States.QueryEvaluationError\"}");
    assertThat(execution.history().events()).extracting(event -> event.type().awsName())
        .contains("EvaluationFailed");
  }

  @Test
  void aTaskFailureReachesTheCatcherAsErrorOutput() {
    assertSucceedsWith("""
        {"QueryLanguage": "JSONata", "StartAt": "Run", "States": {
          "Run": {"Type": "Task", "Resource": "arn:aws:states:::ecs:runTask",
            "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Handled"}], "End": true},
          "Handled": {"Type": "Succeed"}}}""", "{}",
        "{\"Error\": \"Ecs.Boom\", \"Cause\": \"no capacity\"}");
  }

  @Test
  void anUndefinedValueFailsTheStateNamingTheField() {
    Execution execution = run("""
        {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
          "A": {"Type": "Pass", "Output": {"list": [1, "{% $missing %}"]}, "End": true}}}""",
        "{}");

    assertThat(execution).failed().hasError("States.QueryEvaluationError").hasCause(
        "An error occurred while executing the state 'A' (entered at the event id #2). The"
            + " JSONata expression '$missing' specified for the field 'Output/list[1]' returned"
            + " nothing (undefined).");
  }

  @Test
  void jsonPathAndJsonataStatesShareDataAndVariables() {
    assertSucceedsWith("""
        {"StartAt": "Path", "States": {
          "Path": {"Type": "Pass", "Parameters": {"n.$": "$.n"}, "Assign": {"seen.$": "$.n"},
            "Next": "Ata"},
          "Ata": {"Type": "Pass", "QueryLanguage": "JSONata",
            "Output": {"n": "{% $states.input.n %}", "seen": "{% $seen %}"},
            "Assign": {"again": "{% $seen + 1 %}"}, "Next": "Back"},
          "Back": {"Type": "Pass", "Parameters": {"again.$": "$again", "n.$": "$.n"},
            "End": true}}}""", "{\"n\": 4}",
        "{\"again\": 5, \"n\": 4}");
  }

  @Test
  void randomNumbersAndUuidsRepeatWithTheSeed() {
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "R", "States": {"R": {"Type": "Pass",
          "Output": {"r": "{% $random() %}", "u": "{% $uuid() %}", "s": "{% $random(42) %}"},
          "End": true}}}""";

    Execution first = run(definition, "{}");
    Execution second = run(definition, "{}");

    assertThat(first.output()).isEqualTo(second.output());
    assertThat(first.output().get("s").asDouble()).isEqualTo(0.7275636800328681);
  }

  @Test
  void aRunawayExpressionFailsTheStateInsteadOfHanging() {
    Execution execution = run("""
        {"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": "Pass",
          "Output": "{% ($f := function($n) { $f($n + 1) }; $f(0)) %}", "End": true}}}""", "{}");

    assertThat(execution).failed().hasError("States.QueryEvaluationError");
    assertThat(execution.cause()).contains("threw an error during evaluation");
  }

  @Test
  void anExpressionAwsWouldRefuseFailsTheLoadWithItsPointer() {
    LocalStepFunctions runtime = LocalStepFunctions.newInstance();

    assertThatThrownBy(() -> runtime.load("Bad", """
        {"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": "Pass",
          "Output": {"x": "{% $states.input.a ?? 1 %}"}, "End": true}}}"""))
        .isInstanceOf(InvalidDefinitionException.class)
        .satisfies(e -> assertThat(((InvalidDefinitionException) e).diagnostics().get(0).pointer())
            .isEqualTo("/States/A/Output/x"));
  }
}
