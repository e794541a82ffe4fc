package io.statecraft.compiler.internal.jsonata;

import java.time.Duration;
import java.util.Objects;

/**
 * How far one evaluation may go before it fails instead of exhausting the stack, the heap or the
 * CPU. {@link #AWS} holds the bounds Step Functions applies; tests pass smaller ones.
 *
 * <pre>{@code
 * JsonataExpression loop = JsonataExpression.parse(
 *     "{% ($f := function($x){ $f($x + 1) }; $f(1)) %}",
 *     JsonataLimits.AWS.withTimeout(Duration.ofMillis(50)));
 * }</pre>
 *
 * @param maxDepth how deeply evaluation may nest: every operator, path step, call and lambda body
 *     entered counts one level, the whole expression being level 1
 * @param maxElements the largest array one evaluation step may produce
 * @param maxStringLength the longest string one evaluation step may produce
 * @param maxRangeElements the largest array {@code $range} may build
 * @param timeout how long one evaluation may run
 */
public record JsonataLimits(int maxDepth, int maxElements, int maxStringLength,
    int maxRangeElements, Duration timeout) {

  /**
   * AWS's bounds. Depth: AWS evaluates an addition chain of 100 terms and refuses 101, and a
   * non-tail-recursive call 31 deep and refuses 32, which is a nesting depth of 100 counted as here.
   * Memory: AWS evaluates {@code [1..873782]} and refuses one element more, evaluates a string of
   * 2^22 characters and refuses 2^23, and evaluates {@code $range(1, 360145, 1)} and refuses one
   * element more; a number counting eight bytes and a character one, both bounds are 6,990,256
   * bytes. Time: AWS does not document one; a tail call that never ends is stopped after 5 seconds.
   */
  public static final JsonataLimits AWS =
      new JsonataLimits(100, 873_782, 6_990_256, 360_145, Duration.ofSeconds(5));

  public JsonataLimits {
    Objects.requireNonNull(timeout, "timeout == null");
    if (maxDepth < 1) {
      throw new IllegalArgumentException("maxDepth must be >= 1, was " + maxDepth);
    }
    if (maxElements < 1 || maxStringLength < 1 || maxRangeElements < 1) {
      throw new IllegalArgumentException("size limits must be >= 1, were " + maxElements + ", "
          + maxStringLength + ", " + maxRangeElements);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
  }

  /** These limits with another time bound. */
  public JsonataLimits withTimeout(Duration timeout) {
    return new JsonataLimits(maxDepth, maxElements, maxStringLength, maxRangeElements, timeout);
  }
}
