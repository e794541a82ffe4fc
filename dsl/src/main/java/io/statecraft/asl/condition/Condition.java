package io.statecraft.asl.condition;

import io.statecraft.asl.internal.Copies;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The boolean test of a Choice rule: a JSONPath comparison, {@code And}/{@code Or}/{@code Not} of
 * other conditions, or (in JSONata states) a {@code Condition} expression. Conditions nested in
 * And/Or/Not may carry a {@code Comment} of their own; a top-level rule's comment belongs to its
 * {@link io.statecraft.asl.ChoiceRule}, so there the condition's comment is null.
 *
 * <pre>{@code
 * Condition vip = new Condition.Comparison("$.vip", ComparisonOperator.BOOLEAN_EQUALS,
 *     BooleanNode.TRUE, null);
 * Condition big = new Condition.Comparison("$.total", ComparisonOperator.NUMERIC_GREATER_THAN,
 *     IntNode.valueOf(100), null);
 * Condition both = new Condition.And(List.of(vip, big), null);
 * }</pre>
 */
public sealed interface Condition {

  /**
   * {@code "Variable": variable, "<operator>": value}.
   *
   * @param variable the path of the value tested, as written
   * @param operator the comparison
   * @param value the operand as written (a literal, a path string, or a boolean flag)
   * @param comment {@code Comment} of a nested condition, or null
   */
  record Comparison(String variable, ComparisonOperator operator, JsonNode value, String comment)
      implements Condition {
    public Comparison {
      value = Copies.copy(value);
    }
  }

  /** {@code "And": [...]}: true when every condition holds. */
  record And(List<Condition> conditions, String comment) implements Condition {
    public And {
      conditions = Copies.list(conditions);
    }
  }

  /** {@code "Or": [...]}: true when any condition holds. */
  record Or(List<Condition> conditions, String comment) implements Condition {
    public Or {
      conditions = Copies.list(conditions);
    }
  }

  /** {@code "Not": {...}}: true when the condition does not hold. */
  record Not(Condition condition, String comment) implements Condition {}

  /**
   * {@code "Condition": "{% ... %}"} in a JSONata state: true when the expression yields {@code true}.
   * The value is usually a string; it is kept as JSON because a literal {@code true} is also allowed.
   */
  record Jsonata(JsonNode expression) implements Condition {
    public Jsonata {
      expression = Copies.copy(expression);
    }
  }
}
