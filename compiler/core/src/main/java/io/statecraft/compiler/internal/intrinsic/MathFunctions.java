package io.statecraft.compiler.internal.intrinsic;

import java.math.BigInteger;
import java.util.Random;
import java.util.random.RandomGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.IntNode;

/** States.MathAdd and States.MathRandom. */
final class MathFunctions {

  private MathFunctions() {}

  /** The sum of two numbers, each rounded first; operands and sum must fit a 32-bit int. */
  static JsonNode add(Invocation call) {
    JsonNode a = call.argument(0);
    JsonNode b = call.argument(1);
    if (a.isInt() && b.isInt()) {
      // Two ints, the usual loop counter: added as longs, no rounding or BigInteger needed.
      long sum = (long) a.intValue() + b.intValue();
      if (sum == (int) sum) {
        return IntNode.valueOf((int) sum);
      }
    }
    BigInteger first = operand(call, 0);
    BigInteger second = operand(call, 1);
    BigInteger sum = first.add(second);
    if (!Values.isInt(sum)) {
      throw call.fail("the sum " + sum + " is outside the int range "
          + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
    }
    return IntNode.valueOf(sum.intValue());
  }

  private static BigInteger operand(Invocation call, int index) {
    BigInteger value = Values.rounded(call.argument(index, Kind.NUMBER));
    if (!Values.isInt(value)) {
      throw call.fail(Invocation.ordinal(index) + " argument must be within the int range "
          + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ", was "
          + Values.describe(call.argument(index)));
    }
    return value;
  }

  /**
   * A random whole number from the start (included) to the end (excluded), both without their
   * fraction. With a seed, the same seed gives the same number, as on AWS (the number itself
   * differs from AWS's: its generator is not published).
   */
  static JsonNode random(Invocation call) {
    int start = Values.truncated(call.argument(0, Kind.NUMBER));
    int end = Values.truncated(call.argument(1, Kind.NUMBER));
    if (start >= end) {
      throw call.fail("the start (" + start + ") must be less than the end (" + end
          + ") once their fractions are dropped");
    }
    RandomGenerator random = call.count() == 3
        ? new Random(Values.truncatedLong(call.argument(2, Kind.NUMBER)))
        : call.random();
    return IntNode.valueOf((int) random.nextLong(start, end));
  }
}
