package io.statecraft.local.internal.states;

import io.statecraft.asl.ErrorNames;
import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.internal.expr.StatesError;
import io.statecraft.local.internal.items.ChildResult;
import io.statecraft.local.internal.items.ItemReaderFailure;
import io.statecraft.local.internal.items.ItemStream;
import io.statecraft.local.internal.items.S3Failure;
import io.statecraft.local.internal.json.Values;
import io.statecraft.local.internal.kernel.Line;
import io.statecraft.local.internal.kernel.Outcome;
import io.statecraft.local.internal.kernel.Run;
import io.statecraft.local.internal.kernel.WaitCause;
import io.statecraft.local.internal.maprun.MapRunHost;
import io.statecraft.local.internal.maprun.MapRunRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One Map Run: reads the items as children need them, starts a child execution per item or
 * batch (at most MaxConcurrency at a time, the next when one ends), counts failures against the
 * tolerated thresholds, and ends the Map state when the last child ends or the threshold is
 * exceeded. It lives on the parent run's thread: children report their ends there by posting.
 */
final class MapRunner {

  /** AWS's cause when a Map Run fails for too many failed items. */
  static final String THRESHOLD_CAUSE = "The specified tolerated failure threshold was exceeded";

  private final DistributedMapNode node;
  private final Line line;
  private final RetryingNode.Attempt attempt;
  private final JsonNode input;
  private final DistributedMapNode.Settings settings;
  private final MapRunRecord record;
  private final MapRunHost host;
  private final Run run;
  private final List<ChildResult> results = new ArrayList<>();
  private final Map<Integer, Run> active = new HashMap<>();
  private Executor threads;
  private ItemStream source;
  private JsonNode lookahead;
  private int concurrency;
  private long toleratedCount;
  private double toleratedPercentage;
  private final boolean countSet;
  private final boolean percentageSet;
  private int itemsRead;
  private int running;
  private long failedItems;
  private boolean exhausted;
  private boolean over;
  /** When the latest child ended (virtual time): the parent goes on from there. */
  private long latestEnd;

  MapRunner(DistributedMapNode node, Line line, RetryingNode.Attempt attempt, JsonNode input,
      DistributedMapNode.Settings settings, MapRunRecord record, MapRunHost host) {
    this.node = node;
    this.line = line;
    this.attempt = attempt;
    this.input = input;
    this.settings = settings;
    this.record = record;
    this.host = host;
    this.run = line.run();
    this.concurrency = settings.concurrency();
    this.toleratedCount = settings.toleratedCount();
    this.toleratedPercentage = settings.toleratedPercentage();
    this.countSet = node.toleratedCount != null;
    this.percentageSet = settings.percentageSet();
    this.latestEnd = line.now();
  }

  /** Opens the items and starts the first children; the Map state waits for the rest. */
  void start() {
    openSource(0);
    if (settings.items() != null) {
      record.itemTotal(settings.items().size());
    }
    await();
    fill(line.now());
    finishIfDone();
  }

  /**
   * Runs a Map Run that did not succeed again, as a redrive of its execution does: children that
   * succeeded keep their results, those that did not are redriven, items no child got start new
   * children.
   */
  void redrive() {
    List<Run> previous = record.children();
    int given = 0;
    for (int i = 0; i < previous.size(); i++) {
      given += record.itemsOf(i);
    }
    openSource(given);
    await();
    for (int i = 0; i < previous.size(); i++) {
      rerun(i, previous.get(i));
    }
    fill(line.now());
    finishIfDone();
  }

  /** The {@code index}th child of the previous run: its result kept, or redriven. */
  private void rerun(int index, Run child) {
    Run latest = child.latest();
    results.add(null);
    int items = record.itemsOf(index);
    Outcome outcome = latest.outcome().join();
    if (outcome.status() == Outcome.Status.SUCCEEDED) {
      results.set(index, result(latest, outcome));
      return;
    }
    Run redriven = host.redriveChild(record, latest, threads);
    if (redriven == null) {
      // It stopped before its first state: nothing to go on from; it stays as it ended.
      results.set(index, result(latest, outcome));
      failedItems += items;
      return;
    }
    record.rerun(2 + outcome.status().ordinal(), items);
    active.put(index, redriven);
    running++;
    watch(index, items, redriven);
  }

  /** The Map state waits for its children; UpdateMapRun and the end of the run reach it. */
  private void await() {
    threads = host.childThreads();
    line.awaitOutside(WaitCause.CHILD_EXECUTION, this::aborted);
    record.onUpdate(update -> run.post(() -> updated(update)));
    run.onEnd(this::parentEnded);
  }

  private static ChildResult result(Run child, Outcome outcome) {
    return new ChildResult(child.executionArn, child.executionName, child.machineArn,
        outcome.status().name(), child.input, outcome.output(), outcome.error(),
        outcome.cause(), child.startMillis, outcome.stopMillis(), child.redriveCount);
  }

  /**
   * Opens the items past the first {@code skip} (those children of an earlier run had); a reader
   * that fails fails the Map Run before any child starts.
   */
  private void openSource(int skip) {
    try {
      source = MapItems.open(node, line, settings, host);
      for (; itemsRead < skip && source.hasNext(); itemsRead++) {
        source.next();
      }
      exhausted = !source.hasNext();
    } catch (ItemReaderFailure | S3Failure failure) {
      throw failNow(ErrorNames.ITEM_READER_FAILED, readerCause(failure));
    }
  }

  /** The cause a reader's failure gives the Map Run. */
  private static String readerCause(RuntimeException failure) {
    return failure instanceof ItemReaderFailure reader ? reader.cause()
        : ((S3Failure) failure).cause();
  }

  /** The Map Run fails before any child started: MapRunFailed, and the state's error. */
  private StatesError failNow(String error, String cause) {
    over = true;
    line.event(HistoryEventType.MAP_RUN_FAILED, null, null, 0, error, cause, null);
    record.finish(MapRunRecord.Status.FAILED, line.now());
    return new StatesError(error, cause);
  }

  /** Starts children while there are items and free slots. */
  private void fill(long at) {
    while (!over && running < concurrency && !exhausted) {
      List<JsonNode> batch;
      int first = itemsRead;
      try {
        batch = nextBatch();
      } catch (ItemReaderFailure | S3Failure failure) {
        end(ErrorNames.ITEM_READER_FAILED, readerCause(failure));
        return;
      }
      startChild(first, batch, at);
    }
  }

  /** The next item, or the next batch of items, each through the ItemSelector. */
  private List<JsonNode> nextBatch() {
    List<JsonNode> batch = new ArrayList<>();
    if (node.batcher == null) {
      batch.add(node.select(settings, line, itemsRead, source.next()));
      itemsRead++;
      exhausted = !source.hasNext();
      return batch;
    }
    long maxItems = settings.batchItems() > 0 ? settings.batchItems() : Long.MAX_VALUE;
    long maxBytes = settings.batchBytes() > 0 ? settings.batchBytes() : 256 * 1024;
    long bytes = batchOverhead();
    while (batch.size() < maxItems && source.hasNext()) {
      JsonNode item = lookahead != null ? lookahead : node.select(settings, line, itemsRead,
          source.next());
      lookahead = null;
      long size = Values.text(item).getBytes(java.nio.charset.StandardCharsets.UTF_8).length
          + (batch.isEmpty() ? 0 : 1);
      if (!batch.isEmpty() && bytes + size > maxBytes) {
        lookahead = item;
        break;
      }
      bytes += size;
      batch.add(item);
      itemsRead++;
    }
    exhausted = lookahead == null && !source.hasNext();
    return batch;
  }

  /** The bytes of a batch without items: {"BatchInput":...,"Items":[]}. */
  private long batchOverhead() {
    ObjectNode empty = batchInput(Values.array());
    return Values.text(empty).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  private ObjectNode batchInput(ArrayNode items) {
    ObjectNode batch = Values.object();
    if (settings.batchInput() != null) {
      batch.set("BatchInput", settings.batchInput());
    }
    batch.set("Items", items);
    return batch;
  }

  private void startChild(int firstItem, List<JsonNode> batch, long at) {
    JsonNode childInput;
    if (node.batcher == null) {
      childInput = batch.get(0);
    } else {
      ArrayNode items = Values.array();
      batch.forEach(items::add);
      childInput = batchInput(items);
    }
    int index = results.size();
    results.add(null);
    String name = new UUID(run.random().nextLong(), run.random().nextLong()).toString();
    record.read(batch.size(), 1);
    Run child = host.startChild(run, record, name, childInput, at, node.processor.start(),
        node.express, threads);
    record.started(child, batch.size());
    active.put(index, child);
    running++;
    int items = batch.size();
    watch(index, items, child);
  }

  /**
   * Counts the child's end in the Map Run as it happens, whatever became of the parent (it may have
   * ended first), then tells the Map state on the parent's thread.
   */
  private void watch(int index, int items, Run child) {
    child.outcome().whenComplete((outcome, crash) -> {
      if (outcome != null) {
        record.ended(2 + outcome.status().ordinal(), items);
      }
      run.post(() -> childEnded(index, items, child, outcome, crash));
    });
  }

  private void childEnded(int index, int items, Run child, Outcome outcome, Throwable crash) {
    if (active.remove(index) == null) {
      return;
    }
    running--;
    if (crash != null) {
      throw new IllegalStateException("child execution " + child.executionArn + " crashed",
          crash);
    }
    Outcome.Status status = outcome.status();
    results.set(index, result(child, outcome));
    latestEnd = Math.max(latestEnd, outcome.stopMillis());
    if (over) {
      return;
    }
    // AWS counts failed and timed-out items against the thresholds; aborted ones do not count.
    if (status == Outcome.Status.FAILED || status == Outcome.Status.TIMED_OUT) {
      failedItems += items;
    }
    if (thresholdExceeded()) {
      end(ErrorNames.EXCEED_TOLERATED_FAILURE_THRESHOLD, THRESHOLD_CAUSE);
      return;
    }
    fill(outcome.stopMillis());
    finishIfDone();
  }

  /** Whether the failed items are more than the thresholds allow (none set: any failure). */
  private boolean thresholdExceeded() {
    if (failedItems == 0) {
      return false;
    }
    if (!countSet && !percentageSet) {
      return true;
    }
    if (countSet && failedItems > toleratedCount) {
      return true;
    }
    // The percentage is of all items, known once every item is read.
    return percentageSet && exhausted
        && failedItems * 100.0 / Math.max(1, itemsRead) > toleratedPercentage;
  }

  private void updated(MapRunRecord.Update update) {
    if (over) {
      return;
    }
    if (update.maxConcurrency() != null) {
      concurrency = update.maxConcurrency() == 0 ? DistributedMapNode.DISTRIBUTED_CONCURRENCY
          : update.maxConcurrency();
    }
    if (update.toleratedFailureCount() != null) {
      toleratedCount = update.toleratedFailureCount();
    }
    if (update.toleratedFailurePercentage() != null) {
      toleratedPercentage = update.toleratedFailurePercentage();
    }
    if (thresholdExceeded()) {
      end(ErrorNames.EXCEED_TOLERATED_FAILURE_THRESHOLD, THRESHOLD_CAUSE);
      return;
    }
    fill(line.now());
  }

  private void finishIfDone() {
    if (over || running > 0 || !exhausted) {
      return;
    }
    if (thresholdExceeded()) {
      end(ErrorNames.EXCEED_TOLERATED_FAILURE_THRESHOLD, THRESHOLD_CAUSE);
      return;
    }
    over = true;
    closeSource();
    record.resultsWritten(results.size());
    line.wakeWith(() -> attempt.guard(() -> {
      line.catchUp(latestEnd);
      line.event(HistoryEventType.MAP_RUN_SUCCEEDED, null, null);
      record.finish(MapRunRecord.Status.SUCCEEDED, line.now());
      line.sideEvent(HistoryEventType.MAP_STATE_SUCCEEDED, null, 0);
      JsonNode output = MapResults.output(node, line, settings, record, results, host);
      attempt.succeeded(node.shape(input, output, line));
    }));
  }

  /** The Map Run fails: children still running are stopped, the Map state gets the error. */
  private void end(String error, String cause) {
    halt();
    line.wakeWith(() -> attempt.guard(() -> {
      line.catchUp(latestEnd);
      throw failNow(error, cause);
    }));
  }

  /** The Map state was aborted (a sibling failed, the execution stopped): so is the Map Run. */
  private void aborted() {
    if (over) {
      return;
    }
    halt();
    line.event(HistoryEventType.MAP_RUN_ABORTED, null, null);
    record.finish(MapRunRecord.Status.ABORTED, line.now());
  }

  /** The parent execution ended (stopped, timed out) while the Map Run ran. */
  private void parentEnded() {
    if (!over) {
      halt();
      record.finish(MapRunRecord.Status.ABORTED, run.now());
    }
  }

  /** The Map Run ends before its children do: no more items, the running children stopped. */
  private void halt() {
    over = true;
    closeSource();
    stopChildren();
  }

  private void stopChildren() {
    for (Run child : active.values()) {
      child.stop(null, null);
    }
  }

  private void closeSource() {
    if (source != null) {
      source.close();
    }
  }
}
