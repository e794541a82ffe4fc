package io.statecraft.shapes;

import java.util.Objects;

/**
 * One way a result differs from its service's API shape.
 *
 * <p>Apart from {@link Kind#UNKNOWN_MEMBER}, the message is the text AWS's TestState gives: it
 * fails the call with a {@code ValidationException} whose message is
 * {@code "Mock result schema validation error: "} followed by this message, for the first problem.
 *
 * <pre>{@code
 * new ShapeProblem("/StatusCode", "Field 'StatusCode' must be a number", Kind.WRONG_TYPE)
 * }</pre>
 *
 * @param pointer where in the result, as a JSON pointer ({@code /Item/id/S}); empty for the whole
 *     result
 * @param message what is wrong, naming the member; for an unknown member, also the nearest one
 *     the shape has
 * @param kind what sort of problem
 */
public record ShapeProblem(String pointer, String message, Kind kind) {

  /** What sort of problem. */
  public enum Kind {
    /** STRICT only: a member the API marks required is absent. */
    MISSING_REQUIRED,
    /** A member's JSON type is not its shape's (a string where a number belongs). */
    WRONG_TYPE,
    /** A string is none of its enum's values. */
    UNEXPECTED_VALUE,
    /** STRICT only: the shape has no such member. AWS's TestState accepts these. */
    UNKNOWN_MEMBER,
    /**
     * A date given as a number: AWS's TestState refuses it, while an execution's own results
     * (sfn:startExecution's StartDate) give dates as epoch milliseconds.
     */
    NUMBER_FOR_TIMESTAMP
  }

  public ShapeProblem {
    Objects.requireNonNull(pointer, "pointer == null");
    Objects.requireNonNull(message, "message == null");
    Objects.requireNonNull(kind, "kind == null");
  }

  /**
   * Whether AWS's TestState rejects a mock for this problem: every kind but
   * {@link Kind#UNKNOWN_MEMBER}, since AWS checks only the members its model has.
   */
  public boolean rejectedByAws() {
    return kind != Kind.UNKNOWN_MEMBER;
  }
}
