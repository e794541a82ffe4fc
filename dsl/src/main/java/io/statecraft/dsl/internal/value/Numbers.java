package io.statecraft.dsl.internal.value;

import io.statecraft.asl.value.NumberOrExpression;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/** Checks of numeric arguments. */
public final class Numbers {

  private Numbers() {}

  public static NumberOrExpression seconds(Duration duration, String name) {
    return NumberOrExpression.of(wholeSeconds(duration, name));
  }

  /** {@code duration} in seconds, which it must be a whole number of, at least 1. */
  public static long wholeSeconds(Duration duration, String name) {
    Objects.requireNonNull(duration, name + " == null");
    if (duration.getSeconds() < 1 || duration.getNano() != 0) {
      throw new IllegalArgumentException(
          name + " must be a whole number of seconds >= 1, was " + duration);
    }
    return duration.getSeconds();
  }

  /** {@code value} as written in ASL: {@code 2} for a whole number, else {@code 2.5}. */
  public static BigDecimal decimal(double value) {
    return value == Math.rint(value) ? BigDecimal.valueOf((long) value) : BigDecimal.valueOf(value);
  }

  public static NumberOrExpression atLeast(long value, long minimum, String name) {
    if (value < minimum) {
      throw new IllegalArgumentException(name + " must be >= " + minimum + ", was " + value);
    }
    return NumberOrExpression.of(value);
  }

  public static NumberOrExpression percentage(double percentage) {
    if (!(percentage >= 0 && percentage <= 100)) {
      throw new IllegalArgumentException(
          "percentage must be between 0 and 100, was " + percentage);
    }
    return NumberOrExpression.of(decimal(percentage));
  }

  /** Whether {@code number} is a JSONata expression (which makes its state a JSONata state). */
  public static boolean isJsonata(NumberOrExpression number) {
    return number != null && !number.isNumber() && number.expression().strip().startsWith("{%");
  }

  /** A {@code ${...}} placeholder standing for a number. */
  public static NumberOrExpression placeholder(String placeholder, String name) {
    Objects.requireNonNull(placeholder, name + " == null");
    String text = placeholder.strip();
    if (!(text.startsWith("${") && text.endsWith("}"))) {
      throw new IllegalArgumentException(name + " must be a placeholder \"${...}\", was \""
          + placeholder + "\"; give a JSONata expression with jsonata(...)");
    }
    return NumberOrExpression.expression(placeholder);
  }

  /** A JSONata {@code {% %}} expression or a {@code ${...}} placeholder standing for a number. */
  public static NumberOrExpression expression(String expression, String name) {
    Objects.requireNonNull(expression, name + " == null");
    String text = expression.strip();
    boolean jsonata = text.startsWith("{%") && text.endsWith("%}");
    boolean placeholder = text.startsWith("${") && text.endsWith("}");
    if (!jsonata && !placeholder) {
      throw new IllegalArgumentException(name + " must be a JSONata expression \"{% ... %}\" or a"
          + " placeholder \"${...}\", was \"" + expression + "\"");
    }
    return NumberOrExpression.expression(expression);
  }
}
