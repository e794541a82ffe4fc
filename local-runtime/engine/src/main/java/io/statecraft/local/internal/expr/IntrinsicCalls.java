package io.statecraft.local.internal.expr;

import io.statecraft.compiler.internal.intrinsic.BoundExpression;
import io.statecraft.compiler.internal.intrinsic.IntrinsicExpression;
import io.statecraft.compiler.internal.intrinsic.IntrinsicFailureException;
import io.statecraft.compiler.internal.intrinsic.IntrinsicFunctions;
import io.statecraft.compiler.internal.intrinsic.IntrinsicSyntaxException;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * An intrinsic function in a {@code .$} field ({@code States.Format(...)} and the other 17),
 * parsed once at load by {@code io.statecraft.compiler.internal.intrinsic}, with every path among its
 * arguments compiled once too.
 */
public final class IntrinsicCalls implements Expression {

  /** The functions whose result is a string, number or boolean, whatever their arguments. */
  private static final java.util.Set<String> SCALAR = java.util.Set.of("States.Format",
      "States.JsonToString", "States.Base64Encode", "States.Base64Decode", "States.Hash",
      "States.MathRandom", "States.MathAdd", "States.ArrayLength", "States.ArrayContains",
      "States.UUID");
  /** The functions whose result is an array of strings or numbers. */
  private static final java.util.Set<String> FLAT_ARRAY =
      java.util.Set.of("States.StringSplit", "States.ArrayRange");

  private final BoundExpression<JsonNode, Scope> expression;
  private final int resultDepth;

  private IntrinsicCalls(BoundExpression<JsonNode, Scope> expression) {
    this.expression = expression;
    String text = expression.text();
    int open = text.indexOf('(');
    String function = open < 0 ? text : text.substring(0, open).strip();
    this.resultDepth = SCALAR.contains(function) ? 0 : FLAT_ARRAY.contains(function) ? 1 : -1;
  }

  /**
   * How deeply the result nests whatever the arguments: 0 for a function that gives a string,
   * number or boolean, 1 for one that gives an array of them; -1 for the others (their result
   * holds what their arguments hold, or parsed JSON).
   */
  public int resultDepth() {
    return resultDepth;
  }

  public static boolean isIntrinsic(String value) {
    return IntrinsicFunctions.isIntrinsic(value);
  }

  /** Parses {@code text}; throws IllegalArgumentException naming {@code field} when malformed. */
  public static Expression compile(String field, String text, PathCache cache) {
    IntrinsicExpression expression;
    try {
      expression = IntrinsicFunctions.parse(text);
    } catch (IntrinsicSyntaxException e) {
      throw new IllegalArgumentException("field '" + field + "' holds a malformed intrinsic"
          + " function: " + e.getMessage(), e);
    }
    // Each path argument bound to its compiled path: a call reads them without a lookup.
    Map<String, PathExpr> paths = new HashMap<>();
    return new IntrinsicCalls(expression.bind(path -> paths.computeIfAbsent(path, cache::path)));
  }

  @Override
  public JsonNode evaluate(JsonNode input, Scope scope) {
    try {
      return expression.evaluate(input, scope, scope.random());
    } catch (IntrinsicFailureException e) {
      throw StatesError.runtime(scope, e.getMessage()).withError(e.error());
    }
  }

  @Override
  public String text() {
    return expression.text();
  }
}
