package io.statecraft.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.function.Supplier;

/**
 * What one piece of work cost: wall time, the CPU time of the calling thread (which runs the
 * workflow: it leaves out garbage collection and what other processes take of the CPUs), the time
 * the collectors reported, the bytes the JVM's threads allocated while it ran, and the heap still
 * held once it ended, with its result still referenced, after full collections.
 *
 * <pre>{@code
 * Footprint cost = Footprint.of(() -> machine.run(input));
 * System.out.println(cost.nanos() + " ns, " + cost.allocated() + " B allocated");
 * }</pre>
 */
record Footprint(long nanos, long cpuNanos, long gcMillis, long allocated, long held) {

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
    long gcBefore = collectorMillis();
    long cpuBefore = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    T value = work.get();
    long nanos = System.nanoTime() - start;
    long cpu = THREADS.getCurrentThreadCpuTime() - cpuBefore;
    long gc = collectorMillis() - gcBefore;
    long allocated = allocatedBytes() - allocatedBefore;
    long held = heldBytes() - before;
    java.lang.ref.Reference.reachabilityFence(value);
    return new Measured<>(value, new Footprint(nanos, cpu, gc, allocated, held));
  }

  /** The least of each figure of this and {@code other}; the heap held is {@code other}'s. */
  Footprint least(Footprint other) {
    return new Footprint(Math.min(nanos, other.nanos), Math.min(cpuNanos, other.cpuNanos),
        Math.min(gcMillis, other.gcMillis), Math.min(allocated, other.allocated), other.held);
  }

  /** Milliseconds the collectors have spent so far, by their own count. */
  static long collectorMillis() {
    long sum = 0;
    for (java.lang.management.GarbageCollectorMXBean gc
        : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, gc.getCollectionTime());
    }
    return sum;
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
