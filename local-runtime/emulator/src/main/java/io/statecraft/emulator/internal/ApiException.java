package io.statecraft.emulator.internal;

import io.statecraft.local.task.TaskFailure;
import java.util.List;
import java.util.UUID;

/**
 * An error the emulator answers as AWS does: HTTP 400 with {@code {"__type": code, "message": ...}}.
 * Codes are AWS's ({@code StateMachineDoesNotExist}, {@code InvalidArn}, ...); so are the message
 * texts, which name the offending value in single quotes.
 */
public final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;

  ApiException(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  /** AWS's error code, the {@code __type} of the response. */
  public String code() {
    return code;
  }

  /**
   * This error as a {@code states:startExecution} task meets it: error
   * {@code StepFunctions.<Code>Exception}, cause the message with the SDK's service details.
   */
  TaskFailure taskFailure() {
    String exception = code.endsWith("Exception") ? code : code + "Exception";
    return new TaskFailure("StepFunctions." + exception, getMessage() + " (Service:"
        + " AWSStepFunctions; Status Code: 400; Error Code: " + code + "; Request ID: "
        + UUID.randomUUID() + "; Proxy: null)");
  }

  static ApiException validation(String message) {
    return new ApiException("ValidationException", message);
  }

  /**
   * AWS's ValidationException for members that break the API model's constraints, each violation
   * worded {@code Value 'V' at 'member' failed to satisfy constraint: ...}.
   */
  static ApiException violations(List<String> violations) {
    return validation(violations.size() + " validation error"
        + (violations.size() == 1 ? "" : "s") + " detected: " + String.join("; ", violations));
  }

  /** One violation in AWS's wording, for {@link #violations}. */
  static String violation(String member, Object value, String constraint) {
    return "Value '" + value + "' at '" + member + "' failed to satisfy constraint: "
        + constraint;
  }

  /** AWS's wording when a required member is missing. */
  static ApiException missing(String member) {
    return validation("1 validation error detected: Value null at '" + member
        + "' failed to satisfy constraint: Member must not be null");
  }

  static ApiException invalidArn(String detail) {
    return new ApiException("InvalidArn", "Invalid Arn: '" + detail + "'");
  }

  /** AWS's answer for an alias, a Map Run or a tagged resource that does not exist. */
  static ApiException resourceNotFound(String arn) {
    return new ApiException("ResourceNotFound", "Resource not found: '" + arn + "'");
  }

  static ApiException invalidName(String name) {
    return new ApiException("InvalidName", "Invalid Name: '" + name + "'");
  }
}
