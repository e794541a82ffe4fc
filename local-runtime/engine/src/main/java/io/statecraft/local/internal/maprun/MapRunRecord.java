package io.statecraft.local.internal.maprun;

import io.statecraft.local.internal.kernel.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One Map Run of a distributed Map: what DescribeMapRun reports (its settings, status, item and
 * child execution counts) and its child executions in item order. The parent run's thread
 * changes it; API threads read it through {@link #snapshot()}, so every method is synchronized.
 */
public final class MapRunRecord {

  /** How a Map Run stands, as DescribeMapRun says. */
  public enum Status {
    RUNNING,
    SUCCEEDED,
    FAILED,
    ABORTED
  }

  /** Counters of items or of child executions, as DescribeMapRun reports them. */
  public record Counts(long pending, long running, long succeeded, long failed, long timedOut,
      long aborted, long total, long resultsWritten, long failuresNotRedrivable,
      long pendingRedrive) {}

  /** What UpdateMapRun changes (null: unchanged). */
  public record Update(Integer maxConcurrency, Float toleratedFailurePercentage,
      Long toleratedFailureCount) {}

  /** Everything DescribeMapRun and ListMapRuns give, at one moment. */
  public record Snapshot(String arn, String executionArn, String stateMachineArn, Status status,
      long startMillis, long stopMillis, int maxConcurrency, float toleratedFailurePercentage,
      long toleratedFailureCount, Counts items, Counts executions, int redriveCount,
      long redriveMillis) {}

  public final String arn;
  public final String executionArn;
  public final String stateMachineArn;
  /** The ARN of the child executions' state machine: {@code ...:stateMachine:NAME/LABEL}. */
  public final String childMachineArn;
  /** The engine's machine of the child executions (what they run, under what name). */
  public final Object childMachine;
  private final long startMillis;
  private long stopMillis = -1;
  private Status status = Status.RUNNING;
  private int maxConcurrency;
  private float toleratedFailurePercentage;
  private long toleratedFailureCount;
  private int redriveCount;
  private long redriveMillis = -1;
  /** Per status: index 0 pending, 1 running, 2 succeeded, 3 failed, 4 timed out, 5 aborted. */
  private final long[] items = new long[6];
  private final long[] executions = new long[6];
  private long itemTotal;
  private long executionTotal;
  /** Child executions whose results were collected (written, with a ResultWriter). */
  private long resultsWritten;
  private final List<Run> children = new ArrayList<>();
  /** How many items each child execution was given, in the order they started. */
  private final List<Integer> childItems = new ArrayList<>();
  /** The Map state that started the run. */
  private String stateName;
  private Consumer<Update> onUpdate;

  public MapRunRecord(String arn, String executionArn, String stateMachineArn,
      String childMachineArn, Object childMachine, long startMillis) {
    this.childMachine = childMachine;
    this.arn = arn;
    this.executionArn = executionArn;
    this.stateMachineArn = stateMachineArn;
    this.childMachineArn = childMachineArn;
    this.startMillis = startMillis;
  }

  /** The settings the Map state gave the run when it started. */
  public synchronized void configure(int maxConcurrency, float toleratedFailurePercentage,
      long toleratedFailureCount) {
    this.maxConcurrency = maxConcurrency;
    this.toleratedFailurePercentage = toleratedFailurePercentage;
    this.toleratedFailureCount = toleratedFailureCount;
  }

  /** Who hears of UpdateMapRun: the running Map state, on its run's thread. */
  public synchronized void onUpdate(Consumer<Update> listener) {
    this.onUpdate = listener;
  }

  /**
   * Applies UpdateMapRun's changes and tells the running Map state; false, changing nothing, when
   * the run has ended (AWS refuses to update a completed Map Run).
   */
  public boolean update(Update update) {
    Consumer<Update> listener;
    synchronized (this) {
      if (status != Status.RUNNING) {
        return false;
      }
      if (update.maxConcurrency() != null) {
        maxConcurrency = update.maxConcurrency();
      }
      if (update.toleratedFailurePercentage() != null) {
        toleratedFailurePercentage = update.toleratedFailurePercentage();
      }
      if (update.toleratedFailureCount() != null) {
        toleratedFailureCount = update.toleratedFailureCount();
      }
      listener = status == Status.RUNNING ? onUpdate : null;
    }
    if (listener != null) {
      listener.accept(update);
    }
    return listener != null;
  }

  /** A child execution started for {@code itemCount} items. */
  public synchronized void started(Run child, int itemCount) {
    children.add(child);
    childItems.add(itemCount);
    executions[1]++;
    items[1] += itemCount;
  }

  /** Items read and waiting for a child: they count as pending. */
  public synchronized void read(int itemCount, int executionCount) {
    if (!itemTotalKnown) {
      itemTotal += itemCount;
    }
    executionTotal += executionCount;
  }

  /**
   * The run's items are known from the start (the Map's input array): all of them count in the
   * total, those no child has yet as pending.
   */
  public synchronized void itemTotal(long count) {
    itemTotal = count;
    itemTotalKnown = true;
  }

  private boolean itemTotalKnown;

  /** A child execution ended with {@code status} (2..5 as in the counters). */
  public synchronized void ended(int status, int itemCount) {
    executions[1]--;
    executions[status]++;
    items[1] -= itemCount;
    items[status] += itemCount;
  }

  /** A child that ended with {@code status} (2..5) runs again, redriven. */
  public synchronized void rerun(int status, int itemCount) {
    executions[status]--;
    executions[1]++;
    items[status] -= itemCount;
    items[1] += itemCount;
  }

  /** How many items the child started {@code index}th was given. */
  public synchronized int itemsOf(int index) {
    return childItems.get(index);
  }

  public synchronized void stateName(String name) {
    stateName = name;
  }

  public synchronized String stateName() {
    return stateName;
  }

  /** The results of the first {@code count} children were collected. */
  public synchronized void resultsWritten(long count) {
    resultsWritten = count;
  }

  private long itemsWritten() {
    long items = 0;
    for (int i = 0; i < Math.min(resultsWritten, childItems.size()); i++) {
      items += childItems.get(i);
    }
    return items;
  }

  /** The run ended. */
  public synchronized void finish(Status ending, long atMillis) {
    status = ending;
    stopMillis = atMillis;
    onUpdate = null;
  }

  /** The run is redriven: its failed and unfinished children run again. */
  public synchronized void redriven(long atMillis) {
    redriveCount++;
    redriveMillis = atMillis;
    status = Status.RUNNING;
    stopMillis = -1;
  }

  public synchronized Status status() {
    return status;
  }

  public synchronized int maxConcurrency() {
    return maxConcurrency;
  }

  public synchronized float toleratedFailurePercentage() {
    return toleratedFailurePercentage;
  }

  public synchronized long toleratedFailureCount() {
    return toleratedFailureCount;
  }

  /** The child executions started so far, in the order they started. */
  public synchronized List<Run> children() {
    return List.copyOf(children);
  }

  public synchronized Snapshot snapshot() {
    return new Snapshot(arn, executionArn, stateMachineArn, status, startMillis, stopMillis,
        maxConcurrency, toleratedFailurePercentage, toleratedFailureCount,
        counts(items, itemTotal), counts(executions, executionTotal), redriveCount,
        redriveMillis);
  }

  private Counts counts(long[] by, long total) {
    long started = by[1] + by[2] + by[3] + by[4] + by[5];
    // Items no child got stay pending when the run fails or is stopped, as AWS counts them.
    long pending = Math.max(0, total - started);
    return new Counts(pending, by[1], by[2], by[3], by[4], by[5], Math.max(total, started),
        by == items ? itemsWritten() : resultsWritten,
        0, 0);
  }
}
