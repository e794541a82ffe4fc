package io.statecraft.compiler.fuzz;

/**
 * How many random cases a generated-case test tries: {@value #DEFAULT} in every build, more with
 * {@code -Dstatecraft.fuzz.tries=N}; each case is {@link Choices#random(long)} of a seed that a
 * failure names, from {@code -Dstatecraft.fuzz.seed=S} on (default 0), so that it replays.
 *
 * <pre>{@code
 * for (long seed : Tries.seeds()) { check(Choices.random(seed)); }
 * }</pre>
 */
public final class Tries {

  public static final int DEFAULT = 200;

  private Tries() {}

  /** The seeds to try, in order. */
  public static long[] seeds() {
    int tries = Integer.getInteger("statecraft.fuzz.tries", DEFAULT);
    long first = Long.getLong("statecraft.fuzz.seed", 0L);
    long[] seeds = new long[tries];
    for (int i = 0; i < tries; i++) {
      seeds[i] = first + i;
    }
    return seeds;
  }
}
