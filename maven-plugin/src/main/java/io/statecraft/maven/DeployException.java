package io.statecraft.maven;

import software.amazon.awssdk.core.exception.SdkException;

/**
 * The service refused a deploy step (or could not be called), or the deployed state cannot be
 * reconciled with the pom. The SDK's exception is kept as {@link #failure()} and as a suppressed
 * exception, not as the cause: Maven would add a cause's message to the build's error lines,
 * where this message already says it in words.
 */
final class DeployException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient SdkException failure;

  DeployException(String message) {
    this(message, null);
  }

  DeployException(String message, SdkException failure) {
    super(message);
    this.failure = failure;
    if (failure != null) {
      addSuppressed(failure);
    }
  }

  /** What the SDK threw, or null when no call failed. */
  SdkException failure() {
    return failure;
  }

  /** This exception with more lines after its message, e.g. what the deploy had changed. */
  DeployException followedBy(String lines) {
    DeployException longer = new DeployException(getMessage() + "\n" + lines, failure);
    longer.setStackTrace(getStackTrace());
    return longer;
  }
}
