package io.statecraft.local.internal.kernel;

import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Interleaves the lines of one execution (the run, its Parallel branches and Map iterations) on
 * one thread, on the execution's time, with no thread per line.
 *
 * <ul>
 *   <li>Interleaved (the default): after each state a seeded coin decides whether the line goes
 *       on or another ready line runs, picked by the same seed. A line that waits goes back to
 *       the scheduler with a timer; time moves to the earliest timer only when no line can run.
 *       The same seed gives the same interleaving, hence a byte-identical history; another seed
 *       gives another legal one.
 *   <li>In order: one line at a time, each branch or iteration to its end before the next starts
 *       (at the time a concurrency slot frees), each with its own virtual time. It is how the
 *       recordings of AWS executions order their task results, so replays use it.
 * </ul>
 *
 * <p>On the virtual clock, a synchronous run moves time to its next timer whenever no line can
 * run and none waits for the outside (a token, a worker, a child execution). Otherwise time moves
 * only as far as {@link #advance} (a test's advanceClock) or {@link #allowNextTimer} (the time
 * skipper, while a thread waits on the runtime's runs) allow.
 */
final class Scheduler {

  /** A wake-up at a time of the run; cancelled ones stay queued and are skipped. */
  static final class Timer implements Comparable<Timer> {
    final long at;
    final long order;
    final Line line;
    final Runnable action;
    boolean cancelled;

    Timer(long at, long order, Line line, Runnable action) {
      this.at = at;
      this.order = order;
      this.line = line;
      this.action = action;
    }

    void cancel() {
      cancelled = true;
    }

    @Override
    public int compareTo(Timer other) {
      int byTime = Long.compare(at, other.at);
      return byTime != 0 ? byTime : Long.compare(order, other.order);
    }
  }

  final boolean sequential;
  private final Run run;
  private final SplittableRandom coin;
  private Line[] ready = new Line[8];
  private int readyCount;
  private final PriorityQueue<Timer> timers = new PriorityQueue<>();
  private long timerOrder;
  /** Lines waiting for something outside the execution. */
  int outsideWaits;
  /** The run's time: the latest any line has reached (in order: the current line's). */
  long now;
  /** How far {@link #advance} lets virtual time move while lines wait for the outside. */
  private long allowedUntil = Long.MIN_VALUE;
  /** Whether {@link #advance} is running lines: posted actions wait until it is done. */
  boolean advancing;
  /** Whether the run is driven by a caller that waits for its end (a synchronous run). */
  boolean ownsCaller;

  Scheduler(Run run, boolean sequential, long seed, long now) {
    this.run = run;
    this.sequential = sequential;
    // Its own stream: interleaving choices do not shift the random numbers states draw.
    this.coin = new SplittableRandom(seed ^ 0x5DEECE66DL);
    this.now = now;
  }

  /** Makes {@code line} runnable. */
  void ready(Line line) {
    if (readyCount == ready.length) {
      ready = java.util.Arrays.copyOf(ready, readyCount * 2);
    }
    ready[readyCount++] = line;
  }

  /**
   * A suspended line was woken: it runs at the run's present time (in line order, only a line
   * that waited for the outside moves, by what {@link #advance} allowed).
   */
  void woken(Line line, boolean fromOutside) {
    if (run.virtual && (!sequential || fromOutside)) {
      line.catchUp(now);
    }
    ready(line);
  }

  /** A line suspended itself; in line order the run's time is that line's. */
  void suspended(Line line) {
    if (sequential && run.virtual) {
      now = Math.max(now, line.now);
    }
  }

  Timer timer(long at, Line line, Runnable action) {
    Timer timer = new Timer(at, timerOrder++, line, action);
    timers.add(timer);
    return timer;
  }

  /** After a state: whether the running line gives the thread to another ready line. */
  boolean switchAfterStep(Line running) {
    boolean switches = !sequential && readyCount > 0 && coin.nextBoolean();
    if (run.replay != null && running.cursor != run.replay.nextPrevious()
        && run.replay.waitingForNext(run) != null) {
      // The record goes on with a line that waits for it (see pick).
      return true;
    }
    if (readyCount > 0 && run.replay != null && !run.virtualClock) {
      // Replaying a wall-clock history: the record says which line went on (see pick).
      int next = run.replay.lineOfNextEvent(ready, readyCount);
      if (running.cursor == run.replay.nextPrevious()) {
        return false;
      }
      return next >= 0 || switches;
    }
    return switches;
  }

  /**
   * Lets virtual time move {@code millis} further while lines wait for the outside, and moves it
   * at once: what falls due in that time runs before anything posted after the request.
   */
  void advance(long millis) {
    allowedUntil = Math.max(allowedUntil, now) + millis;
    advancing = true;
    try {
      runUntilWaiting(false);
    } finally {
      advancing = false;
    }
  }

  /**
   * Runs ready lines and due timers until the run ends or every line waits (for the outside or,
   * on the wall clock, for a later time). Returns the epoch millis of the next timer when it
   * stopped to wait, {@link Long#MAX_VALUE} when only the outside can move it, or
   * {@link Long#MIN_VALUE} once the run has ended.
   */
  long runUntilWaiting() {
    return runUntilWaiting(true);
  }

  private long runUntilWaiting(boolean withPosted) {
    while (!run.ended()) {
      if (withPosted) {
        run.runPosted();
        if (run.ended()) {
          break;
        }
      }
      Line line = pick();
      if (line != null) {
        if (run.virtual) {
          if (sequential) {
            now = line.now;
          } else {
            line.catchUp(now);
          }
        }
        line.runOnScheduler();
        continue;
      }
      Timer timer = nextTimer();
      if (timer == null) {
        if (outsideWaits == 0) {
          throw new IllegalStateException("execution " + run.executionName
              + " has nothing to run and waits for nothing: a runtime bug");
        }
        if (run.virtual && allowedUntil > now) {
          now = allowedUntil;
        }
        return Long.MAX_VALUE;
      }
      if (!due(timer)) {
        if (run.virtual) {
          if (allowedUntil > now) {
            now = allowedUntil;
          }
          return Long.MAX_VALUE;
        }
        return timer.at;
      }
      timers.poll();
      fire(timer);
    }
    return Long.MIN_VALUE;
  }

  /** Fires the earliest timer still set, as the run does when it falls due; false: none. */
  boolean fireNextTimer() {
    Timer timer = nextTimer();
    if (timer == null) {
      return false;
    }
    timers.poll();
    fire(timer);
    return true;
  }

  private void fire(Timer timer) {
    if (run.virtual && timer.at > now) {
      now = timer.at;
    }
    if (run.virtual && timer.line != null) {
      timer.line.catchUp(timer.at);
    }
    timer.action.run();
  }

  /** The time of the earliest timer still set, or Long.MAX_VALUE when there is none. */
  long nextTimerAt() {
    Timer timer = nextTimer();
    return timer == null ? Long.MAX_VALUE : timer.at;
  }

  /** Whether a line is ready to run. */
  boolean hasReady() {
    return readyCount > 0;
  }

  /**
   * Lets virtual time move to the earliest timer while lines wait for the outside: the run has
   * nothing else to do, and a thread waits for it (the time skips by itself).
   */
  void allowNextTimer() {
    long at = nextTimerAt();
    if (at != Long.MAX_VALUE) {
      allowedUntil = Math.max(allowedUntil, at);
    }
  }

  private Timer nextTimer() {
    Timer timer = timers.peek();
    while (timer != null && timer.cancelled) {
      timers.poll();
      timer = timers.peek();
    }
    return timer;
  }

  /** Whether {@code timer} may fire now. */
  private boolean due(Timer timer) {
    if (run.replay != null) {
      // A resumed run replaying its history: timers fire when the record says (Replay.atPark).
      return false;
    }
    if (!run.virtual) {
      return timer.at <= run.clock.millis();
    }
    // A run driven by its caller moves time by itself when nothing waits for the outside: the
    // caller waits for its end. A run in the background moves it only as far as allowed (by
    // advanceClock, or by the time skipper while a thread waits on the runtime's runs).
    return ownsCaller && outsideWaits == 0 || timer.at <= Math.max(now, allowedUntil);
  }

  private Line pick() {
    if (readyCount > 0 && run.replay != null && run.replay.waitingForNext(run) != null) {
      // The record goes on with a line that waits for it: the run parks, and the record wakes it.
      return null;
    }
    while (readyCount > 0) {
      int i = sequential || readyCount == 1 ? readyCount - 1 : coin.nextInt(readyCount);
      if (readyCount > 1 && run.replay != null && !run.virtualClock) {
        // On the wall clock, the order lines ran in also depended on when answers came from
        // other threads: a replay follows the record, the line the next event follows.
        int recorded = run.replay.lineOfNextEvent(ready, readyCount);
        if (recorded >= 0) {
          i = recorded;
        }
      }
      Line line = ready[i];
      ready[i] = ready[--readyCount];
      ready[readyCount] = null;
      if (!line.isEnded()) {
        return line;
      }
    }
    return null;
  }

  /** Drops everything: the run ended. */
  void clear() {
    java.util.Arrays.fill(ready, 0, readyCount, null);
    readyCount = 0;
    timers.clear();
  }
}
