package io.statecraft.maven;

import java.util.Locale;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * Errors of Step Functions calls in words a build user can act on. A refusal says that the
 * service refused ("AWS refused CreateStateMachine for orders: AccessDeniedException: ..."), never
 * Statecraft's checks, and then what to check. Throttling has already been retried by the SDK
 * when it gets here.
 */
final class AwsErrors {

  private final DeployOptions options;
  private final String service;

  /** @param service who answers the calls, in messages: "AWS" or "Step Functions at <url>" */
  AwsErrors(DeployOptions options, String service) {
    this.options = options;
    this.service = service;
  }

  /** "AWS", or "Step Functions at http://127.0.0.1:8083" for a client of another endpoint. */
  static String service(SfnClient client) {
    try {
      return client.serviceClientConfiguration().endpointOverride()
          .map(endpoint -> "Step Functions at " + endpoint).orElse("AWS");
    } catch (UnsupportedOperationException e) {
      return "AWS";
    }
  }

  DeployException explain(String operation, String name, SdkException e) {
    if (e instanceof SdkClientException) {
      return new DeployException("Cannot call " + (service.equals("AWS") ? "Step Functions"
          : service) + " (" + operation + " for " + name + "): " + e.getMessage()
          + "; check <region> or <profile> (or AWS_REGION) and that the SDK's default credential"
          + " chain finds credentials", e);
    }
    if (!(e instanceof AwsServiceException refusal)) {
      return new DeployException(operation + " for " + name + " failed: " + e.getMessage(), e);
    }
    String code = refusal.awsErrorDetails() == null ? ""
        : String.valueOf(refusal.awsErrorDetails().errorCode());
    String message = withoutFinalStop(refusal.awsErrorDetails() == null ? e.getMessage()
        : refusal.awsErrorDetails().errorMessage());
    String advice = advice(operation, code, message, refusal);
    return new DeployException(service + " refused " + operation + " for " + name + ": "
        + (code.isEmpty() ? "" : code + ": ") + message + " (request id " + refusal.requestId()
        + ")" + (advice == null ? "" : ". " + advice), e);
  }

  /** What to check for a refusal, or null. */
  private String advice(String operation, String code, String message,
      AwsServiceException refusal) {
    if (code.equals("AccessDeniedException") && message.contains("assume")) {
      return "Step Functions cannot assume the role " + role() + ": check that the role exists"
          + " and that its trust policy allows states.amazonaws.com";
    }
    if (code.equals("AccessDeniedException") || refusal.statusCode() == 403) {
      return "The credentials found by the SDK's default chain need states:" + operation
          + (operation.startsWith("Create") || operation.startsWith("Update")
              ? " and iam:PassRole on " + (options.roleArn() != null ? options.roleArn()
                  : "the roles named by <roleName> " + options.roleName()) : "");
    }
    if (code.equals("InvalidArn") && message.toLowerCase(Locale.ROOT).contains("role")) {
      return "Check " + role() + ": it must be an IAM role ARN";
    }
    if (refusal.isThrottlingException()) {
      return "The SDK's retries did not get through; deploy again in a moment";
    }
    if (code.equals("InvalidDefinition")) {
      return "Statecraft's checks had accepted this definition";
    }
    if (code.equals("InvalidLoggingConfiguration")) {
      return "Check <logging>";
    }
    return null;
  }

  /** How advice names the role: the one in {@code <roleArn>}, or the created ones. */
  private String role() {
    return options.roleArn() != null ? "in <roleArn> (" + options.roleArn() + ")"
        : "that sfn:deploy created (<roleName> " + options.roleName() + ")";
  }

  /** AWS's messages may end in a full stop; ours continue after them. */
  private static String withoutFinalStop(String message) {
    String text = String.valueOf(message).strip();
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }
}
