package io.statecraft.local.internal.kernel;

/**
 * When the siblings of a set of branches or iterations must stop: the time at which the first of
 * them failed. AWS keeps running whatever is in flight until that moment and aborts it then, so a
 * line compares its own (virtual) time with it rather than stopping on sight. A nested Parallel or
 * Map inherits its enclosing line's stop.
 */
public final class Stop {

  private final Stop outer;
  private volatile long failedAt = Long.MAX_VALUE;

  public Stop(Stop outer) {
    this.outer = outer;
  }

  /** A sibling failed at {@code millis}; the earliest failure counts. */
  public synchronized void fail(long millis) {
    if (millis < failedAt) {
      failedAt = millis;
    }
  }

  /** The earliest failure time here or in an enclosing fan-out, or Long.MAX_VALUE. */
  public long at() {
    long at = failedAt;
    return outer == null ? at : Math.min(at, outer.at());
  }
}
