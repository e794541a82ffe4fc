package io.statecraft.compiler.internal.intrinsic;

import io.statecraft.compiler.internal.common.ExpressionSyntaxException;

/**
 * An intrinsic function call that cannot be parsed: an unclosed parenthesis, a missing comma, an
 * escape AWS does not know, ... The message says what was expected and where; {@link #position()}
 * is that place as a char index into {@link #text()}, from 0.
 *
 * <pre>{@code
 * try {
 *   IntrinsicFunctions.parse("States.Format('{}' $.name)");
 * } catch (IntrinsicSyntaxException e) {
 *   e.position();   // 19
 *   e.reason();     // expected ',' or ')' after an argument of States.Format, found '$'
 *   e.getMessage(); // the reason, then: at character 19 of "States.Format('{}' $.name)"
 * }
 * }</pre>
 */
public final class IntrinsicSyntaxException extends ExpressionSyntaxException {

  private static final long serialVersionUID = 1L;

  IntrinsicSyntaxException(String text, int offset, String reason) {
    super(reason + " at character " + offset + " of \"" + text + "\"", text, offset, reason);
  }
}
