package io.statecraft.local.internal.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The runs of one runtime, and the threads that wait on them: for an execution's end, a task
 * token, an activity task. On the virtual clock, while such a thread waits and no run has
 * anything to do but wait (for time, a token, a worker, a child execution), time jumps to the
 * earliest timer of all runs, as Temporal's test environment skips time while a test waits for a
 * result. Time never moves here while no thread waits, so a test that moves it step by step with
 * {@code advanceClock} sees every step.
 */
public final class TimeSkipper {

  /** How a wait ended. */
  public enum Result { DONE, TIMED_OUT, STUCK }

  /** A waiting thread looks again this often, in case a change slipped between its checks. */
  private static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

  private final boolean virtual;
  private final Set<Run> runs = ConcurrentHashMap.newKeySet();
  private final Object monitor = new Object();

  TimeSkipper(boolean virtual) {
    this.virtual = virtual;
  }

  void attach(Run run) {
    runs.add(run);
  }

  void detach(Run run) {
    runs.remove(run);
    changed();
  }

  /** Wakes waiting threads: a run parked or ended, a task began to wait, a task was offered. */
  public void changed() {
    synchronized (monitor) {
      monitor.notifyAll();
    }
  }

  /**
   * Blocks until {@code done} holds (DONE) or the real-time {@code deadline} of
   * {@link Clock#realDeadline} passes (TIMED_OUT), skipping virtual time meanwhile. Gives up with
   * STUCK once every run has waited for {@code stuckAfterNanos} of real time with no timer left
   * to skip to (Long.MAX_VALUE: never).
   */
  public Result await(BooleanSupplier done, long deadline, long stuckAfterNanos)
      throws InterruptedException {
    long idleSince = Long.MAX_VALUE;
    while (true) {
      if (done.getAsBoolean()) {
        return Result.DONE;
      }
      long now = System.nanoTime();
      if (virtual) {
        Scan scan = scan();
        if (!scan.allIdle) {
          idleSince = Long.MAX_VALUE;
        } else if (scan.earliest != null) {
          idleSince = Long.MAX_VALUE;
          // The run may have parked right after the check above, with what was awaited ready.
          if (done.getAsBoolean()) {
            return Result.DONE;
          }
          scan.earliest.skipToNextTimer();
        } else if (idleSince == Long.MAX_VALUE) {
          idleSince = now;
        } else if (now - idleSince >= stuckAfterNanos) {
          return done.getAsBoolean() ? Result.DONE : Result.STUCK;
        }
      }
      long left = deadline == Long.MAX_VALUE ? Long.MAX_VALUE : deadline - now;
      if (left <= 0) {
        return Result.TIMED_OUT;
      }
      synchronized (monitor) {
        if (!done.getAsBoolean()) {
          TimeUnit.NANOSECONDS.timedWait(monitor, Math.min(left, RECHECK_NANOS));
        }
      }
    }
  }

  /** Blocks until {@code done} holds or the real-time {@code deadline} passes; time stands still. */
  public Result awaitWithoutSkipping(BooleanSupplier done, long deadline)
      throws InterruptedException {
    while (!done.getAsBoolean()) {
      long left = deadline == Long.MAX_VALUE ? Long.MAX_VALUE : deadline - System.nanoTime();
      if (left <= 0) {
        return Result.TIMED_OUT;
      }
      synchronized (monitor) {
        if (!done.getAsBoolean()) {
          TimeUnit.NANOSECONDS.timedWait(monitor, Math.min(left, RECHECK_NANOS));
        }
      }
    }
    return Result.DONE;
  }

  /** What every run of the runtime waits for now, by execution name, for messages. */
  public List<String> describeWaits() {
    List<String> waits = new ArrayList<>();
    for (Run run : runs) {
      Run.Parked parked = run.parked();
      for (Waiting waiting : parked == null ? List.<Waiting>of() : parked.waits()) {
        waits.add("execution '" + run.executionName + "': " + waiting.describe());
      }
    }
    return waits;
  }

  /** Whether every run is parked with nothing to do, and which has the earliest timer. */
  private Scan scan() {
    Run earliest = null;
    long earliestAt = Long.MAX_VALUE;
    for (Run run : runs) {
      Run.Parked parked = run.settled();
      if (parked == null || parked.handlersRunning()) {
        return new Scan(false, null);
      }
      if (parked.nextTimer() < earliestAt) {
        earliestAt = parked.nextTimer();
        earliest = run;
      }
    }
    return new Scan(true, earliest);
  }

  private record Scan(boolean allIdle, Run earliest) {}
}
