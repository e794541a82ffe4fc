package io.statecraft.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.function.Supplier;

/**
 * What one piece of work cost: wall time, the bytes the JVM's threads allocated while it ran, and
 * the heap still held once it ended, with its result still referenced, after full collections.
 *
 * <pre>{@code
 * Footprint cost = Footprint.of(() -> machine.run(input));
 * System.out.println(cost.nanos() + " ns, " + cost.allocated() + " B allocated");
 * }</pre>
 */
record Footprint(long nanos, long allocated, long held) {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  /** The value the work gave, kept with what it cost (the caller may go on with it). */
  record Measured<T>(T value, Footprint cost) {}

  static <T> Footprint of(Supplier<T> work) {
    return measure(work).cost();
  }

  /**
   * Runs {@code work} once, on a heap collected just before; the heap held is measured with the
   * work's value still reachable, so it counts what the value keeps alive.
   */
  static <T> Measured<T> measure(Supplier<T> work) {
    long before = heldBytes();
    long allocatedBefore = allocatedBytes();
    long start = System.nanoTime();
    T value = work.get();
    long nanos = System.nanoTime() - start;
    long allocated = allocatedBytes() - allocatedBefore;
    long held = heldBytes() - before;
    java.lang.ref.Reference.reachabilityFence(value);
    return new Measured<>(value, new Footprint(nanos, allocated, held));
  }

  /**
   * The best of {@code runs} runs of {@code work}: the least time and the least allocated, each
   * run on a collected heap; the heap held is the last run's.
   */
  static <T> Footprint best(int runs, Supplier<T> work) {
    Footprint best = null;
    for (int i = 0; i < runs; i++) {
      Footprint cost = of(work);
      best = best == null ? cost : new Footprint(Math.min(best.nanos, cost.nanos),
          Math.min(best.allocated, cost.allocated), cost.held);
    }
    return best;
  }

  /**
   * Bytes allocated so far by every live thread. The runtime runs a workflow made only of Pass,
   * Choice and Map states on the calling thread, so no allocating thread ends unseen.
   */
  static long allocatedBytes() {
    long sum = 0;
    for (long bytes : THREADS.getThreadAllocatedBytes(THREADS.getAllThreadIds())) {
      if (bytes > 0) {
        sum += bytes;
      }
    }
    return sum;
  }

  /** Heap in use after full collections (until it stops shrinking). */
  static long heldBytes() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      long now = MEMORY.getHeapMemoryUsage().getUsed();
      if (now >= used) {
        return now;
      }
      used = now;
    }
    return used;
  }
}
