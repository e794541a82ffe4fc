package io.statecraft.local;

import io.statecraft.local.internal.kernel.Clock;
import io.statecraft.local.internal.kernel.SystemClock;
import io.statecraft.local.internal.kernel.VirtualClock;
import java.time.Instant;
import java.util.Objects;

/**
 * The time a runtime's executions run on, chosen when the runtime is built; everything that reads
 * or waits on time goes through it. {@link #virtual} (the default) starts every execution at a
 * fixed instant and moves only when the execution waits: a Wait, a retry back-off or a task's
 * simulated duration pass instantly, and history timestamps follow. {@link #system} is the wall
 * clock and really waits.
 *
 * <pre>{@code
 * LocalStepFunctions.builder().clock(ExecutionClock.virtual(Instant.parse("2030-01-01T00:00:00Z")));
 * }</pre>
 */
public final class ExecutionClock {

  /** 2024-01-01T00:00:00Z as epoch seconds: parsing the text showed in every new runtime. */
  private static final Instant DEFAULT_START = Instant.ofEpochSecond(1_704_067_200L);

  private final Instant start;

  private ExecutionClock(Instant start) {
    this.start = start;
  }

  /** A virtual clock on which every execution starts at {@code start}. */
  public static ExecutionClock virtual(Instant start) {
    return new ExecutionClock(Objects.requireNonNull(start, "start == null"));
  }

  /** A virtual clock starting at 2024-01-01T00:00:00Z. */
  public static ExecutionClock virtual() {
    return virtual(DEFAULT_START);
  }

  /** The wall clock: waits really wait. */
  public static ExecutionClock system() {
    return new ExecutionClock(null);
  }

  /** Whether time is virtual. */
  public boolean isVirtual() {
    return start != null;
  }

  /** The clock one runtime reads: each runtime has its own (a wall clock's timer is its own). */
  Clock newClock() {
    return start != null ? new VirtualClock(start.toEpochMilli()) : new SystemClock();
  }

  @Override
  public String toString() {
    return start != null ? "virtual clock from " + start : "system clock";
  }
}
