package io.statecraft.local.internal.kernel;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What other threads hand to a run (a task token answered, a worker that took an activity task, a
 * handler done on another thread, StopExecution, a test moving the clock): actions the run's
 * driving thread carries out between states, so that everything a run records happens on one
 * thread, in an order that does not depend on when other threads came.
 */
final class Mailbox {

  private final ConcurrentLinkedQueue<Runnable> posted = new ConcurrentLinkedQueue<>();
  private final Object monitor = new Object();

  void post(Runnable action) {
    posted.add(action);
    synchronized (monitor) {
      monitor.notifyAll();
    }
  }

  boolean isEmpty() {
    return posted.isEmpty();
  }

  /** Carries out what was posted, in order; true when there was anything. */
  boolean runPosted() {
    boolean any = false;
    Runnable action;
    while ((action = posted.poll()) != null) {
      action.run();
      any = true;
    }
    return any;
  }

  /**
   * Waits until something is posted or, on the wall clock, {@code untilEpochMillis} comes
   * ({@link Long#MAX_VALUE}: no time limit).
   */
  void await(Clock clock, long untilEpochMillis) {
    synchronized (monitor) {
      if (!posted.isEmpty()) {
        return;
      }
      long nanos = untilEpochMillis == Long.MAX_VALUE ? Long.MAX_VALUE
          : Math.max(1, untilEpochMillis - clock.millis()) * 1_000_000L;
      try {
        clock.await(monitor, nanos);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while an execution waited", e);
      }
    }
  }
}
