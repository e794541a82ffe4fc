package io.statecraft.maven;

import java.util.Locale;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * AWS errors in words a build user can act on: which call, for which state machine, and what to
 * check. Throttling has already been retried by the SDK when it gets here.
 */
final class AwsErrors {

  private final DeployOptions options;

  AwsErrors(DeployOptions options) {
    this.options = options;
  }

  DeployException explain(String operation, String name, SdkException e) {
    if (e instanceof SdkClientException) {
      return new DeployException("Cannot call Step Functions (" + operation + " for " + name
          + "): " + e.getMessage() + "; check <region> or <profile> (or AWS_REGION) and that the"
          + " SDK's default credential chain finds credentials", e);
    }
    if (!(e instanceof AwsServiceException service)) {
      return new DeployException(operation + " for " + name + " failed: " + e.getMessage(), e);
    }
    String code = service.awsErrorDetails() == null ? ""
        : String.valueOf(service.awsErrorDetails().errorCode());
    String message = withoutFinalStop(service.awsErrorDetails() == null ? e.getMessage()
        : service.awsErrorDetails().errorMessage());
    String requestId = " (request id " + service.requestId() + ")";
    if (code.equals("AccessDeniedException") && message.contains("assume")) {
      return new DeployException("Step Functions cannot assume the role in <roleArn> ("
          + options.roleArn() + ") for " + name + ": " + message + ". Check that the role exists"
          + " and that its trust policy allows states.amazonaws.com" + requestId, e);
    }
    if (code.equals("AccessDeniedException") || service.statusCode() == 403) {
      return new DeployException("Access denied: " + operation + " for " + name + ": " + message
          + ". The credentials found by the SDK's default chain need states:" + operation
          + (operation.startsWith("Create") || operation.startsWith("Update")
              ? " and iam:PassRole on " + options.roleArn() : "") + requestId, e);
    }
    if (code.equals("InvalidArn") && message.toLowerCase(Locale.ROOT).contains("role")) {
      return new DeployException("<roleArn> is not a valid IAM role ARN (" + options.roleArn()
          + "): " + message + requestId, e);
    }
    if (service.isThrottlingException()) {
      return new DeployException("AWS throttled " + operation + " for " + name + " even after"
          + " the SDK's retries: " + message + ". Deploy again in a moment" + requestId, e);
    }
    if (code.equals("InvalidDefinition")) {
      return new DeployException("AWS refused the definition of " + name
          + " although Statecraft's validation accepted it: " + message + requestId, e);
    }
    if (code.equals("InvalidLoggingConfiguration")) {
      return new DeployException("AWS refused <logging> for " + name + ": " + message
          + requestId, e);
    }
    return new DeployException(operation + " for " + name + " failed: " + code + ": " + message
        + requestId, e);
  }

  /** AWS's messages may end in a full stop; ours continue after them. */
  private static String withoutFinalStop(String message) {
    String text = String.valueOf(message).strip();
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }
}
