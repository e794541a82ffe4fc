package io.statecraft.compiler.internal.intrinsic;

/**
 * An intrinsic function call that cannot be parsed: an unclosed parenthesis, a missing comma, an
 * escape AWS does not know, ... The message says what was expected and where; {@link #offset()}
 * is that place as a char index into {@link #text()}, from 0.
 *
 * <pre>{@code
 * try {
 *   IntrinsicFunctions.parse("States.Format('{}' $.name)");
 * } catch (IntrinsicSyntaxException e) {
 *   e.offset();     // 19
 *   e.reason();     // expected ',' or ')' after an argument of States.Format, found '$'
 *   e.getMessage(); // the reason, then: at character 19 of "States.Format('{}' $.name)"
 * }
 * }</pre>
 */
public final class IntrinsicSyntaxException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String text;
  private final int offset;
  private final String reason;

  IntrinsicSyntaxException(String text, int offset, String reason) {
    super(reason + " at character " + offset + " of \"" + text + "\"");
    this.text = text;
    this.offset = offset;
    this.reason = reason;
  }

  /** The text that failed to parse. */
  public String text() {
    return text;
  }

  /** Where the problem is: a char index into {@link #text()}, from 0. */
  public int offset() {
    return offset;
  }

  /** What is wrong, without the position. */
  public String reason() {
    return reason;
  }
}
