package io.statecraft.local;

import java.time.Instant;

/**
 * The time executions run on. {@link #virtual} (the default) starts at a fixed instant and moves
 * only when the execution waits: a Wait, a retry back-off or a task's simulated duration pass
 * instantly, and history timestamps follow. {@link #system} is the wall clock and really sleeps.
 *
 * <pre>{@code
 * LocalStepFunctions.builder().clock(ExecutionClock.virtual(Instant.parse("2030-01-01T00:00:00Z")));
 * }</pre>
 */
public final class ExecutionClock {

  private final Instant start;

  private ExecutionClock(Instant start) {
    this.start = start;
  }

  /** A virtual clock on which every execution starts at {@code start}. */
  public static ExecutionClock virtual(Instant start) {
    if (start == null) {
      throw new NullPointerException("start == null");
    }
    return new ExecutionClock(start);
  }

  /** A virtual clock starting at 2024-01-01T00:00:00Z. */
  public static ExecutionClock virtual() {
    return virtual(Instant.parse("2024-01-01T00:00:00Z"));
  }

  /** The wall clock: waits really wait. */
  public static ExecutionClock system() {
    return new ExecutionClock(null);
  }

  /** Whether time is virtual. */
  public boolean isVirtual() {
    return start != null;
  }

  /** Epoch millis at which a new execution starts. */
  long startMillis() {
    return start != null ? start.toEpochMilli() : System.currentTimeMillis();
  }

  @Override
  public String toString() {
    return start != null ? "virtual clock from " + start : "system clock";
  }
}
