package io.statecraft.local;

import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What {@link LocalStepFunctions#testState} found, as AWS's TestState API answers: the status, the
 * output or the error and cause, the state the execution would go to next, and at DEBUG the
 * value after each processing step of the state.
 *
 * <pre>{@code
 * TestStateResult result = runtime.testState(request);
 * assertThat(result.status()).isEqualTo(TestStateResult.Status.CAUGHT_ERROR);
 * assertThat(result.inspection().get("afterResultPath")).isEqualTo(Json.parse("..."));
 * }</pre>
 *
 * @param status how the state ended
 * @param output its output, when it SUCCEEDED or CAUGHT_ERROR, else null
 * @param error its error, when it FAILED or is RETRIABLE, else null
 * @param cause its cause, or null
 * @param nextState the state it goes to next (after a catch, the catcher's), or null
 * @param inspection at DEBUG and TRACE, each step's value by AWS's name ({@code input},
 *     {@code afterInputPath}, {@code afterParameters}, {@code result}, {@code afterResultSelector},
 *     {@code afterResultPath}, {@code variables}, ...); empty at INFO
 * @param errorDetails at DEBUG and TRACE, how an error was handled; empty otherwise
 */
public record TestStateResult(Status status, JsonNode output, String error, String cause,
    String nextState, Map<String, JsonNode> inspection, Optional<ErrorDetails> errorDetails) {

  /** How the tested state ended. */
  public enum Status {
    SUCCEEDED,
    FAILED,
    RETRIABLE,
    CAUGHT_ERROR
  }

  /**
   * The retrier that would retry the error and after how long, or the catcher that caught it.
   *
   * @param retryIndex the retrier's index, or null
   * @param retryBackoffIntervalSeconds the back-off before the retry, or null
   * @param catchIndex the catcher's index, or null
   */
  public record ErrorDetails(Integer retryIndex, Integer retryBackoffIntervalSeconds,
      Integer catchIndex) {}
}
