package io.statecraft.dsl;

import io.statecraft.asl.JitterStrategy;
import io.statecraft.asl.Retrier;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One retry policy of a Task, Parallel or Map state: the errors it matches and how it backs off.
 * Fields left unset are left out of the ASL, and AWS applies its defaults (interval 1 s, 3
 * attempts, backoff rate 2.0). Immutable.
 *
 * <pre>{@code
 * task("Charge card", lambdaInvoke("charge"))
 *     .retry(retryOn(States.TIMEOUT, "Payment.Busy")
 *         .interval(Duration.ofSeconds(2)).maxAttempts(5).backoffRate(2).fullJitter());
 * }</pre>
 */
public final class Retry {

  private final List<String> errors;
  private final Integer intervalSeconds;
  private final Integer maxAttempts;
  private final BigDecimal backoffRate;
  private final Integer maxDelaySeconds;
  private final JitterStrategy jitter;
  private final String comment;

  private Retry(List<String> errors, Integer intervalSeconds, Integer maxAttempts,
      BigDecimal backoffRate, Integer maxDelaySeconds, JitterStrategy jitter, String comment) {
    this.errors = errors;
    this.intervalSeconds = intervalSeconds;
    this.maxAttempts = maxAttempts;
    this.backoffRate = backoffRate;
    this.maxDelaySeconds = maxDelaySeconds;
    this.jitter = jitter;
    this.comment = comment;
  }

  static Retry on(String... errors) {
    return new Retry(ErrorNames.check(errors), null, null, null, null, null, null);
  }

  /** {@code IntervalSeconds}: the wait before the first retry; whole seconds, at least 1. */
  public Retry interval(Duration interval) {
    int seconds = Math.toIntExact(Numbers.wholeSeconds(interval, "interval"));
    return new Retry(errors, seconds, maxAttempts, backoffRate, maxDelaySeconds, jitter, comment);
  }

  /** {@code MaxAttempts}: retries after the first failure; 0 means never retry. */
  public Retry maxAttempts(int attempts) {
    if (attempts < 0) {
      throw new IllegalArgumentException("maxAttempts must be >= 0, was " + attempts);
    }
    return new Retry(errors, intervalSeconds, attempts, backoffRate, maxDelaySeconds, jitter,
        comment);
  }

  /** {@code BackoffRate}: the factor by which the interval grows on each attempt, at least 1.0. */
  public Retry backoffRate(double rate) {
    if (!(rate >= 1.0) || Double.isInfinite(rate)) {
      throw new IllegalArgumentException("backoffRate must be >= 1.0, was " + rate);
    }
    return new Retry(errors, intervalSeconds, maxAttempts, Numbers.decimal(rate), maxDelaySeconds,
        jitter, comment);
  }

  /** {@code MaxDelaySeconds}: the longest wait between attempts, whatever the backoff. */
  public Retry maxDelay(Duration maxDelay) {
    int seconds = Math.toIntExact(Numbers.wholeSeconds(maxDelay, "maxDelay"));
    return new Retry(errors, intervalSeconds, maxAttempts, backoffRate, seconds, jitter, comment);
  }

  /** {@code "JitterStrategy": "FULL"}: each wait is a random time up to the computed delay. */
  public Retry fullJitter() {
    return new Retry(errors, intervalSeconds, maxAttempts, backoffRate, maxDelaySeconds,
        JitterStrategy.FULL, comment);
  }

  /** {@code "JitterStrategy": "NONE"}, written out explicitly. */
  public Retry noJitter() {
    return new Retry(errors, intervalSeconds, maxAttempts, backoffRate, maxDelaySeconds,
        JitterStrategy.NONE, comment);
  }

  /** {@code Comment} of this retrier. */
  public Retry comment(String comment) {
    return new Retry(errors, intervalSeconds, maxAttempts, backoffRate, maxDelaySeconds, jitter,
        Objects.requireNonNull(comment, "comment == null"));
  }

  Retrier toModel() {
    return new Retrier(errors, intervalSeconds, maxAttempts, backoffRate, maxDelaySeconds, jitter,
        comment);
  }

  @Override
  public String toString() {
    return "Retry" + errors;
  }
}
