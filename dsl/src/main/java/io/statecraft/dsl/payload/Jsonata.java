package io.statecraft.dsl.payload;

import java.util.Objects;

/**
 * A JSONata expression, written in ASL as {@code "{% expression %}"}. Using one in a state makes
 * that state a JSONata state.
 *
 * <pre>{@code
 * pass("Total").output(jsonata("$sum($states.input.items.price)"));
 * // "Output": "{% $sum($states.input.items.price) %}"
 * }</pre>
 *
 * @param expression the expression without the {@code {% %}} delimiters
 */
public record Jsonata(String expression) implements Expression {

  public Jsonata {
    Objects.requireNonNull(expression, "expression == null");
    String trimmed = expression.strip();
    if (trimmed.startsWith("{%") || trimmed.endsWith("%}")) {
      throw new IllegalArgumentException(
          "expression must be given without the {% %} delimiters, was " + expression);
    }
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("expression must not be blank");
    }
  }

  /** {@code {% expression %}}. */
  @Override
  public String text() {
    return "{% " + expression.strip() + " %}";
  }

  @Override
  public String toString() {
    return text();
  }
}
