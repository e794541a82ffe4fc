package io.statecraft.local.internal.kernel;

/**
 * Virtual time: every execution starts at the same instant, and time moves only when an execution
 * waits (a Wait, a retry back-off, a task's simulated duration), instantly.
 */
public final class VirtualClock extends Clock {

  private final long start;

  public VirtualClock(long startEpochMillis) {
    this.start = startEpochMillis;
  }

  @Override
  public boolean isVirtual() {
    return true;
  }

  @Override
  public long executionStart() {
    return start;
  }

  @Override
  public long millis() {
    return start;
  }

  @Override
  public Runnable schedule(long epochMillis, Runnable wake) {
    return () -> { };
  }

  @Override
  public void sleep(long millis) {
    throw new IllegalStateException("a virtual clock does not sleep: executions move its time");
  }
}
