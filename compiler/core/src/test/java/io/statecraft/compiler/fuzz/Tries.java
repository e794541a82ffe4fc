package io.statecraft.compiler.fuzz;

/**
 * How many random cases a generated-case test tries: the test's own small number in every build,
 * more with {@code -Dstatecraft.fuzz.tries=N}; each case is {@link Choices#random(long)} of a seed that a
 * failure names, from {@code -Dstatecraft.fuzz.seed=S} on (default 0), so that it replays.
 *
 * <pre>{@code
 * for (long seed : Tries.seeds(200)) { check(Choices.random(seed)); }
 * }</pre>
 */
public final class Tries {

  private Tries() {}

  /** The seeds to try, in order: {@code tries} of them unless the build asks for another number. */
  public static long[] seeds(int tries) {
    tries = Integer.getInteger("statecraft.fuzz.tries", tries);
    long first = Long.getLong("statecraft.fuzz.seed", 0L);
    long[] seeds = new long[tries];
    for (int i = 0; i < tries; i++) {
      seeds[i] = first + i;
    }
    return seeds;
  }
}
