package io.statecraft.compiler.internal.jsonpath;

import io.statecraft.compiler.internal.common.ExpressionSyntaxException;

/**
 * A path that Step Functions refuses: one that does not start with {@code $}, has an unclosed or
 * stray bracket, or that Jayway JsonPath cannot compile. The message is the reason alone, so that
 * each caller can say which field holds the path.
 *
 * <pre>{@code
 * try {
 *   AslPath.parse("$.ship[");
 * } catch (PathSyntaxException e) {
 *   e.reason();   // the '[' at character 6 is never closed
 * }
 * }</pre>
 */
public final class PathSyntaxException extends ExpressionSyntaxException {

  private static final long serialVersionUID = 1L;

  PathSyntaxException(String text, int position, String reason) {
    super(reason, text, position, reason);
  }
}
