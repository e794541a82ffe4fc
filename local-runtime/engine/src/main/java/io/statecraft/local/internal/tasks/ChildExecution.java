package io.statecraft.local.internal.tasks;

import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;

/** A child execution a {@code states:startExecution} task started, as the task sees it. */
public interface ChildExecution {

  String arn();

  String name();

  String stateMachineArn();

  JsonNode input();

  long startMillis();

  /** Completes when the child ends, from any thread. */
  CompletableFuture<End> end();

  /**
   * How the child ended, as DescribeExecution reports it.
   *
   * @param status SUCCEEDED, FAILED, TIMED_OUT or ABORTED
   * @param output the output when it succeeded, else null
   * @param error the error, or null
   * @param cause the cause, or null
   * @param stopMillis when it ended
   */
  record End(String status, JsonNode output, String error, String cause, long stopMillis) {}
}
