package io.statecraft.compiler.internal.common;

/**
 * An expression that does not parse: an intrinsic function call or a JSONata {@code {% %}}
 * expression. Each language words its message its own way; what both know is the text, where in
 * it the parser stopped, and why.
 *
 * <pre>{@code
 * try {
 *   IntrinsicFunctions.parse("States.Format('{}' $.name)");
 * } catch (ExpressionSyntaxException e) {
 *   e.text().substring(e.position());   // "$.name)"
 * }
 * }</pre>
 */
public abstract class ExpressionSyntaxException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String text;
  private final int position;
  private final String reason;

  /**
   * @param message the whole message, as the language words it
   * @param text the expression that failed to parse
   * @param position where in {@code text} the parser stopped, as a char index from 0, or -1
   * @param reason what is wrong, without the position
   */
  protected ExpressionSyntaxException(String message, String text, int position, String reason) {
    super(message);
    this.text = text;
    this.position = position;
    this.reason = reason;
  }

  /** The text that failed to parse. */
  public String text() {
    return text;
  }

  /**
   * Where the problem is: a char index into {@link #text()}, from 0, or -1 when the parser does
   * not say.
   */
  public int position() {
    return position;
  }

  /** What is wrong, without the position. */
  public String reason() {
    return reason;
  }
}
