package io.statecraft.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.HashMap;
import java.util.Map;

/**
 * The CPU time (user and system) this JVM used, split by whose threads used it: the emulator's
 * (its HTTP server and the runtime's execution threads, all named {@code statecraft-...} or the
 * JDK server's {@code HTTP-Dispatcher}), the client's (every other Java thread), and what no Java
 * thread accounts for (garbage collection, the JIT compilers, native threads, threads that ended
 * between two snapshots).
 */
record CpuUse(long processNanos, Map<Long, Thread> threads) {

  /** One thread's name, the CPU it had used and the bytes it had allocated. */
  record Thread(String name, long nanos, long bytes) {
    boolean emulator() {
      return name.startsWith("statecraft-") || name.equals("HTTP-Dispatcher")
          || name.equals("server-timer");
    }
  }

  static CpuUse now() {
    com.sun.management.ThreadMXBean bean =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Map<Long, Thread> threads = new HashMap<>();
    for (ThreadInfo info : bean.getThreadInfo(bean.getAllThreadIds())) {
      if (info != null) {
        long nanos = bean.getThreadCpuTime(info.getThreadId());
        if (nanos >= 0) {
          threads.put(info.getThreadId(), new Thread(info.getThreadName(), nanos,
              bean.getThreadAllocatedBytes(info.getThreadId())));
        }
      }
    }
    return new CpuUse(processCpuNanos(), threads);
  }

  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** What was used from {@code earlier} to this snapshot, by the threads alive now. */
  CpuUse minus(CpuUse earlier) {
    Map<Long, Thread> used = new HashMap<>();
    threads.forEach((id, thread) -> {
      Thread before = earlier.threads.get(id);
      boolean same = before != null && before.name.equals(thread.name);
      used.put(id, new Thread(thread.name, thread.nanos - (same ? before.nanos : 0),
          thread.bytes - (same ? before.bytes : 0)));
    });
    return new CpuUse(processNanos - earlier.processNanos, used);
  }

  /** Each side's CPU per request, and how many threads it has. */
  String perRequest(int requests, boolean emulatorHere) {
    long emulator = 0;
    long client = 0;
    int emulatorThreads = 0;
    int clientThreads = 0;
    long emulatorBytes = 0;
    long clientBytes = 0;
    for (Thread thread : threads.values()) {
      if (thread.emulator()) {
        emulator += thread.nanos;
        emulatorBytes += thread.bytes;
        emulatorThreads++;
      } else {
        client += thread.nanos;
        clientBytes += thread.bytes;
        clientThreads++;
      }
    }
    long rest = processNanos - emulator - client;
    String clientPart = String.format("client %.0f µs (%d threads, %.1f kB allocated)",
        client / 1e3 / requests, clientThreads, clientBytes / 1e3 / requests);
    if (!emulatorHere) {
      return String.format("CPU per request in this JVM: %s, rest of the JVM %.0f µs (GC, JIT)",
          clientPart, rest / 1e3 / requests);
    }
    return String.format("CPU per request: emulator %.0f µs (%d threads, %.1f kB allocated), %s,"
        + " rest of the JVM %.0f µs (GC, JIT), total %.0f µs", emulator / 1e3 / requests,
        emulatorThreads, emulatorBytes / 1e3 / requests, clientPart, rest / 1e3 / requests, processNanos / 1e3 / requests);
  }

  /** The whole JVM's CPU, for {@code what}. */
  String total(String what) {
    return String.format("CPU used by the JVM (%s): %.2f s, %d threads alive", what,
        processNanos / 1e9, threads.size());
  }
}
