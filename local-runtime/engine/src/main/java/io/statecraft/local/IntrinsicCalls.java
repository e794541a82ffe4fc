package io.statecraft.local;

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
final class IntrinsicCalls implements Expression {

  private final IntrinsicExpression expression;
  private final Map<String, PathExpr> paths;

  private IntrinsicCalls(IntrinsicExpression expression, Map<String, PathExpr> paths) {
    this.expression = expression;
    this.paths = paths;
  }

  static boolean isIntrinsic(String value) {
    return IntrinsicFunctions.isIntrinsic(value);
  }

  /** Parses {@code text}; throws IllegalArgumentException naming {@code field} when malformed. */
  static Expression compile(String field, String text) {
    IntrinsicExpression expression;
    try {
      expression = IntrinsicFunctions.parse(text);
    } catch (IntrinsicSyntaxException e) {
      throw new IllegalArgumentException("field '" + field + "' holds a malformed intrinsic"
          + " function: " + e.getMessage(), e);
    }
    Map<String, PathExpr> paths = new HashMap<>();
    for (String path : expression.paths()) {
      paths.computeIfAbsent(path, PathExpr::compile);
    }
    return new IntrinsicCalls(expression, paths);
  }

  @Override
  public JsonNode evaluate(JsonNode input, Frame frame) {
    try {
      return expression.evaluate(path -> paths.get(path).evaluate(input, frame),
          frame.run.runtime.random());
    } catch (IntrinsicFailureException e) {
      throw StatesError.runtime(frame, e.getMessage()).withError(e.error());
    }
  }

  @Override
  public String text() {
    return expression.text();
  }
}
