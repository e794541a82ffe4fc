package io.statecraft.shapes;

/**
 * How strictly {@link ServiceShapes#check} holds a result to its service's API shape: the values
 * of TestState's {@code mock.fieldValidationMode}.
 *
 * <pre>{@code
 * shapes.check("arn:aws:states:::dynamodb:getItem", mock, FieldValidation.PRESENT);
 * }</pre>
 */
public enum FieldValidation {
  /**
   * Required members must be present and every member must have its type; AWS's default. Here
   * a member the shape does not have is reported too ({@link ShapeProblem.Kind#UNKNOWN_MEMBER}),
   * which AWS lets through.
   */
  STRICT,
  /** The members given must have their type; missing and unknown members are fine. */
  PRESENT,
  /** Nothing is checked. */
  NONE
}
