package io.statecraft.benchmarks;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.paginators.ListExecutionsPublisher;

/**
 * Whether the executions a benchmark started really ran, asked through the API: every one ends
 * SUCCEEDED, and the last one's output is the workflow's.
 */
final class Outcomes {

  private static final String OUTPUT = "{\"ok\":true}";

  private Outcomes() {}

  /**
   * Waits up to {@code wait} until none of {@code machine}'s executions runs; prints what they
   * ended as. True when all {@code expected} SUCCEEDED and one of them gave the workflow's output.
   */
  static boolean check(SfnAsyncClient sfn, String machine, int expected, Duration wait)
      throws InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (running(sfn, machine) && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    Map<String, Integer> statuses = statuses(sfn, machine);
    DescribeExecutionResponse last = sfn.describeExecution(r -> r.executionArn(
        machine.replace(":stateMachine:", ":execution:") + ":run-0")).join();
    boolean ok = statuses.equals(Map.of("SUCCEEDED", expected))
        && last.status() == ExecutionStatus.SUCCEEDED && OUTPUT.equals(last.output());
    System.out.println("the workflow ran: executions by status " + statuses + ", run-0 "
        + last.status() + " with output " + last.output() + (ok ? "" : " -- WRONG, expected "
        + expected + " SUCCEEDED with output " + OUTPUT));
    return ok;
  }

  private static boolean running(SfnAsyncClient sfn, String machine) {
    return !sfn.listExecutions(r -> r.stateMachineArn(machine).statusFilter(ExecutionStatus.RUNNING)
        .maxResults(1)).join().executions().isEmpty();
  }

  private static Map<String, Integer> statuses(SfnAsyncClient sfn, String machine) {
    Map<String, Integer> statuses = new TreeMap<>();
    ListExecutionsPublisher pages = sfn.listExecutionsPaginator(r -> r.stateMachineArn(machine)
        .maxResults(1000));
    pages.executions().subscribe((ExecutionListItem item) ->
        statuses.merge(item.statusAsString(), 1, Integer::sum)).join();
    return statuses;
  }
}
