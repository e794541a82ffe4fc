package io.statecraft.local;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * Runs the branches of a Parallel or the iterations of a Map, at most {@code maxConcurrency} at a
 * time on the runtime's bounded fork-join pool, results in order. The first failure (lowest
 * index) stops the siblings and is rethrown. With a parallelism of 1 everything runs in order on
 * the calling thread, which is also the fast path for single items.
 */
final class Fanout {

  /** One branch or iteration, on its own line of execution. */
  interface Body {
    JsonNode run(int index, Frame line);
  }

  /** Makes the line of execution for item {@code index}. */
  interface Lines {
    Frame line(int index, AtomicBoolean stop);
  }

  private Fanout() {}

  static JsonNode[] run(Frame parent, int count, int maxConcurrency, Lines lines, Body body) {
    JsonNode[] results = new JsonNode[count];
    AtomicBoolean stop = new AtomicBoolean();
    ForkJoinPool pool = parent.run.runtime.pool();
    int workers = maxConcurrency <= 0 ? count : Math.min(count, maxConcurrency);
    if (pool == null || workers <= 1) {
      for (int i = 0; i < count; i++) {
        Frame line = lines.line(i, stop);
        try {
          results[i] = body.run(i, line);
        } finally {
          parent.cursor = line.cursor;
          parent.catchUp(line.now());
        }
      }
      return results;
    }
    Frame[] frames = new Frame[count];
    for (int i = 0; i < count; i++) {
      frames[i] = lines.line(i, stop);
    }
    AtomicInteger nextIndex = new AtomicInteger();
    RuntimeException[] failures = new RuntimeException[count];
    AtomicLong lastCursor = new AtomicLong(parent.cursor);
    List<RecursiveAction> tasks = new ArrayList<>(workers);
    for (int w = 0; w < workers; w++) {
      tasks.add(new RecursiveAction() {
        private static final long serialVersionUID = 1L;

        @Override
        protected void compute() {
          int i;
          while ((i = nextIndex.getAndIncrement()) < count) {
            if (stop.get()) {
              frames[i] = null;
              continue;
            }
            try {
              results[i] = body.run(i, frames[i]);
            } catch (RuntimeException e) {
              failures[i] = e;
              if (!(e instanceof Interpreter.Aborted)) {
                stop.set(true);
              }
            } finally {
              if (frames[i] != null) {
                lastCursor.accumulateAndGet(frames[i].cursor, Math::max);
              }
            }
          }
        }
      });
    }
    if (ForkJoinTask.inForkJoinPool()) {
      ForkJoinTask.invokeAll(tasks);
    } else {
      pool.invoke(new RecursiveAction() {
        private static final long serialVersionUID = 1L;

        @Override
        protected void compute() {
          invokeAll(tasks);
        }
      });
    }
    parent.cursor = lastCursor.get();
    for (Frame frame : frames) {
      if (frame != null) {
        parent.catchUp(frame.now());
      }
    }
    for (RuntimeException failure : failures) {
      if (failure != null && !(failure instanceof Interpreter.Aborted)) {
        throw failure;
      }
    }
    return results;
  }
}
