package io.statecraft.compiler.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The decisions a generator makes, drawn either from a fuzzer's input (so that libFuzzer's
 * coverage feedback steers them, and a finding is a file that replays) or from a seeded random
 * source (so that every build also tries fresh cases, each named by its seed).
 *
 * <pre>{@code
 * Choices choices = Choices.random(42);
 * String state = choices.oneOf(List.of("Pass", "Wait", "Succeed"));
 * }</pre>
 */
public interface Choices {

  /** A number in {@code [0, bound)}; {@code bound} >= 1. */
  int below(int bound);

  /** A short string of any characters, at most {@code maxLength} of them. */
  String text(int maxLength);

  /** A number in {@code [min, max]}. */
  default int between(int min, int max) {
    return min + below(max - min + 1);
  }

  default boolean coin() {
    return below(2) == 1;
  }

  default <T> T oneOf(List<T> values) {
    return values.get(below(values.size()));
  }

  /** Decisions taken from a fuzzer's input; an exhausted input answers 0 and "" from then on. */
  static Choices of(FuzzedDataProvider data) {
    return new Choices() {
      @Override
      public int below(int bound) {
        return bound <= 1 ? 0 : data.consumeInt(0, bound - 1);
      }

      @Override
      public String text(int maxLength) {
        return data.consumeString(maxLength);
      }
    };
  }

  /** Decisions from a random source seeded with {@code seed}: the same seed, the same case. */
  static Choices random(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return new Choices() {
      @Override
      public int below(int bound) {
        return bound <= 1 ? 0 : random.nextInt(bound);
      }

      @Override
      public String text(int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
          // Mostly ASCII, sometimes anything up to the end of the Basic Multilingual Plane.
          text.append((char) (random.nextInt(8) == 0 ? random.nextInt(0x10000)
              : 0x20 + random.nextInt(0x5f)));
        }
        return text.toString();
      }
    };
  }
}
