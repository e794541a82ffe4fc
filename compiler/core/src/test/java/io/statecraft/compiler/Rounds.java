package io.statecraft.compiler;

import java.util.Arrays;
import java.util.function.IntSupplier;

/**
 * Times repeated rounds of a benchmark after a warm-up, for the plain-main benchmarks of the
 * compiler. Each round returns a number that is summed into {@link #checksum()}, so the JIT cannot
 * drop the work.
 *
 * <pre>{@code
 * Rounds rounds = Rounds.run(10, 15, () -> validateAll(texts));
 * System.out.printf("median %.1f ms%n", rounds.medianMillis());
 * }</pre>
 */
final class Rounds {

  private final double[] millis;
  private final long checksum;

  private Rounds(double[] millis, long checksum) {
    this.millis = millis;
    this.checksum = checksum;
  }

  /** {@code warmups} untimed rounds, then {@code timed} timed ones. */
  static Rounds run(int warmups, int timed, IntSupplier round) {
    long checksum = 0;
    for (int i = 0; i < warmups; i++) {
      checksum += round.getAsInt();
    }
    double[] millis = new double[timed];
    for (int i = 0; i < timed; i++) {
      long start = System.nanoTime();
      checksum += round.getAsInt();
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return new Rounds(millis, checksum);
  }

  double medianMillis() {
    return millis[millis.length / 2];
  }

  double bestMillis() {
    return millis[0];
  }

  long checksum() {
    return checksum;
  }
}
