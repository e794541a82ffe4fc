package io.statecraft.local.internal.items;

import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One child execution of a Map Run, as the {@code ResultWriter} and the Map's output need it.
 *
 * @param executionArn the child's ARN; null for a child never started
 * @param name the child's name; null for a child never started
 * @param stateMachineArn the ARN of the Map Run's state machine
 * @param status {@code SUCCEEDED}, {@code FAILED}, {@code TIMED_OUT}, {@code ABORTED} or {@code
 *     PENDING}
 * @param input the child's input (its item, after ItemSelector and batching)
 * @param output the child's output when it succeeded, else null
 * @param error the error it failed with, else null
 * @param cause the cause it failed with, else null
 * @param startMillis when it started (epoch milliseconds), 0 if it did not
 * @param stopMillis when it stopped (epoch milliseconds), 0 if it did not
 * @param redriveCount how many times its Map Run redrove it
 */
public record ChildResult(
    String executionArn,
    String name,
    String stateMachineArn,
    String status,
    JsonNode input,
    JsonNode output,
    String error,
    String cause,
    long startMillis,
    long stopMillis,
    int redriveCount) {

  private static final Set<String> STATUSES =
      Set.of("SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED", "PENDING");

  public ChildResult {
    if (!STATUSES.contains(status)) {
      throw new IllegalArgumentException(
          "status must be one of " + STATUSES + ", was " + status);
    }
  }

  /** A child that succeeded with {@code output}. */
  public static ChildResult succeeded(String executionArn, String name, String stateMachineArn,
      JsonNode input, JsonNode output, long startMillis, long stopMillis) {
    return new ChildResult(executionArn, name, stateMachineArn, "SUCCEEDED", input, output,
        null, null, startMillis, stopMillis, 0);
  }

  /** A child that ended in {@code status} (FAILED, TIMED_OUT, ABORTED) with an error and cause. */
  public static ChildResult failed(String executionArn, String name, String stateMachineArn,
      String status, JsonNode input, String error, String cause, long startMillis,
      long stopMillis) {
    return new ChildResult(executionArn, name, stateMachineArn, status, input, null, error, cause,
        startMillis, stopMillis, 0);
  }

  boolean succeeded() {
    return status.equals("SUCCEEDED");
  }
}
