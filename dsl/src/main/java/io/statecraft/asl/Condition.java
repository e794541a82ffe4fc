package io.statecraft.asl;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The boolean test of a Choice rule: a JSONPath comparison, {@code And}/{@code Or}/{@code Not} of
 * other conditions, or (in JSONata states) a {@code Condition} expression.
 *
 * <pre>{@code
 * Condition vip = new Condition.Comparison("$.vip", ComparisonOperator.BOOLEAN_EQUALS,
 *     BooleanNode.TRUE);
 * Condition big = new Condition.Comparison("$.total", ComparisonOperator.NUMERIC_GREATER_THAN,
 *     IntNode.valueOf(100));
 * Condition both = new Condition.And(List.of(vip, big));
 * }</pre>
 */
public sealed interface Condition {

  /**
   * {@code "Variable": variable, "<operator>": value}.
   *
   * @param variable the path of the value tested, as written
   * @param operator the comparison
   * @param value the operand as written (a literal, a path string, or a boolean flag)
   */
  record Comparison(String variable, ComparisonOperator operator, JsonNode value)
      implements Condition {
    public Comparison {
      value = Json.copy(value);
    }
  }

  /** {@code "And": [...]}: true when every condition holds. */
  record And(List<Condition> conditions) implements Condition {
    public And {
      conditions = Json.list(conditions);
    }
  }

  /** {@code "Or": [...]}: true when any condition holds. */
  record Or(List<Condition> conditions) implements Condition {
    public Or {
      conditions = Json.list(conditions);
    }
  }

  /** {@code "Not": {...}}: true when the condition does not hold. */
  record Not(Condition condition) implements Condition {}

  /**
   * {@code "Condition": "{% ... %}"} in a JSONata state: true when the expression yields {@code true}.
   * The value is usually a string; it is kept as JSON because a literal {@code true} is also allowed.
   */
  record Jsonata(JsonNode expression) implements Condition {
    public Jsonata {
      expression = Json.copy(expression);
    }
  }
}
