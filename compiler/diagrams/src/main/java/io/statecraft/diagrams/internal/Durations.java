package io.statecraft.diagrams.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Seconds as people read them on a diagram: {@code 45 s}, {@code 1 h 30 min}, {@code 2 d 3 h}.
 *
 * <pre>{@code
 * Durations.human(5400);   // "1 h 30 min"
 * }</pre>
 */
final class Durations {

  private static final long[] UNITS = {86_400, 3_600, 60, 1};
  private static final String[] NAMES = {"d", "h", "min", "s"};

  private Durations() {}

  /** Whole seconds in days, hours, minutes and seconds, leaving out the units that are zero. */
  static String human(long seconds) {
    if (seconds <= 0) {
      return seconds + " s";
    }
    List<String> parts = new ArrayList<>();
    long rest = seconds;
    for (int i = 0; i < UNITS.length; i++) {
      if (rest >= UNITS[i]) {
        parts.add(rest / UNITS[i] + " " + NAMES[i]);
        rest %= UNITS[i];
      }
    }
    return String.join(" ", parts);
  }

  /** {@link #human(long)} of a number as written; a fraction stays in seconds. */
  static String human(BigDecimal seconds) {
    try {
      return human(seconds.longValueExact());
    } catch (ArithmeticException fraction) {
      return seconds.stripTrailingZeros().toPlainString() + " s";
    }
  }
}
