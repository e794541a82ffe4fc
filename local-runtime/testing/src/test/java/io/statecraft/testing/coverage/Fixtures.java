package io.statecraft.testing.coverage;

import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.task.TaskFailure;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Workflows and runtimes the coverage tests share. */
final class Fixtures {

  /**
   * A Choice with two rules and a Default; a Task with two retriers and two catchers; a Parallel
   * of two branches; a Map; a Succeed and a Fail.
   */
  static final String ROUTES = """
      {"StartAt": "Route", "States": {
        "Route": {"Type": "Choice", "Choices": [
            {"Variable": "$.kind", "StringEquals": "fan", "Next": "Fan"},
            {"Variable": "$.kind", "StringEquals": "each", "Next": "Each"}],
          "Default": "Call"},
        "Call": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:call",
          "Retry": [{"ErrorEquals": ["Flaky"]}, {"ErrorEquals": ["Throttled"]}],
          "Catch": [{"ErrorEquals": ["Broken"], "Next": "Failed"},
                    {"ErrorEquals": ["States.ALL"], "Next": "Failed"}],
          "Next": "Done"},
        "Fan": {"Type": "Parallel", "Next": "Done", "Branches": [
            {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}},
            {"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true}}}]},
        "Each": {"Type": "Map", "ItemsPath": "$.items", "End": true,
          "ItemProcessor": {"StartAt": "Item", "States": {"Item": {"Type": "Pass", "End": true}}}},
        "Done": {"Type": "Succeed"},
        "Failed": {"Type": "Fail", "Error": "Call.Failed"}}}""";

  /** Three states: a Choice, a Task that retries and catches, a Succeed. */
  static final String SMALL = """
      {"StartAt": "Check", "States": {
        "Check": {"Type": "Choice", "Choices": [
            {"Variable": "$.ok", "BooleanEquals": true, "Next": "Done"}],
          "Default": "Call"},
        "Call": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:call",
          "Retry": [{"ErrorEquals": ["Flaky"]}],
          "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Done"}],
          "End": true},
        "Done": {"Type": "Succeed"}}}""";

  private Fixtures() {}

  /**
   * A runtime whose {@code Call} state fails with the given errors, one per call, then returns
   * its input.
   */
  static LocalStepFunctions failing(String... errors) {
    Deque<String> left = new ArrayDeque<>(List.of(errors));
    return LocalStepFunctions.builder().task("Call", (input, ctx) -> {
      String error = left.poll();
      if (error != null) {
        throw new TaskFailure(error, "as the test wants");
      }
      return input;
    }).build();
  }
}
