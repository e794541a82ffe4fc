package io.statecraft.maven;

/**
 * Workflows that cannot be turned into valid definitions: invalid ones (with every diagnostic),
 * ones whose {@code define()} threw, classes that look like workflows but cannot be instantiated.
 * The message lists every problem, one per line.
 */
final class WorkflowException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  WorkflowException(String message) {
    super(message);
  }
}
