package io.statecraft.compiler.internal.jsonata;

/**
 * A {@code {% %}} expression AWS refuses when the definition is created, with AWS's code and
 * message. {@link #at(String)} gives the whole diagnostic as AWS writes it:
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
public final class JsonataSyntaxException extends IllegalArgumentException {

  /** The code of an expression that does not parse, or that is not a {@code {% %}} expression. */
  public static final String INVALID = "INVALID_JSONATA_EXPRESSION";

  /** The code of an expression that parses but reads what Step Functions does not offer. */
  public static final String UNSUPPORTED = "UNSUPPORTED_JSONATA_EXPRESSION";

  private static final long serialVersionUID = 1L;

  private final String code;
  private final String reason;
  private final String text;
  private final int position;

  JsonataSyntaxException(String code, String reason, String text, int position) {
    super(code + ": " + reason);
    this.code = code;
    this.reason = reason;
    this.text = text;
    this.position = position;
  }

  /** {@value #INVALID} or {@value #UNSUPPORTED}. */
  public String code() {
    return code;
  }

  /** AWS's message after the code, e.g. {@code Expected "]", got ","}. */
  public String reason() {
    return reason;
  }

  /** The expression between the delimiters, trimmed. */
  public String text() {
    return text;
  }

  /**
   * Where in {@link #text()} the JSONata parser stopped, as a char index, or -1 when it does not
   * say. AWS's message carries no position; this one is for people.
   */
  public int position() {
    return position;
  }

  /** AWS's diagnostic for the field at {@code location}, a JSON pointer such as /States/S/Output. */
  public String at(String location) {
    return getMessage() + " at " + location;
  }
}
