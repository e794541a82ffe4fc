package io.statecraft.local.internal.kernel;

import io.statecraft.local.internal.expr.StatesError;
import java.util.Arrays;
import tools.jackson.databind.JsonNode;

/**
 * Runs the branches of a Parallel or the iterations of a Map, at most {@code maxConcurrency} at a
 * time, results in order, while the line that started them waits. As on AWS, the first failure
 * fails the whole set: lines still running at that moment are aborted then, lines not yet started
 * never start.
 *
 * <p>Interleaved, the lines run side by side under the scheduler and a failure aborts the others
 * at once. In line order, each runs to its end before the next starts, at the virtual time a
 * concurrency slot frees up, and a line compares its own time with the failure's: the history is
 * the one AWS records for lines side by side.
 */
public final class Fanout implements LineEnd {

  /** Makes the line of item {@code index}, not started yet, from the waiting line. */
  public interface Lines {
    Line line(int index, Stop stop, LineEnd end);
  }

  /** How the whole set ended; runs in the waiting line. */
  public interface Done {
    /**
     * Every line succeeded with {@code outputs}, in order; none nests more than
     * {@code deepestOutput} levels (-1: not known).
     */
    void succeeded(JsonNode[] outputs, int deepestOutput);

    void failed(StatesError error);
  }

  private final Line parent;
  private final int count;
  private final int workers;
  private final Lines lines;
  private final Done done;
  private final Stop stop;
  private final boolean sequential;
  private final JsonNode[] results;
  private final Line[] active;
  private int nextIndex;
  private int running;
  private StatesError first;
  private long firstAt = Long.MAX_VALUE;
  /** The event the first failure ended its line with: AWS links the set's failure to it. */
  private long firstCursor;
  private boolean aborting;
  private boolean completed;
  /**
   * The most levels any output nests, from the bounds their lines' last states left; -1 once one
   * is not known (a redrive's kept outputs never are).
   */
  private int deepestOutput;
  /** In line order: when each concurrency slot is free again, and when the last line ended. */
  private final FreeSlots slots;
  private long end;

  private Fanout(Line parent, int count, int maxConcurrency, Lines lines, Done done) {
    this.parent = parent;
    this.count = count;
    this.workers = maxConcurrency <= 0 ? count : Math.min(count, maxConcurrency);
    this.lines = lines;
    this.done = done;
    this.stop = new Stop(parent.stop);
    this.sequential = parent.run.scheduler.sequential;
    JsonNode[] kept = parent.keptFanout;
    parent.keptFanout = null;
    // A redrive keeps what the branches or iterations that succeeded gave, and reruns the rest.
    this.results = kept != null && kept.length == count ? kept.clone() : new JsonNode[count];
    this.deepestOutput = kept != null ? -1 : 0;
    this.active = new Line[count];
    this.end = parent.now();
    this.slots = sequential ? new FreeSlots(Math.max(1, workers), parent.now()) : null;
  }

  /**
   * Suspends {@code parent} and runs {@code count} lines made by {@code lines}; {@code done} runs in
   * {@code parent} once all have ended.
   */
  public static void run(Line parent, int count, int maxConcurrency, Lines lines, Done done) {
    Fanout fanout = new Fanout(parent, count, maxConcurrency, lines, done);
    parent.suspend(null);
    parent.children = fanout;
    fanout.startMore();
    fanout.completeIfDone();
  }

  private void startMore() {
    skipKept();
    if (sequential) {
      if (running == 0 && nextIndex < count) {
        long freeAt = slots.earliest();
        if (freeAt < stop.at()) {
          Line line = start(nextIndex++);
          line.catchUp(freeAt);
        } else {
          nextIndex = count;
        }
      }
      return;
    }
    while (first == null && running < workers && nextIndex < count) {
      start(nextIndex++);
      skipKept();
    }
  }

  /** Moves past the lines whose results a redrive kept. */
  private void skipKept() {
    while (nextIndex < count && results[nextIndex] != null) {
      nextIndex++;
    }
  }

  /** The outputs so far, null where a line has not succeeded (a redrive keeps the others). */
  JsonNode[] results() {
    return results.clone();
  }

  private Line start(int index) {
    Line line = lines.line(index, stop, this);
    line.slot = index;
    active[index] = line;
    running++;
    parent.run.scheduler.ready(line);
    return line;
  }

  @Override
  public void succeeded(Line line, JsonNode output) {
    results[ended(line)] = output;
    int bound = line.depthBound(output);
    deepestOutput = bound < 0 || deepestOutput < 0 ? -1 : Math.max(deepestOutput, bound);
    afterEnd();
  }

  @Override
  public void failed(Line line, StatesError error) {
    ended(line);
    long at = line.now();
    if (first == null || at < firstAt) {
      first = error;
      firstAt = at;
      firstCursor = line.cursor;
    }
    stop.fail(at);
    if (!sequential) {
      abortAll();
    }
    afterEnd();
  }

  @Override
  public void aborted(Line line) {
    ended(line);
    afterEnd();
  }

  private int ended(Line line) {
    int index = line.slot;
    active[index] = null;
    running--;
    parent.cursor = Math.max(parent.cursor, line.cursor);
    long endedAt = Math.min(line.now(), stop.at());
    end = Math.max(end, endedAt);
    if (sequential) {
      slots.takeEarliestUntil(endedAt);
    }
    return index;
  }

  private void afterEnd() {
    if (aborting || completed) {
      return;
    }
    startMore();
    completeIfDone();
  }

  /** Stops every line still running: a sibling failed, or the waiting line itself was aborted. */
  void abortAll() {
    aborting = true;
    try {
      for (int i = 0; i < count; i++) {
        Line line = active[i];
        if (line != null) {
          line.abort();
        }
      }
      nextIndex = count;
    } finally {
      aborting = false;
    }
    completeIfDone();
  }

  private void completeIfDone() {
    if (completed || running > 0 || nextIndex < count && first == null) {
      return;
    }
    completed = true;
    parent.children = null;
    if (parent.run.virtual && sequential) {
      parent.catchUp(end);
    }
    StatesError failure = first;
    if (failure != null) {
      parent.failedFanout = results.clone();
      parent.cursor = firstCursor;
    }
    parent.wakeWith(failure != null ? () -> done.failed(failure)
        : () -> done.succeeded(results, deepestOutput));
  }

  /**
   * The concurrency slots of lines run in order: the virtual time at which each is free again, in
   * a binary heap ordered by time and then slot number, so the next line takes the slot free
   * earliest (the lowest-numbered among equals) in log time; a Map over 10,000 items with no
   * MaxConcurrency has 10,000 slots.
   */
  private static final class FreeSlots {
    private final long[] times;
    private final int[] numbers;

    FreeSlots(int count, long now) {
      times = new long[count];
      numbers = new int[count];
      Arrays.fill(times, now);
      for (int i = 0; i < count; i++) {
        numbers[i] = i;
      }
    }

    long earliest() {
      return times[0];
    }

    void takeEarliestUntil(long millis) {
      times[0] = millis;
      int i = 0;
      while (true) {
        int smallest = i;
        for (int child = 2 * i + 1; child <= 2 * i + 2 && child < times.length; child++) {
          if (before(child, smallest)) {
            smallest = child;
          }
        }
        if (smallest == i) {
          return;
        }
        swap(i, smallest);
        i = smallest;
      }
    }

    private boolean before(int a, int b) {
      return times[a] < times[b] || times[a] == times[b] && numbers[a] < numbers[b];
    }

    private void swap(int a, int b) {
      long time = times[a];
      times[a] = times[b];
      times[b] = time;
      int number = numbers[a];
      numbers[a] = numbers[b];
      numbers[b] = number;
    }
  }
}
