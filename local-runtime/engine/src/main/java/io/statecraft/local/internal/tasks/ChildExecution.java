package io.statecraft.local.internal.tasks;

import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;

/**
 * A child execution a {@code states:startExecution} task started, as the task sees it.
 *
 * @param end completes when the child ends, from any thread
 */
public record ChildExecution(String arn, String name, String stateMachineArn, JsonNode input,
    long startMillis, CompletableFuture<End> end) {

  /**
   * How the child ended, as DescribeExecution reports it.
   *
   * @param status SUCCEEDED, FAILED, TIMED_OUT or ABORTED
   * @param output the output when it succeeded, else null
   * @param error the error, or null
   * @param cause the cause, or null
   * @param stopMillis when it ended
   */
  public record End(String status, JsonNode output, String error, String cause, long stopMillis) {}
}
