package io.statecraft.testing;

import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.local.Execution;
import io.statecraft.local.Json;
import io.statecraft.local.LocalStepFunctions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Variables in JSONPath states, and the path corners AWS's recordings pin down. */
class VariablesAndPathsTest {

  private static Execution run(String definition, String input) {
    return LocalStepFunctions.builder()
        .resource("arn:aws:states:::lambda:invoke", (payload, ctx) -> Json.object())
        .build().load("Flow", definition).run(input);
  }

  /**
   * Runs a Pass "Set" with {@code assign}, then a Wait with {@code waitField}, which must succeed;
   * how long the execution took.
   */
  private static Duration waitedAfterAssigning(String assign, String waitField, String input) {
    Execution execution = run("""
        {"StartAt": "Set", "States": {
          "Set": {"Type": "Pass", "Assign": %s, "Next": "Wait"},
          "Wait": {"Type": "Wait", %s, "End": true}}}""".formatted(assign, waitField), input);
    assertThat(execution).succeeded();
    return Duration.between(execution.startDate(), execution.stopDate());
  }

  /** Runs a lone Wait whose SecondsPath is {@code $.s}. */
  private static Execution waitForSecondsPath(String input) {
    return run("""
        {"StartAt": "Wait", "States": {"Wait": {"Type": "Wait",
          "SecondsPath": "$.s", "End": true}}}""", input);
  }

  @Test
  void aWaitReadsItsSecondsFromAVariable() {
    Duration waited = waitedAfterAssigning("{\"delay.$\": \"$.seconds\"}",
        "\"SecondsPath\": \"$delay\"", "{\"seconds\": 45}");

    assertThat(waited).isEqualTo(Duration.ofSeconds(45));
  }

  @Test
  void aWaitReadsItsTimestampFromAVariablesField() {
    Duration waited = waitedAfterAssigning("{\"plan.$\": \"$\"}",
        "\"TimestampPath\": \"$plan.at\"", "{\"at\": \"2024-01-02T00:00:00Z\"}");

    assertThat(waited).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void aNegativeDecimalSecondsPathCannotBeParsedAsALong() {
    Execution execution = waitForSecondsPath("{\"s\": -1.5}");

    assertThat(execution).failed().hasError("States.Runtime").hasCause("An error occurred while"
        + " executing the state 'Wait' (entered at the event id #2). The SecondsPath parameter"
        + " cannot be parsed as a long value: $.s == -1.5");
  }

  @Test
  void aNegativeWholeSecondsPathIsNegative() {
    Execution execution = waitForSecondsPath("{\"s\": -1}");

    assertThat(execution).failed().hasCause("An error occurred while executing the state 'Wait'"
        + " (entered at the event id #2). The SecondsPath parameter references a negative value:"
        + " $.s == -1");
  }

  @Test
  void aCatchOfStatesRuntimeDoesNotCatchIt() {
    Execution execution = run("""
        {"StartAt": "Call", "States": {
          "Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
            "OutputPath": "$.no.such.path",
            "Catch": [{"ErrorEquals": ["States.Runtime"], "Next": "Caught"}], "End": true},
          "Caught": {"Type": "Succeed"}}}""", "{}");

    assertThat(execution).failed().hasError("States.Runtime").didNotVisit("Caught");
    assertThat(execution.cause()).endsWith("Invalid path '$.no.such.path' : Missing property in"
        + " path $['no']");
  }

  @Test
  void bracketedNamesWithEscapesReadAndWriteTheSameField() {
    Execution execution = run("""
        {"StartAt": "Copy", "States": {"Copy": {"Type": "Pass",
          "Parameters": {"value.$": "$['it\\\\'s']"}, "ResultPath": "$['it\\\\'s'].copy",
          "End": true}}}""", "{\"it's\": {\"n\": 1}}");

    assertThat(execution).succeeded()
        .hasOutput("{\"it's\": {\"n\": 1, \"copy\": {\"value\": {\"n\": 1}}}}");
  }

  @Test
  void aVariableTooLargeFailsTheStateWithDataLimitExceeded() {
    String big = "x".repeat(150 * 1024);
    Execution execution = run("""
        {"StartAt": "Set", "States": {"Set": {"Type": "Pass",
          "Assign": {"huge.$": "States.Array($.text, $.text)"}, "End": true}}}""",
        "{\"text\": \"" + big + "\"}");

    assertThat(execution).failed().hasError("States.DataLimitExceeded");
    assertThat(execution.cause()).startsWith("The variable 'huge' has a size of");
  }

  @Test
  void aBranchReadsOuterVariablesAndItsOwnStayInside() {
    Execution execution = run("""
        {"StartAt": "Set", "States": {
          "Set": {"Type": "Pass", "Assign": {"outer": 1}, "Next": "Fork"},
          "Fork": {"Type": "Parallel", "ResultPath": "$.branches", "Next": "After", "Branches": [
            {"StartAt": "In", "States": {"In": {"Type": "Pass", "Assign": {"inner": 2},
              "Parameters": {"outer.$": "$outer"}, "End": true}}}]},
          "After": {"Type": "Pass", "Parameters": {"outer.$": "$outer",
            "branches.$": "$.branches"}, "End": true}}}""", "{}");

    assertThat(execution).succeeded()
        .hasOutput("{\"outer\": 1, \"branches\": [{\"outer\": 1}]}");
  }

  @Test
  void aBranchThatAssignsAnOuterVariableIsRefusedAtLoad() {
    LocalStepFunctions runtime = LocalStepFunctions.builder().build();

    assertThatThrownBy(() -> runtime.load("Flow", """
        {"StartAt": "Init", "States": {
          "Init": {"Type": "Pass", "Assign": {"total": 0}, "Next": "Fan"},
          "Fan": {"Type": "Parallel", "End": true, "Branches": [{"StartAt": "B", "States": {
            "B": {"Type": "Pass", "Assign": {"total": 1}, "End": true}}}]}}}"""))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("/States/Fan/Branches/0/States/B/Assign/total")
        .hasMessageContaining("State \"B\" assigns \"total\", a variable of an enclosing scope"
            + " (assigned by state \"Init\")");
  }
}
