package io.statecraft.local;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

  private Background() {}
}
