package io.statecraft.compiler.internal.jsonata;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A {@code {% %}} expression failed while it was evaluated, or gave a value its field cannot take.
 * AWS fails the state with the error {@value #ERROR}, which Task, Map and Parallel states can
 * Retry and Catch, and the cause {@code The JSONata expression '<expression>' specified for the
 * field '<field>' <tail>}, which {@link #cause(String)} writes:
 *
 * <pre>{@code
 * try {
 *   expression.evaluate(bindings, nodes);
 * } catch (JsonataEvaluationException e) {
 *   e.error();              // States.QueryEvaluationError
 *   e.tail();               // threw an error during evaluation. T1006: Attempted to invoke a non-function
 *   e.cause("Output/r");    // The JSONata expression '$eval("1")' specified for the field 'Output/r' threw ...
 * }
 * }</pre>
 *
 * <p>The runtime puts its usual {@code An error occurred while executing the state '<S>' (entered
 * at the event id #<n>). } in front. The static factories give the tails of the checks a field
 * makes on the value it receives.
 */
public final class JsonataEvaluationException extends RuntimeException {

  /** The error name AWS gives every failed JSONata expression. */
  public static final String ERROR = "States.QueryEvaluationError";

  private static final long serialVersionUID = 1L;

  private final String expression;
  private final String tail;
  private final String code;

  JsonataEvaluationException(String expression, String tail, String code, Throwable cause) {
    super("The JSONata expression '" + expression + "' " + tail, cause, false, false);
    this.expression = expression;
    this.tail = tail;
    this.code = code;
  }

  /**
   * The tail of an expression that gave no value: {@code returned nothing (undefined).} AWS fails
   * a field with it wherever a field takes the value of an expression, including each value of an
   * Output, Arguments or Assign template.
   *
   * @param expression the expression's {@link JsonataExpression#text() text}
   */
  public static JsonataEvaluationException returnedNothing(String expression) {
    return new JsonataEvaluationException(text(expression), "returned nothing (undefined).", null,
        null);
  }

  /**
   * The tail of a value of the wrong type for its field: {@code returned an unexpected result
   * type. Expected 'array', but was 'object' for value: {"foo":"bar"}}.
   *
   * @param expression the expression's {@link JsonataExpression#text() text}
   * @param expected the type the field takes, as AWS names it ({@code array}, {@code string}, ...)
   * @param value what the expression gave
   */
  public static JsonataEvaluationException unexpectedType(String expression, String expected,
      JsonNode value) {
    Objects.requireNonNull(expected, "expected == null");
    Objects.requireNonNull(value, "value == null");
    return new JsonataEvaluationException(text(expression), "returned an unexpected result type."
        + " Expected '" + expected + "', but was '" + JsonataValues.typeName(value)
        + "' for value: " + JsonataValues.text(value), null, null);
  }

  /**
   * The tail of an expression whose value is a function: {@code returned an unsupported result
   * type.} {@link JsonataExpression#evaluate} throws it itself.
   */
  public static JsonataEvaluationException unsupportedResultType(String expression) {
    return new JsonataEvaluationException(text(expression), "returned an unsupported result type.",
        null, null);
  }

  private static String text(String expression) {
    return Objects.requireNonNull(expression, "expression == null");
  }

  /** {@value #ERROR}. */
  public String error() {
    return ERROR;
  }

  /** The expression, as AWS quotes it: between the delimiters, trimmed. */
  public String expression() {
    return expression;
  }

  /**
   * What AWS writes after {@code specified for the field '<field>' }, e.g. {@code threw an error
   * during evaluation. T2002: The right side of the "+" operator must evaluate to a number}.
   */
  public String tail() {
    return tail;
  }

  /** The JSONata error code, such as {@code T1006}, or null when the failure has none. */
  public String code() {
    return code;
  }

  /**
   * AWS's cause for this failure in the field {@code field}, a path relative to the state such as
   * {@code Output}, {@code Output/result}, {@code Assign/x} or {@code Items}.
   */
  public String cause(String field) {
    return "The JSONata expression '" + expression + "' specified for the field '" + field + "' "
        + tail;
  }
}
