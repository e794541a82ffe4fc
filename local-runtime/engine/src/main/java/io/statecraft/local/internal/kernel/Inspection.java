package io.statecraft.local.internal.kernel;

import tools.jackson.databind.JsonNode;

/**
 * What a TestState run reports of the one state it tests, as the state runs: the value after each
 * processing step, and how an error was handled. A run carries one only when it tests a state;
 * states call it through {@code line.run().inspection}, which is null otherwise.
 */
public interface Inspection {

  /** The value of {@code field} ({@code afterInputPath}, {@code result}, ...) of the state. */
  void record(String field, JsonNode value);

  /** A number the state evaluated ({@code maxConcurrency}, {@code toleratedFailureCount}, ...). */
  default void recordNumber(String field, Number value) {}

  /**
   * The state's error would be retried by retrier {@code index} after {@code backoffMillis}: the
   * test ends there, RETRIABLE, without retrying.
   */
  void retriable(int index, long backoffMillis);

  /** Catcher {@code index} caught the state's error {@code error} with {@code cause}. */
  void caught(int index, String error, String cause);

  /**
   * The matching retrier {@code index} has no attempts left: the test reports it with no back-off
   * (then a catcher may still catch the error).
   */
  default void retriesExhausted(int index) {}

  /** The mocked result of a Map or Parallel state, run without its branches; null when none. */
  default JsonNode mockedResult() {
    return null;
  }

  /** The mocked error of a Map or Parallel state, as {error, cause}; null when none. */
  default String[] mockedError() {
    return null;
  }

  /** How many iterations of a mocked Map failed ({@code mapIterationFailureCount}), or null. */
  default Integer mapIterationFailures() {
    return null;
  }

  /** How many times the matching retrier has retried already ({@code retrierRetryCount}). */
  int retried();

  /**
   * Whether the run stops before {@code next}, the state after the tested one (whose name it
   * notes as the next state), with the line's value as the tested state's output.
   */
  boolean stopBefore(Step next);
}
