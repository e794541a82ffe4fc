package io.statecraft.local;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.JsonNode;

/**
 * Runs the branches of a Parallel or the iterations of a Map, at most {@code maxConcurrency} at a
 * time, results in order. As on AWS, the first failure (earliest in time, then lowest index) fails
 * the whole set: lines still running at that moment are aborted then, lines not yet started never
 * start. With a parallelism of 1 the lines run one after another on the calling thread, each
 * starting at the virtual time a concurrency slot frees up, so replay is deterministic and the
 * history is the one AWS records for lines side by side.
 */
final class Fanout {

  /** One branch or iteration, on its own line of execution. */
  interface Body {
    JsonNode run(int index, Frame line);
  }

  /** Makes the line of execution for item {@code index}. */
  interface Lines {
    Frame line(int index, Stop stop);
  }

  private Fanout() {}

  static JsonNode[] run(Frame parent, int count, int maxConcurrency, Lines lines, Body body) {
    Stop stop = new Stop(parent.stop);
    ForkJoinPool pool = parent.run.runtime.pool();
    int workers = maxConcurrency <= 0 ? count : Math.min(count, maxConcurrency);
    if (pool == null || workers <= 1) {
      return inTurn(parent, count, workers, stop, lines, body);
    }
    return onPool(parent, pool, count, workers, stop, lines, body);
  }

  private static JsonNode[] inTurn(Frame parent, int count, int workers, Stop stop, Lines lines,
      Body body) {
    JsonNode[] results = new JsonNode[count];
    FreeSlots slots = new FreeSlots(Math.max(1, Math.min(workers, count)), parent.now());
    RuntimeException first = null;
    long firstAt = Long.MAX_VALUE;
    long end = parent.now();
    for (int i = 0; i < count; i++) {
      long freeAt = slots.earliest();
      if (freeAt >= stop.at()) {
        break;
      }
      Frame line = lines.line(i, stop);
      line.catchUp(freeAt);
      try {
        results[i] = body.run(i, line);
      } catch (Interpreter.Aborted aborted) {
        // Stopped at the failure's moment, which is rethrown below.
      } catch (RuntimeException e) {
        if (!(e instanceof StatesError)) {
          throw e;
        }
        long at = line.now();
        stop.fail(at);
        if (first == null || at < firstAt) {
          first = e;
          firstAt = at;
        }
      } finally {
        parent.cursor = Math.max(parent.cursor, line.cursor);
        long endedAt = endOf(line, stop);
        slots.takeEarliestUntil(endedAt);
        end = Math.max(end, endedAt);
      }
    }
    parent.catchUp(end);
    if (first != null) {
      throw first;
    }
    return results;
  }

  private static JsonNode[] onPool(Frame parent, ForkJoinPool pool, int count, int workers,
      Stop stop, Lines lines, Body body) {
    JsonNode[] results = new JsonNode[count];
    Frame[] frames = new Frame[count];
    for (int i = 0; i < count; i++) {
      frames[i] = lines.line(i, stop);
    }
    AtomicInteger nextIndex = new AtomicInteger();
    RuntimeException[] failures = new RuntimeException[count];
    long[] failedAt = new long[count];
    AtomicLong lastCursor = new AtomicLong(parent.cursor);
    Runnable takeLines = () -> {
      int i;
      while ((i = nextIndex.getAndIncrement()) < count) {
        if (frames[i].stopping()) {
          frames[i] = null;
          continue;
        }
        try {
          results[i] = body.run(i, frames[i]);
        } catch (RuntimeException e) {
          failures[i] = e;
          if (!(e instanceof Interpreter.Aborted)) {
            failedAt[i] = frames[i].now();
            stop.fail(failedAt[i]);
          }
        } finally {
          lastCursor.accumulateAndGet(frames[i].cursor, Math::max);
        }
      }
    };
    // With the caller, as many threads as the pool has take lines: more would only contend.
    Helpers helpers = new Helpers(Math.min(workers, pool.getParallelism()) - 1);
    helpers.start(pool, takeLines);
    try {
      takeLines.run();
    } finally {
      helpers.finish();
    }
    parent.cursor = lastCursor.get();
    for (Frame frame : frames) {
      if (frame != null) {
        parent.catchUp(endOf(frame, stop));
      }
    }
    RuntimeException first = null;
    long firstAt = Long.MAX_VALUE;
    for (int i = 0; i < count; i++) {
      RuntimeException failure = failures[i];
      if (failure == null || failure instanceof Interpreter.Aborted) {
        continue;
      }
      if (!(failure instanceof StatesError)) {
        throw failure;
      }
      if (first == null || failedAt[i] < firstAt) {
        first = failure;
        firstAt = failedAt[i];
      }
    }
    if (first != null) {
      throw first;
    }
    return results;
  }

  /**
   * The concurrency slots of lines run in turn: the virtual time at which each is free again, in
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

    /** When the slot free earliest is free. */
    long earliest() {
      return times[0];
    }

    /** Marks the slot free earliest as busy until {@code millis}. */
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

  /**
   * Pool threads that join the calling thread in taking lines. The caller takes lines too, so a
   * set of lines starts at once, without waiting for a pool thread to wake up; helpers that have
   * not started by the time the lines run out are called off rather than waited for. Nothing
   * waits for a queued task, so nested Parallel and Map states cannot starve the pool.
   */
  private static final class Helpers {
    private static final int WAITING = 0;
    private static final int STARTED = 1;
    private static final int CALLED_OFF = 2;

    private final AtomicIntegerArray states;
    private final AtomicInteger unfinished;
    private final Thread caller = Thread.currentThread();
    private final AtomicReference<Throwable> crash = new AtomicReference<>();

    Helpers(int count) {
      states = new AtomicIntegerArray(Math.max(0, count));
      unfinished = new AtomicInteger(states.length());
    }

    void start(ForkJoinPool pool, Runnable work) {
      for (int h = 0; h < states.length(); h++) {
        int helper = h;
        pool.execute(() -> help(helper, work));
      }
    }

    private void help(int helper, Runnable work) {
      if (!states.compareAndSet(helper, WAITING, STARTED)) {
        return;
      }
      try {
        work.run();
      } catch (Throwable e) {
        crash.compareAndSet(null, e);
      } finally {
        if (unfinished.decrementAndGet() == 0) {
          LockSupport.unpark(caller);
        }
      }
    }

    /** Calls off the helpers yet to start, waits for the others, rethrows what broke one. */
    void finish() {
      for (int h = 0; h < states.length(); h++) {
        if (states.compareAndSet(h, WAITING, CALLED_OFF)) {
          unfinished.decrementAndGet();
        }
      }
      boolean interrupted = false;
      while (unfinished.get() > 0) {
        LockSupport.park(this);
        interrupted |= Thread.interrupted();
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      Throwable broken = crash.get();
      if (broken instanceof RuntimeException e) {
        throw e;
      }
      if (broken instanceof Error e) {
        throw e;
      }
    }
  }

  /** When a line ended: a line cut off by a sibling's failure ended at that moment. */
  private static long endOf(Frame line, Stop stop) {
    return Math.min(line.now(), stop.at());
  }
}
