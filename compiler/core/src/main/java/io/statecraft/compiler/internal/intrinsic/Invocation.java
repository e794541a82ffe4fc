package io.statecraft.compiler.internal.intrinsic;

import java.util.List;
import java.util.random.RandomGenerator;
import tools.jackson.databind.JsonNode;

/**
 * One call of a function with its evaluated arguments, plus what some functions need besides:
 * the literal template of a States.Format and a source of randomness.
 */
final class Invocation {

  private final Function function;
  private final JsonNode[] arguments;
  private final FormatTemplate literalTemplate;
  private final RandomGenerator random;

  Invocation(Function function, JsonNode[] arguments, FormatTemplate literalTemplate,
      RandomGenerator random) {
    this.function = function;
    this.arguments = arguments;
    this.literalTemplate = literalTemplate;
    this.random = random;
  }

  /** The arguments, read-only. */
  List<JsonNode> arguments() {
    return java.util.Collections.unmodifiableList(java.util.Arrays.asList(arguments));
  }

  int count() {
    return arguments.length;
  }

  JsonNode argument(int index) {
    return arguments[index];
  }

  /** The template of a States.Format written as a string literal, or null. */
  FormatTemplate literalTemplate() {
    return literalTemplate;
  }

  RandomGenerator random() {
    return random;
  }

  /** The argument at {@code index}, which must be of kind {@code kind}. */
  JsonNode argument(int index, Kind kind) {
    JsonNode value = arguments[index];
    if (!kind.accepts(Kind.of(value))) {
      throw fail(ordinal(index) + " argument must be " + kind.words() + ", was "
          + Values.describe(value));
    }
    return value;
  }

  /** The string argument at {@code index}. */
  String string(int index) {
    return argument(index, Kind.STRING).stringValue();
  }

  /** A failure of this call; {@code reason} says why in our words, AWS's cause is generic. */
  IntrinsicFailureException fail(String reason) {
    return new IntrinsicFailureException(function.functionName(),
        function.functionName() + ": " + reason);
  }

  static String ordinal(int index) {
    return switch (index) {
      case 0 -> "the first";
      case 1 -> "the second";
      case 2 -> "the third";
      default -> "the " + (index + 1) + "th";
    };
  }
}
