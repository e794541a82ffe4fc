package io.statecraft.local.internal.engine;

import io.statecraft.local.internal.engine.TestStates.Refused;
import io.statecraft.local.internal.engine.TestStates.Request;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The checks AWS's TestState makes of a request before it runs the state, in AWS's order, with
 * AWS's error codes and messages (as recorded against AWS).
 */
final class TestStateChecks {

  private static final String VALIDATION = "ValidationException";

  /** The fields a context object may have, by section. */
  private static final Map<String, Set<String>> CONTEXT_FIELDS = Map.of(
      "Execution", Set.of("Id", "Input", "Name", "RoleArn", "StartTime", "RedriveCount",
          "RedriveTime"),
      "StateMachine", Set.of("Id", "Name"),
      "State", Set.of("Name", "EnteredTime", "RetryCount"),
      "Task", Set.of("Token"));

  private TestStateChecks() {}

  /** The checks that need only the request. */
  static void request(Request request) {
    if (request.mockResult() != null && request.mockErrorGiven()) {
      throw validation("A test mock should have only one of the following fields:"
          + " [result, errorOutput].");
    }
    if (request.revealSecrets() && request.mocked()) {
      throw validation("TestState does not support RevealSecrets when a mock is specified.");
    }
    if (request.mapIterationFailureCount() != null && !request.mocked()) {
      throw validation("TestState does not support MapIterationFailureCount when a mock is not"
          + " specified.");
    }
    if (request.context() != null && !request.mocked()) {
      throw validation("A context object may only be given when a mock is given too.");
    }
    if (request.mockErrorGiven() && request.mockError() == null) {
      throw validation("The error of a mocked errorOutput is required.");
    }
  }

  /** The checks that need the state under test. */
  static void state(Request request, JsonNode state) {
    String type = state.path("Type").asString("");
    boolean fanout = type.equals("Map") || type.equals("Parallel");
    if (request.mocked() && !fanout && !type.equals("Task")) {
      throw validation("State type '" + type + "' is not supported when a mock is specified");
    }
    if (fanout && !request.mocked()) {
      throw new Refused("InvalidDefinition", "TestState API does not support Map or Parallel"
          + " states. Supported state types include: [Task, Wait, Pass, Succeed, Fail, Choice]");
    }
    if (type.equals("Task") && !request.mocked() && request.roleArn() == null) {
      throw validation("RoleArn must be specified when testing a Task state");
    }
    JsonNode result = request.mockResult();
    if (result == null) {
      return;
    }
    if (type.equals("Map")) {
      boolean writer = state.has("ResultWriter");
      if (writer && !result.isObject()) {
        throw validation("Mocked result must be a JSON object.");
      }
      if (!writer && !result.isArray()) {
        throw validation("Mocked result must be an array.");
      }
      Integer failures = request.mapIterationFailureCount();
      if (failures != null && result.isArray() && failures > result.size()) {
        throw validation("Map iteration failure count must be less than or equal to the number"
            + " of Map iterations");
      }
    } else if (type.equals("Parallel")) {
      if (!result.isArray()) {
        throw validation("Mocked result must be an array.");
      }
      if (result.size() != state.path("Branches").size()) {
        throw validation("Mocked result must contain the same number of items as number of"
            + " Parallel branches.");
      }
    }
  }

  /** A context object the test gives: only the fields AWS's context object has. */
  static void context(JsonNode context, JsonNode state) {
    if (!context.isObject()) {
      throw invalidContext("the context object must be a JSON object");
    }
    for (Map.Entry<String, JsonNode> section : context.properties()) {
      String name = section.getKey();
      if (name.equals("Map")) {
        throw invalidContext("'Map' field is not supported when mocking a Context object");
      }
      Set<String> fields = CONTEXT_FIELDS.get(name);
      if (fields == null) {
        throw invalidContext("Field '" + name + "' is not allowed");
      }
      if (name.equals("Task") && !waitsForAnswer(state)) {
        throw invalidContext("Context object contains 'Task' when state is not a Task state"
            + " with a '.sync' or '.waitForTaskToken' service integration pattern");
      }
      for (Map.Entry<String, JsonNode> field : section.getValue().properties()) {
        if (!fields.contains(field.getKey())) {
          throw invalidContext("Field '" + field.getKey() + "' is not allowed");
        }
        if (name.equals("Execution") && field.getKey().equals("Id")
            && !field.getValue().isString()) {
          throw invalidContext("Execution.Id must be a string");
        }
      }
    }
  }

  private static boolean waitsForAnswer(JsonNode state) {
    String resource = state.path("Resource").asString("");
    return state.path("Type").asString("").equals("Task")
        && (resource.contains(".sync") || resource.endsWith(".waitForTaskToken"));
  }

  private static Refused invalidContext(String detail) {
    return validation("Invalid Context object provided: " + detail);
  }

  private static Refused validation(String message) {
    return new Refused(VALIDATION, message);
  }
}
