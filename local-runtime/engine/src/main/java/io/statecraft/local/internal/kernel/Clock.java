package io.statecraft.local.internal.kernel;

import java.util.concurrent.TimeUnit;

/**
 * The one source of time of a runtime: everything that reads or waits on time goes through it,
 * the engine and the emulator alike. {@link VirtualClock} moves only when an execution waits, so
 * a year-long Wait takes no time; {@link SystemClock} is the wall clock and really waits.
 *
 * <p>Threads that wait for each other (a test waiting for a task token, a worker polling for an
 * activity task) wait in real time on either clock: {@link #realDeadline} and {@link #await} are
 * those waits.
 */
public abstract class Clock {

  /** Both clocks answer isVirtual() with a constant, so it may be asked while constructing. */
  private final TimeSkipper skipper = new TimeSkipper(isVirtual());

  /** Whether time is virtual. */
  public abstract boolean isVirtual();

  /** Epoch millis at which a new execution starts. */
  public abstract long executionStart();

  /**
   * Epoch millis now: the wall clock's time, or on a virtual clock its start (there is no time
   * outside executions; each execution keeps its own).
   */
  public abstract long millis();

  /**
   * Runs {@code wake} once the wall clock reaches {@code epochMillis} (on a virtual clock, never:
   * virtual time moves by itself). Returns what cancels it.
   */
  public abstract Runnable schedule(long epochMillis, Runnable wake);

  /** Lets {@code millis} of wall-clock time pass on the calling thread (a handler's sleep). */
  public abstract void sleep(long millis);

  /** The runs on this clock and the threads that wait on them; skips virtual time. */
  public final TimeSkipper skipper() {
    return skipper;
  }

  /** Releases the clock's thread, if it has one. */
  public void close() {}

  /** The real-time instant, in nanoseconds, {@code timeoutNanos} from now. */
  public final long realDeadline(long timeoutNanos) {
    long now = System.nanoTime();
    return timeoutNanos >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + timeoutNanos;
  }

  /** Real-time nanoseconds left until {@code deadline} (from {@link #realDeadline}), at least 0. */
  public final long realNanosLeft(long deadline) {
    return deadline == Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(0, deadline - System.nanoTime());
  }

  /**
   * Waits on {@code monitor}, which the caller holds, until it is notified or {@code nanos} of
   * real time pass ({@link Long#MAX_VALUE}: no limit).
   */
  public final void await(Object monitor, long nanos) throws InterruptedException {
    if (nanos == Long.MAX_VALUE) {
      monitor.wait();
    } else if (nanos > 0) {
      TimeUnit.NANOSECONDS.timedWait(monitor, nanos);
    }
  }
}
