package io.statecraft.local;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Threads for executions started in the background. A thread per running execution because an
 * execution may block for long (a callback, an activity, a wall-clock Wait); daemon threads, so
 * they never keep a JVM alive.
 */
final class Background {

  private static final AtomicLong COUNT = new AtomicLong();

  static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "statecraft-execution-" + COUNT.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  });

  /**
   * Ends executions whose deadline passes while they wait for something that does not watch the
   * clock; one daemon thread, since it only flips flags.
   */
  static final ScheduledExecutorService TIMER = timer();

  private Background() {}

  private static ScheduledExecutorService timer() {
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "statecraft-deadlines");
      thread.setDaemon(true);
      return thread;
    });
    // Most executions end long before their deadline: drop their timers, do not keep them queued.
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }
}
