package io.statecraft.compiler.internal.jsonata;

import io.statecraft.compiler.internal.common.ExpressionSyntaxException;

/**
 * A {@code {% %}} expression AWS refuses when the definition is created, with AWS's code and
 * message. {@link #text()} is the expression between the delimiters, trimmed; {@link #reason()}
 * is AWS's message after the code. {@link #at(String)} gives the whole diagnostic as AWS writes it:
 *
 * <pre>{@code
 * try {
 *   JsonataExpression.parse("{% 1 + %}");
 * } catch (JsonataSyntaxException e) {
 *   e.code();                      // INVALID_JSONATA_EXPRESSION
 *   e.reason();                    // Unexpected end of expression
 *   e.at("/States/Main/Output");   // INVALID_JSONATA_EXPRESSION: Unexpected end of expression at /States/Main/Output
 * }
 * }</pre>
 */
public final class JsonataSyntaxException extends ExpressionSyntaxException {

  /** The code of an expression that does not parse, or that is not a {@code {% %}} expression. */
  public static final String INVALID = "INVALID_JSONATA_EXPRESSION";

  /** The code of an expression that parses but reads what Step Functions does not offer. */
  public static final String UNSUPPORTED = "UNSUPPORTED_JSONATA_EXPRESSION";

  private static final long serialVersionUID = 1L;

  private final String code;

  /**
   * @param position where in {@code text} the JSONata parser stopped, or -1 when it does not say;
   *     AWS's message carries no position, this one is for people
   */
  JsonataSyntaxException(String code, String reason, String text, int position) {
    super(code + ": " + reason, text, position, reason);
    this.code = code;
  }

  /** {@value #INVALID} or {@value #UNSUPPORTED}. */
  public String code() {
    return code;
  }

  /** AWS's diagnostic for the field at {@code location}, a JSON pointer such as /States/S/Output. */
  public String at(String location) {
    return getMessage() + " at " + location;
  }
}
