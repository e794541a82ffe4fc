package io.statecraft.compiler.internal.common;

import java.util.Arrays;
import java.util.function.IntSupplier;

/**
 * What one call of an operation costs, in ns, for the benchmarks' plain mains: the median and the
 * best of 15 timed rounds of 200 ms, after 2 s of warm-up. The operation returns an int so that
 * the JIT cannot drop the work as unused.
 *
 * <pre>{@code
 * Timing parse = Timing.of(() -> IntrinsicFunctions.parse(text).paths().size());
 * System.out.printf("%.0f ns (best %.0f)%n", parse.median(), parse.best());
 * }</pre>
 *
 * @param median the median ns per call over the rounds
 * @param best the ns per call of the fastest round
 */
public record Timing(double median, double best) {

  private static final int ROUNDS = 15;
  private static final long WARM_UP_NANOS = 2_000_000_000L;
  private static final long ROUND_NANOS = 200_000_000L;
  private static final int BATCH = 1000;

  /** Times {@code operation}, after warming it up. */
  public static Timing of(IntSupplier operation) {
    int sink = 0;
    long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
    while (System.nanoTime() < warmUpEnd) {
      sink += batch(operation);
    }
    double[] rounds = new double[ROUNDS];
    for (int r = 0; r < rounds.length; r++) {
      long calls = 0;
      long start = System.nanoTime();
      long now;
      do {
        sink += batch(operation);
        calls += BATCH;
        now = System.nanoTime();
      } while (now < start + ROUND_NANOS);
      rounds[r] = (now - start) / (double) calls;
    }
    if (sink == 42) {
      System.out.print("");
    }
    Arrays.sort(rounds);
    return new Timing(rounds[rounds.length / 2], rounds[0]);
  }

  /**
   * Prints the header of a benchmark's table of parse and evaluation costs, one row an
   * expression; {@code width} is that of the first column, the expressions' names.
   */
  public static void printHeader(int width) {
    System.out.printf("%-" + width + "s %22s %22s%n", "expression", "parse ns/op med (best)",
        "eval ns/op med (best)");
  }

  /**
   * Times {@code parse}, then {@code evaluate}, of the expression {@code name} and prints its row
   * of the table; returns the best parse time, for the caller to sum so the work stays used.
   */
  public static long printRow(String name, int width, IntSupplier parse, IntSupplier evaluate) {
    Timing parsing = of(parse);
    Timing evaluating = of(evaluate);
    System.out.printf("%-" + width + "s %14.0f (%5.0f) %14.0f (%5.0f)%n", name,
        parsing.median(), parsing.best(), evaluating.median(), evaluating.best());
    return (long) parsing.best();
  }

  /** Prints the table's closing line: how it was timed, and the sum of the results. */
  public static void printFooter(long sink) {
    System.out.println("(median and best of 15 timed rounds of 200 ms after 2 s of warm-up each; "
        + sink + ")");
  }

  private static int batch(IntSupplier operation) {
    int sink = 0;
    for (int i = 0; i < BATCH; i++) {
      sink += operation.getAsInt();
    }
    return sink;
  }
}
