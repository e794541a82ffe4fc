package io.statecraft.local;

import io.statecraft.local.internal.maprun.MapRunRecord;
import java.time.Instant;
import java.util.Optional;

/**
 * A Map Run of a distributed Map at one moment, as DescribeMapRun reports it: its settings
 * (which {@link LocalStepFunctions#updateMapRun} may change while it runs), its status, and the
 * counts of its items and child executions.
 *
 * <pre>{@code
 * Execution execution = machine.run(input);
 * MapRun mapRun = runtime.mapRuns(execution.arn()).get(0);
 * assertThat(mapRun.itemCounts().succeeded()).isEqualTo(100);
 * List<RunningExecution> children = runtime.mapRunExecutions(mapRun.arn());
 * }</pre>
 *
 * @param arn the Map Run's ARN, {@code arn:aws:states:REGION:ACCOUNT:mapRun:MACHINE/LABEL:ID}
 * @param executionArn the execution whose Map state started it
 * @param stateMachineArn the Map state's own labelled state machine ARN,
 *     {@code arn:aws:states:REGION:ACCOUNT:stateMachine:MACHINE/LABEL}, as ListMapRuns gives it
 * @param status RUNNING, SUCCEEDED, FAILED or ABORTED
 * @param startDate when it started
 * @param stopDate when it ended, empty while it runs
 * @param maxConcurrency child executions at most at once (0: AWS's default, 10,000)
 * @param toleratedFailurePercentage the percentage of items that may fail
 * @param toleratedFailureCount the number of items that may fail
 * @param itemCounts the items, by how their child execution stands
 * @param executionCounts the child executions, by how they stand
 * @param redriveCount how many times it was redriven
 * @param redriveDate when it was last redriven, empty if never
 */
public record MapRun(String arn, String executionArn, String stateMachineArn, Status status,
    Instant startDate, Optional<Instant> stopDate, int maxConcurrency,
    float toleratedFailurePercentage, long toleratedFailureCount, Counts itemCounts,
    Counts executionCounts, int redriveCount, Optional<Instant> redriveDate) {

  /** How a Map Run stands. */
  public enum Status {
    RUNNING,
    SUCCEEDED,
    FAILED,
    ABORTED
  }

  /** Items or child executions, by status, as DescribeMapRun counts them. */
  public record Counts(long pending, long running, long succeeded, long failed, long timedOut,
      long aborted, long total, long resultsWritten, long failuresNotRedrivable,
      long pendingRedrive) {}

  static MapRun of(MapRunRecord.Snapshot snapshot) {
    return new MapRun(snapshot.arn(), snapshot.executionArn(), snapshot.stateMachineArn(),
        Status.valueOf(snapshot.status().name()), Instant.ofEpochMilli(snapshot.startMillis()),
        snapshot.stopMillis() < 0 ? Optional.empty()
            : Optional.of(Instant.ofEpochMilli(snapshot.stopMillis())),
        snapshot.maxConcurrency(), snapshot.toleratedFailurePercentage(),
        snapshot.toleratedFailureCount(), counts(snapshot.items()),
        counts(snapshot.executions()), snapshot.redriveCount(),
        snapshot.redriveMillis() < 0 ? Optional.empty()
            : Optional.of(Instant.ofEpochMilli(snapshot.redriveMillis())));
  }

  private static Counts counts(MapRunRecord.Counts counts) {
    return new Counts(counts.pending(), counts.running(), counts.succeeded(), counts.failed(),
        counts.timedOut(), counts.aborted(), counts.total(), counts.resultsWritten(),
        counts.failuresNotRedrivable(), counts.pendingRedrive());
  }
}
