package io.statecraft.emulator.internal;

import io.statecraft.compiler.Validator;
import io.statecraft.local.TestStateRequest;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A TestState request as it comes over the wire, turned into the runtime's
 * {@link TestStateRequest}: first the API model's constraints (lengths, enums, minimums), then the
 * members that carry JSON text, each refused with the error AWS gives when it does not parse.
 * What needs the state itself (a mock on a Pass, a Map without one...) the runtime checks.
 */
final class TestStateRequests {

  /** The API model's limit on {@code input}, {@code variables}, {@code context}, mock results. */
  private static final int PAYLOAD_CHARS = 262_144;
  private static final int DEFINITION_CHARS = 1_048_576;

  private TestStateRequests() {}

  /** The runtime's request for {@code request}; throws {@link ApiException} as AWS refuses it. */
  static TestStateRequest of(JsonNode request) {
    String definition = Wire.required(request, "definition");
    checkConstraints(request);
    TestStateRequest test = TestStateRequest.of(definition(definition));
    String input = Wire.optional(request, "input");
    if (input != null) {
      test = test.input(json(input, "InvalidExecutionInput",
          "Invalid State Machine Execution Input: '%s'"));
    }
    String variables = Wire.optional(request, "variables");
    if (variables != null) {
      // AWS's wording for variables that are not JSON is not recorded; this follows the mocks'.
      test = test.variables(json(variables, "ValidationException",
          "Variables must be valid JSON: '%s'"));
    }
    String context = Wire.optional(request, "context");
    if (context != null) {
      test = test.context(json(context, "ValidationException",
          "Invalid Context object provided: %s"));
    }
    test = simple(request, test);
    test = mock(request.path("mock"), test);
    return configuration(request.path("stateConfiguration"), test);
  }

  /** The members that are plain values: names, the role, levels and flags. */
  private static TestStateRequest simple(JsonNode request, TestStateRequest test) {
    String stateName = Wire.optional(request, "stateName");
    if (stateName != null) {
      test = test.stateName(stateName);
    }
    String roleArn = Wire.optional(request, "roleArn");
    if (roleArn != null) {
      test = test.roleArn(roleArn);
    }
    String level = Wire.optional(request, "inspectionLevel");
    if (level != null) {
      test = test.inspectionLevel(TestStateRequest.InspectionLevel.valueOf(level));
    }
    return test.revealSecrets(Wire.flag(request, "revealSecrets"));
  }

  private static TestStateRequest mock(JsonNode mock, TestStateRequest test) {
    if (!mock.isObject()) {
      return test;
    }
    String result = Wire.optional(mock, "result");
    if (result != null) {
      // Checked before the validation mode: NONE does not let text that is not JSON through.
      test = test.mockResult(json(result, "ValidationException",
          "Mocked result must be valid JSON"));
    }
    JsonNode errorOutput = mock.get("errorOutput");
    if (errorOutput != null && errorOutput.isObject()) {
      test = test.mockError(Wire.optional(errorOutput, "error"),
          Wire.optional(errorOutput, "cause"));
    }
    String mode = Wire.optional(mock, "fieldValidationMode");
    if (mode != null) {
      test = test.fieldValidation(io.statecraft.shapes.FieldValidation.valueOf(mode));
    }
    return test;
  }

  private static TestStateRequest configuration(JsonNode configuration, TestStateRequest test) {
    if (!configuration.isObject()) {
      return test;
    }
    JsonNode retries = configuration.get("retrierRetryCount");
    if (retries != null && !retries.isNull()) {
      test = test.retrierRetryCount(retries.asInt());
    }
    String causedBy = Wire.optional(configuration, "errorCausedByState");
    if (causedBy != null) {
      test = test.errorCausedByState(causedBy);
    }
    JsonNode failures = configuration.get("mapIterationFailureCount");
    if (failures != null && !failures.isNull()) {
      test = test.mapIterationFailureCount(failures.asInt());
    }
    String readerData = Wire.optional(configuration, "mapItemReaderData");
    if (readerData != null) {
      test = test.mapItemReaderData(readerData);
    }
    return test;
  }

  /**
   * The definition, which must be a JSON object; otherwise InvalidDefinition with the
   * compiler's description of the problem, as CreateStateMachine answers.
   */
  private static String definition(String text) {
    JsonNode parsed = parse(text);
    if (parsed != null && parsed.isObject()) {
      return text;
    }
    List<io.statecraft.asl.diagnostic.Diagnostic> problems = Validator.validate(text);
    if (problems.isEmpty()) {
      throw new ApiException("InvalidDefinition",
          "Invalid State Machine Definition: 'the definition must be a JSON object'");
    }
    throw Backend.invalidDefinition(problems);
  }

  /** {@code text} when it is JSON; else {@code code} with {@code message} (%s: the reason). */
  private static String json(String text, String code, String message) {
    try {
      JsonNode parsed = Wire.MAPPER.readTree(text);
      if (parsed != null && !parsed.isMissingNode()) {
        return text;
      }
      throw new ApiException(code, String.format(message, "no JSON value"));
    } catch (JacksonException e) {
      throw new ApiException(code, String.format(message,
          io.statecraft.compiler.internal.common.JsonText.reason(e)));
    }
  }

  private static JsonNode parse(String text) {
    try {
      JsonNode parsed = Wire.MAPPER.readTree(text);
      return parsed == null || parsed.isMissingNode() ? null : parsed;
    } catch (JacksonException e) {
      return null;
    }
  }

  /** The API model's constraints, all violations in one ValidationException as AWS lists them. */
  private static void checkConstraints(JsonNode request) {
    List<String> violations = new ArrayList<>();
    length(violations, request, "definition", 1, DEFINITION_CHARS);
    length(violations, request, "roleArn", 1, 256);
    length(violations, request, "input", 0, PAYLOAD_CHARS);
    length(violations, request, "variables", 0, PAYLOAD_CHARS);
    length(violations, request, "context", 0, PAYLOAD_CHARS);
    length(violations, request, "stateName", 1, 80);
    oneOf(violations, request, "inspectionLevel", List.of("INFO", "DEBUG", "TRACE"));
    JsonNode mock = request.path("mock");
    length(violations, mock, "mock.result", 0, PAYLOAD_CHARS);
    oneOf(violations, mock, "mock.fieldValidationMode", List.of("STRICT", "PRESENT", "NONE"));
    JsonNode errorOutput = mock.path("errorOutput");
    length(violations, errorOutput, "mock.errorOutput.error", 0, 256);
    length(violations, errorOutput, "mock.errorOutput.cause", 0, 32_768);
    JsonNode configuration = request.path("stateConfiguration");
    atLeastZero(violations, configuration, "stateConfiguration.retrierRetryCount");
    atLeastZero(violations, configuration, "stateConfiguration.mapIterationFailureCount");
    length(violations, configuration, "stateConfiguration.errorCausedByState", 1, 80);
    length(violations, configuration, "stateConfiguration.mapItemReaderData", 0, PAYLOAD_CHARS);
    if (!violations.isEmpty()) {
      throw ApiException.violations(violations);
    }
  }

  private static void length(List<String> violations, JsonNode parent, String path, int min,
      int max) {
    String value = Wire.optional(parent, leaf(path));
    if (value == null) {
      return;
    }
    if (value.length() < min) {
      violations.add(ApiException.violation(path, value,
          "Member must have length greater than or equal to " + min));
    } else if (value.length() > max) {
      violations.add(ApiException.violation(path, value,
          "Member must have length less than or equal to " + max));
    }
  }

  private static void oneOf(List<String> violations, JsonNode parent, String path,
      List<String> values) {
    String value = Wire.optional(parent, leaf(path));
    if (value != null && !values.contains(value)) {
      violations.add(ApiException.violation(path, value,
          "Member must satisfy enum value set: " + values));
    }
  }

  private static void atLeastZero(List<String> violations, JsonNode parent, String path) {
    JsonNode value = parent.get(leaf(path));
    if (value != null && value.isNumber() && value.asLong() < 0) {
      violations.add(ApiException.violation(path, value.asLong(),
          "Member must have value greater than or equal to 0"));
    }
  }

  private static String leaf(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }
}
