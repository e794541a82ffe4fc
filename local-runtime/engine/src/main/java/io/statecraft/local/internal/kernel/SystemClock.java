package io.statecraft.local.internal.kernel;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The wall clock. Executions that wait (a Wait state, a back-off, a task's time-out while nobody
 * answers its token) really wait; one timer thread per runtime wakes them, made on first use and
 * ended by {@link #close()}.
 */
public final class SystemClock extends Clock {

  private ScheduledThreadPoolExecutor timer;
  private boolean closed;

  @Override
  public boolean isVirtual() {
    return false;
  }

  @Override
  public long executionStart() {
    return System.currentTimeMillis();
  }

  @Override
  public long millis() {
    return System.currentTimeMillis();
  }

  @Override
  public Runnable schedule(long epochMillis, Runnable wake) {
    ScheduledFuture<?> future = timer().schedule(wake,
        Math.max(0, epochMillis - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
    return () -> future.cancel(false);
  }

  @Override
  public void sleep(long millis) {
    try {
      Thread.sleep(Math.max(0, millis));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized ScheduledThreadPoolExecutor timer() {
    if (closed) {
      throw new IllegalStateException("the runtime is closed");
    }
    if (timer == null) {
      timer = new ScheduledThreadPoolExecutor(1, Daemons.named("statecraft-timer-"));
      // Most waits end before their timer (an answer comes first): drop those timers at once.
      timer.setRemoveOnCancelPolicy(true);
    }
    return timer;
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}
