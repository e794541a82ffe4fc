package io.statecraft.dsl.internal.value;

import io.statecraft.asl.JitterStrategy;
import io.statecraft.asl.Retrier;
import io.statecraft.dsl.error.Retry;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The one implementation of {@link Retry}: a {@link Retrier} in the making, with the same fields,
 * each but {@code errors} null where AWS's default applies.
 */
public record RetryImpl(List<String> errors, Integer intervalSeconds, Integer maxAttempts,
    BigDecimal backoffRate, Integer maxDelaySeconds, JitterStrategy jitter, String comment)
    implements Retry {

  public static RetryImpl on(String... errors) {
    return new RetryImpl(ErrorLists.check(errors), null, null, null, null, null, null);
  }

  /** The implementation behind a retry the user passed in. */
  public static RetryImpl of(Retry retry) {
    return Values.impl(retry, RetryImpl.class, "retries");
  }

  @Override
  public RetryImpl interval(Duration interval) {
    return new RetryImpl(errors, seconds(interval, "interval"), maxAttempts, backoffRate,
        maxDelaySeconds, jitter, comment);
  }

  @Override
  public RetryImpl maxAttempts(int attempts) {
    if (attempts < 0) {
      throw new IllegalArgumentException("maxAttempts must be >= 0, was " + attempts);
    }
    return new RetryImpl(errors, intervalSeconds, attempts, backoffRate, maxDelaySeconds, jitter,
        comment);
  }

  @Override
  public RetryImpl backoffRate(double rate) {
    if (!(rate >= 1.0) || Double.isInfinite(rate)) {
      throw new IllegalArgumentException("backoffRate must be >= 1.0, was " + rate);
    }
    return new RetryImpl(errors, intervalSeconds, maxAttempts, Numbers.decimal(rate),
        maxDelaySeconds, jitter, comment);
  }

  @Override
  public RetryImpl maxDelay(Duration maxDelay) {
    return new RetryImpl(errors, intervalSeconds, maxAttempts, backoffRate,
        seconds(maxDelay, "maxDelay"), jitter, comment);
  }

  @Override
  public RetryImpl fullJitter() {
    return new RetryImpl(errors, intervalSeconds, maxAttempts, backoffRate, maxDelaySeconds,
        JitterStrategy.FULL, comment);
  }

  @Override
  public RetryImpl noJitter() {
    return new RetryImpl(errors, intervalSeconds, maxAttempts, backoffRate, maxDelaySeconds,
        JitterStrategy.NONE, comment);
  }

  @Override
  public RetryImpl comment(String comment) {
    return new RetryImpl(errors, intervalSeconds, maxAttempts, backoffRate, maxDelaySeconds,
        jitter, Objects.requireNonNull(comment, "comment == null"));
  }

  public Retrier toModel() {
    return new Retrier(errors, intervalSeconds, maxAttempts, backoffRate, maxDelaySeconds, jitter,
        comment);
  }

  @Override
  public String toString() {
    return "Retry" + errors;
  }

  /** {@code duration} in whole seconds, at least 1, as ASL's integer fields take them. */
  private static int seconds(Duration duration, String name) {
    return Math.toIntExact(Numbers.wholeSeconds(duration, name));
  }
}
