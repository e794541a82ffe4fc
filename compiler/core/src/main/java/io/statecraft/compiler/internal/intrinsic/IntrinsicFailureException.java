package io.statecraft.compiler.internal.intrinsic;

/**
 * An intrinsic function call failed at run time on the values it was given: a string where an
 * array belongs, an index past the end, invalid JSON for States.StringToJson, a sum outside the
 * int range, ... AWS fails the state with the error {@value #ERROR} and this exception's
 * {@link #getMessage() message} as the detail of the cause, exactly as AWS words it:
 *
 * <pre>{@code
 * try {
 *   expression.evaluate(resolver);
 * } catch (IntrinsicFailureException e) {
 *   e.error();      // "States.Runtime"
 *   e.getMessage(); // "Invalid arguments in States.MathAdd"
 *   e.reason();     // "States.MathAdd: the first argument must be a number, was the string 'a'"
 * }
 * }</pre>
 *
 * <p>The runtime puts the message after its usual prefix, {@code An error occurred while executing
 * the state 'NAME' (entered at the event id #N). }, as for every States.Runtime failure. AWS's
 * message names only the function; {@link #reason()} says what was wrong, for people.
 */
public final class IntrinsicFailureException extends RuntimeException {

  /** The error name AWS gives a failed intrinsic function. */
  public static final String ERROR = "States.Runtime";

  private static final long serialVersionUID = 1L;

  private final String function;
  private final String reason;

  IntrinsicFailureException(String function, String reason) {
    super("Invalid arguments in " + function, null, false, false);
    this.function = function;
    this.reason = reason;
  }

  /** The error name of the failure: {@value #ERROR}. */
  public String error() {
    return ERROR;
  }

  /** The function that failed, e.g. {@code States.ArrayGetItem}. */
  public String function() {
    return function;
  }

  /** What was wrong, in words a person can act on (AWS's cause does not say). */
  public String reason() {
    return reason;
  }
}
