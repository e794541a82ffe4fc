package io.statecraft.maven;

/** AWS refused a deploy step, or the deployed state cannot be reconciled with the pom. */
final class DeployException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  DeployException(String message) {
    super(message);
  }

  DeployException(String message, Throwable cause) {
    super(message, cause);
  }
}
