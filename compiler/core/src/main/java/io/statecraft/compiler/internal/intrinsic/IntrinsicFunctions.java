package io.statecraft.compiler.internal.intrinsic;

import java.util.Objects;

/**
 * Entry point for Step Functions' intrinsic functions, the {@code States.*} calls a JSONPath state
 * may put in a {@code .$} field: parse one into an {@link IntrinsicExpression}, check it, evaluate
 * it exactly as AWS does.
 *
 * <pre>{@code
 * String value = "States.ArrayGetItem(States.StringSplit($.arn, ':'), 4)";
 * if (IntrinsicFunctions.isIntrinsic(value)) {
 *   IntrinsicExpression expression = IntrinsicFunctions.parse(value);
 *   List<String> problems = expression.problems();   // for the validator
 *   JsonNode account = expression.evaluate(resolver); // for the runtime
 * }
 * }</pre>
 *
 * <p>The 18 functions are States.Format, StringToJson, JsonToString, Array, ArrayPartition,
 * ArrayContains, ArrayRange, ArrayGetItem, ArrayLength, ArrayUnique, Base64Encode, Base64Decode,
 * Hash, JsonMerge, MathRandom, MathAdd, StringSplit and UUID. Arguments are string literals in
 * single quotes (escapes {@code \'}, {@code \{}, {@code \}}, {@code \\}), JSON numbers,
 * {@code true}, {@code false}, {@code null}, paths ({@code $.a}, {@code $}, {@code $$.Execution.Id},
 * {@code $.items[0]}), variables ({@code $name}, {@code $name.field}) and nested calls.
 */
public final class IntrinsicFunctions {

  private IntrinsicFunctions() {}

  /** Whether a {@code .$} value is an intrinsic function call rather than a path. */
  public static boolean isIntrinsic(String value) {
    return value != null && value.startsWith(Parser.PREFIX);
  }

  /**
   * Parses one call.
   *
   * @throws IntrinsicSyntaxException when {@code text} is not a well-formed call; an unknown
   *     function name parses, and is reported by {@link IntrinsicExpression#problems()}
   */
  public static IntrinsicExpression parse(String text) {
    Objects.requireNonNull(text, "text == null");
    return new IntrinsicExpression(text, Parser.parse(text));
  }
}
