package io.statecraft.local;

import io.statecraft.local.internal.json.Values;
import io.statecraft.shapes.FieldValidation;
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
  String stateName;
  String roleArn;
  JsonNode input;
  JsonNode variables;
  JsonNode context;
  JsonNode mockResult;
  String mockError;
  String mockCause;
  boolean mockErrorGiven;
  FieldValidation fieldValidation = FieldValidation.STRICT;
  int retrierRetryCount;
  String errorCausedByState;
  Integer mapIterationFailureCount;
  JsonNode mapItemReaderData;
  boolean revealSecrets;
  InspectionLevel level = InspectionLevel.INFO;

  private TestStateRequest(ObjectNode definition) {
    this.definition = definition;
    this.input = Values.object();
  }

  private TestStateRequest copy() {
    TestStateRequest copy = new TestStateRequest(definition);
    copy.stateName = stateName;
    copy.roleArn = roleArn;
    copy.input = input;
    copy.variables = variables;
    copy.context = context;
    copy.mockResult = mockResult;
    copy.mockError = mockError;
    copy.mockCause = mockCause;
    copy.mockErrorGiven = mockErrorGiven;
    copy.fieldValidation = fieldValidation;
    copy.retrierRetryCount = retrierRetryCount;
    copy.errorCausedByState = errorCausedByState;
    copy.mapIterationFailureCount = mapIterationFailureCount;
    copy.mapItemReaderData = mapItemReaderData;
    copy.revealSecrets = revealSecrets;
    copy.level = level;
    return copy;
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
    return new TestStateRequest((ObjectNode) parsed);
  }

  /** The state to test, in a whole state machine's definition. */
  public TestStateRequest stateName(String name) {
    TestStateRequest copy = copy();
    copy.stateName = Objects.requireNonNull(name, "name");
    return copy;
  }

  /** The state's input, as JSON text. */
  public TestStateRequest input(String json) {
    TestStateRequest copy = copy();
    copy.input = json(json, "input");
    return copy;
  }

  /** The variables the state sees, a JSON object of name to value. */
  public TestStateRequest variables(String json) {
    TestStateRequest copy = copy();
    copy.variables = json(json, "variables");
    return copy;
  }

  /** The context object ({@code $$}) the state sees, a JSON object. */
  public TestStateRequest context(String json) {
    TestStateRequest copy = copy();
    copy.context = json(json, "context");
    return copy;
  }

  /** The service's result for the state's call, instead of calling it. */
  public TestStateRequest mockResult(String json) {
    TestStateRequest copy = copy();
    copy.mockResult = json(json, "mock result");
    return copy;
  }

  /** The service's error for the state's call, instead of calling it. */
  public TestStateRequest mockError(String error, String cause) {
    TestStateRequest copy = copy();
    copy.mockError = error;
    copy.mockCause = cause;
    copy.mockErrorGiven = true;
    return copy;
  }

  /** How many times the retrier that matches the state's error has retried already. */
  public TestStateRequest retrierRetryCount(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("retrierRetryCount must be at least 0, was " + count);
    }
    TestStateRequest copy = copy();
    copy.retrierRetryCount = count;
    return copy;
  }

  /** How much the result tells (INFO by default). */
  public TestStateRequest inspectionLevel(InspectionLevel inspectionLevel) {
    TestStateRequest copy = copy();
    copy.level = Objects.requireNonNull(inspectionLevel, "inspectionLevel");
    return copy;
  }

  /** The execution role; required for a Task state tested without a mock, as on AWS. */
  public TestStateRequest roleArn(String arn) {
    TestStateRequest copy = copy();
    copy.roleArn = Objects.requireNonNull(arn, "arn");
    return copy;
  }

  /** How strictly the mocked result is checked against the service's API shape. */
  public TestStateRequest fieldValidation(FieldValidation mode) {
    TestStateRequest copy = copy();
    copy.fieldValidation = Objects.requireNonNull(mode, "mode");
    return copy;
  }

  /** For a mocked error of a Map or Parallel: the state inside it that raised it. */
  public TestStateRequest errorCausedByState(String name) {
    TestStateRequest copy = copy();
    copy.errorCausedByState = Objects.requireNonNull(name, "name");
    return copy;
  }

  /** For a mocked Map: how many of its iterations failed, against its tolerated failures. */
  public TestStateRequest mapIterationFailureCount(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("mapIterationFailureCount must be at least 0, was "
          + count);
    }
    TestStateRequest copy = copy();
    copy.mapIterationFailureCount = count;
    return copy;
  }

  /** For a mocked distributed Map with an ItemReader: the data the reader would read. */
  public TestStateRequest mapItemReaderData(String data) {
    TestStateRequest copy = copy();
    copy.mapItemReaderData = Values.text(Objects.requireNonNull(data, "data"));
    return copy;
  }

  /** Whether an HTTP Task's result shows what its connection added (TRACE). */
  public TestStateRequest revealSecrets(boolean reveal) {
    TestStateRequest copy = copy();
    copy.revealSecrets = reveal;
    return copy;
  }

  private static JsonNode json(String text, String what) {
    JsonNode parsed = Values.tryParse(Objects.requireNonNull(text, what));
    if (parsed == null) {
      throw new IllegalArgumentException("the " + what + " must be JSON, was " + text);
    }
    return parsed;
  }
}
