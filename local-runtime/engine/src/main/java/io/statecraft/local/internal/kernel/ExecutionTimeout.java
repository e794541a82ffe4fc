package io.statecraft.local.internal.kernel;

/** The whole execution ran past its TimeoutSeconds; caught by the line. */
final class ExecutionTimeout extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ExecutionTimeout() {
    super("execution timed out", null, false, false);
  }
}
