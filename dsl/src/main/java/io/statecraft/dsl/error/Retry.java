package io.statecraft.dsl.error;

import java.time.Duration;

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
 *
 * <p>Retries are created by {@link io.statecraft.dsl.Steps#retryOn}; do not implement this
 * interface.
 */
public interface Retry {

  /** {@code IntervalSeconds}: the wait before the first retry; whole seconds, at least 1. */
  Retry interval(Duration interval);

  /** {@code MaxAttempts}: retries after the first failure; 0 means never retry. */
  Retry maxAttempts(int attempts);

  /** {@code BackoffRate}: the factor by which the interval grows on each attempt, at least 1.0. */
  Retry backoffRate(double rate);

  /** {@code MaxDelaySeconds}: the longest wait between attempts, whatever the backoff. */
  Retry maxDelay(Duration maxDelay);

  /** {@code "JitterStrategy": "FULL"}: each wait is a random time up to the computed delay. */
  Retry fullJitter();

  /** {@code "JitterStrategy": "NONE"}, written out explicitly. */
  Retry noJitter();

  /** {@code Comment} of this retrier. */
  Retry comment(String comment);
}
