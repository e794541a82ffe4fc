package io.statecraft.local.internal.expr;

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

  private final IntrinsicExpression expression;
  private final Map<String, PathExpr> paths;

  private IntrinsicCalls(IntrinsicExpression expression, Map<String, PathExpr> paths) {
    this.expression = expression;
    this.paths = paths;
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
    Map<String, PathExpr> paths = new HashMap<>();
    for (String path : expression.paths()) {
      paths.computeIfAbsent(path, cache::path);
    }
    return new IntrinsicCalls(expression, paths);
  }

  @Override
  public JsonNode evaluate(JsonNode input, Scope scope) {
    try {
      return expression.evaluate(new Resolver(paths, input, scope), scope.random());
    } catch (IntrinsicFailureException e) {
      throw StatesError.runtime(scope, e.getMessage()).withError(e.error());
    }
  }

  /**
   * Reads the paths among the arguments. A class, not a lambda: a capturing lambda is made
   * through method handles, a cost on every call until the JIT has compiled the state's way.
   */
  private static final class Resolver implements java.util.function.Function<String, JsonNode> {
    private final Map<String, PathExpr> paths;
    private final JsonNode input;
    private final Scope scope;

    Resolver(Map<String, PathExpr> paths, JsonNode input, Scope scope) {
      this.paths = paths;
      this.input = input;
      this.scope = scope;
    }

    @Override
    public JsonNode apply(String path) {
      return paths.get(path).evaluate(input, scope);
    }
  }

  @Override
  public String text() {
    return expression.text();
  }
}
