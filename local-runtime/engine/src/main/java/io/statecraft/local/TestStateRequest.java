package io.statecraft.local;

import io.statecraft.local.internal.json.Values;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@link LocalStepFunctions#testState} tests, as AWS's TestState API takes it: one state
 * (or a whole state machine and the name of the state in it), its input, the variables and
 * context object it sees, and a mocked service result or error. Immutable: each method returns
 * a new request.
 *
 * <pre>{@code
 * TestStateResult result = runtime.testState(TestStateRequest.of("""
 *         {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
 *          "Parameters": {"Payload.$": "$"}, "ResultSelector": {"total.$": "$.Payload.total"},
 *          "Next": "Ship"}""")
 *     .input("{\"order\": 7}")
 *     .mockResult("{\"Payload\": {\"total\": 42}, \"StatusCode\": 200}")
 *     .inspectionLevel(TestStateRequest.InspectionLevel.DEBUG));
 * assertThat(result.nextState()).isEqualTo("Ship");
 * }</pre>
 */
public final class TestStateRequest {

  /** How much a result tells: INFO the outcome, DEBUG each processing step, TRACE the HTTP. */
  public enum InspectionLevel {
    INFO,
    DEBUG,
    TRACE
  }

  final ObjectNode definition;
  final String stateName;
  final JsonNode input;
  final JsonNode variables;
  final JsonNode context;
  final JsonNode mockResult;
  final String mockError;
  final String mockCause;
  final int retrierRetryCount;
  final InspectionLevel level;

  private TestStateRequest(ObjectNode definition, String stateName, JsonNode input,
      JsonNode variables, JsonNode context, JsonNode mockResult, String mockError,
      String mockCause, int retrierRetryCount, InspectionLevel level) {
    this.definition = definition;
    this.stateName = stateName;
    this.input = input;
    this.variables = variables;
    this.context = context;
    this.mockResult = mockResult;
    this.mockError = mockError;
    this.mockCause = mockCause;
    this.retrierRetryCount = retrierRetryCount;
    this.level = level;
  }

  /**
   * A test of {@code definition}: one state's JSON, or a whole state machine's (then name the
   * state with {@link #stateName}). The input defaults to {@code {}}.
   */
  public static TestStateRequest of(String definition) {
    JsonNode parsed = Values.tryParse(Objects.requireNonNull(definition, "definition"));
    if (parsed == null || !parsed.isObject()) {
      throw new IllegalArgumentException("the definition must be a JSON object, was "
          + definition);
    }
    return new TestStateRequest((ObjectNode) parsed, null, Values.object(), null, null, null,
        null, null, 0, InspectionLevel.INFO);
  }

  /** The state to test, in a whole state machine's definition. */
  public TestStateRequest stateName(String name) {
    return new TestStateRequest(definition, name, input, variables, context, mockResult,
        mockError, mockCause, retrierRetryCount, level);
  }

  /** The state's input, as JSON text. */
  public TestStateRequest input(String json) {
    return new TestStateRequest(definition, stateName, json(json, "input"), variables, context,
        mockResult, mockError, mockCause, retrierRetryCount, level);
  }

  /** The variables the state sees, a JSON object of name to value. */
  public TestStateRequest variables(String json) {
    return new TestStateRequest(definition, stateName, input, json(json, "variables"), context,
        mockResult, mockError, mockCause, retrierRetryCount, level);
  }

  /** The context object ({@code $$}) the state sees, a JSON object. */
  public TestStateRequest context(String json) {
    return new TestStateRequest(definition, stateName, input, variables, json(json, "context"),
        mockResult, mockError, mockCause, retrierRetryCount, level);
  }

  /** The service's result for the state's call, instead of calling it. */
  public TestStateRequest mockResult(String json) {
    return new TestStateRequest(definition, stateName, input, variables, context,
        json(json, "mock result"), null, null, retrierRetryCount, level);
  }

  /** The service's error for the state's call, instead of calling it. */
  public TestStateRequest mockError(String error, String cause) {
    return new TestStateRequest(definition, stateName, input, variables, context, null,
        Objects.requireNonNull(error, "error"), cause, retrierRetryCount, level);
  }

  /** How many times the retrier that matches the state's error has retried already. */
  public TestStateRequest retrierRetryCount(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("retrierRetryCount must be at least 0, was " + count);
    }
    return new TestStateRequest(definition, stateName, input, variables, context, mockResult,
        mockError, mockCause, count, level);
  }

  /** How much the result tells (INFO by default). */
  public TestStateRequest inspectionLevel(InspectionLevel inspectionLevel) {
    return new TestStateRequest(definition, stateName, input, variables, context, mockResult,
        mockError, mockCause, retrierRetryCount,
        Objects.requireNonNull(inspectionLevel, "inspectionLevel"));
  }

  private static JsonNode json(String text, String what) {
    JsonNode parsed = Values.tryParse(Objects.requireNonNull(text, what));
    if (parsed == null) {
      throw new IllegalArgumentException("the " + what + " must be JSON, was " + text);
    }
    return parsed;
  }
}
