package io.statecraft.asl.value;

import java.math.BigDecimal;

/**
 * A numeric field that may instead hold a string: a JSONata expression ({@code "{% $t %}"}) in
 * JSONata states, or a deploy-time placeholder ({@code "${Timeout}"}) substituted before AWS reads
 * it. Used for {@code TimeoutSeconds}, {@code HeartbeatSeconds}, a Wait's {@code Seconds},
 * {@code MaxConcurrency}, the tolerated failure thresholds and the batching limits.
 *
 * <pre>{@code
 * NumberOrExpression.of(300);
 * NumberOrExpression.expression("{% $states.input.timeout %}");
 * }</pre>
 *
 * @param number the number as written (scale kept, so {@code 2.0} stays {@code 2.0}); or null
 * @param expression the string as written; or null
 */
public record NumberOrExpression(BigDecimal number, String expression) {

  public NumberOrExpression {
    if ((number == null) == (expression == null)) {
      throw new IllegalArgumentException("exactly one of number and expression must be given");
    }
  }

  /** A literal whole number. */
  public static NumberOrExpression of(long number) {
    return new NumberOrExpression(BigDecimal.valueOf(number), null);
  }

  /** A literal number, kept with its scale. */
  public static NumberOrExpression of(BigDecimal number) {
    return new NumberOrExpression(number, null);
  }

  /** A JSONata expression or a {@code ${...}} placeholder, kept as written. */
  public static NumberOrExpression expression(String expression) {
    return new NumberOrExpression(null, expression);
  }

  /** Whether this is a literal number. */
  public boolean isNumber() {
    return number != null;
  }

  @Override
  public String toString() {
    return number != null ? number.toString() : expression;
  }
}
