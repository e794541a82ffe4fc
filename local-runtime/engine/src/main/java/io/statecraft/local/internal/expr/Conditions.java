package io.statecraft.local.internal.expr;

import io.statecraft.compiler.internal.common.Glob;
import io.statecraft.asl.condition.ComparisonOperator;
import io.statecraft.asl.condition.Condition;
import io.statecraft.local.internal.json.Times;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Compiles Choice conditions with AWS's type rules: an operator applied to a value of the wrong
 * type is false, never an error (NumericEquals on a string is false); a Variable that selects
 * nothing is a States.Runtime error except for IsPresent.
 */
public final class Conditions {

  /** The type a comparison operator applies to: the first word of its name. */
  private enum Kind {
    STRING, NUMERIC, BOOLEAN, TIMESTAMP
  }

  /** What a comparison operator asks of the order of its two values: the rest of its name. */
  private enum Relation {
    EQUALS, LESS_THAN, GREATER_THAN, LESS_THAN_EQUALS, GREATER_THAN_EQUALS;

    boolean holds(int comparison) {
      return switch (this) {
        case EQUALS -> comparison == 0;
        case LESS_THAN -> comparison < 0;
        case GREATER_THAN -> comparison > 0;
        case LESS_THAN_EQUALS -> comparison <= 0;
        case GREATER_THAN_EQUALS -> comparison >= 0;
      };
    }
  }

  /** An operator such as {@code NumericLessThanPath} read once at load, not at each test. */
  private record Comparator(Kind kind, Relation relation) {
    static Comparator of(ComparisonOperator operator) {
      String name = operator.aslName().replace("Path", "");
      for (Kind kind : Kind.values()) {
        String prefix = kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT);
        if (name.startsWith(prefix)) {
          String relation = name.substring(prefix.length())
              .replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
          return new Comparator(kind, Relation.valueOf(relation));
        }
      }
      throw new IllegalArgumentException("not a comparison: " + operator.aslName());
    }
  }

  /** A compiled rule condition. */
  public interface Test {
    boolean test(JsonNode input, Scope scope);
  }

  private final PathCache paths;

  private Conditions(PathCache paths) {
    this.paths = paths;
  }

  /** Compiles {@code condition}, its paths through {@code paths}. */
  public static Test compile(Condition condition, PathCache paths) {
    return new Conditions(paths).compile(condition);
  }

  private Test compile(Condition condition) {
    if (condition instanceof Condition.And and) {
      Test[] parts = all(and.conditions());
      return (input, scope) -> {
        for (Test part : parts) {
          if (!part.test(input, scope)) {
            return false;
          }
        }
        return true;
      };
    }
    if (condition instanceof Condition.Or or) {
      Test[] parts = all(or.conditions());
      return (input, scope) -> {
        for (Test part : parts) {
          if (part.test(input, scope)) {
            return true;
          }
        }
        return false;
      };
    }
    if (condition instanceof Condition.Not not) {
      Test inner = compile(not.condition());
      return (input, scope) -> !inner.test(input, scope);
    }
    if (condition instanceof Condition.Comparison comparison) {
      return comparison(comparison);
    }
    throw new IllegalArgumentException("a JSONata Condition is not a JSONPath rule: " + condition);
  }

  private Test[] all(List<Condition> conditions) {
    return conditions.stream().map(this::compile).toArray(Test[]::new);
  }

  private Test comparison(Condition.Comparison comparison) {
    PathExpr variable = paths.path(comparison.variable());
    ComparisonOperator operator = comparison.operator();
    JsonNode operand = comparison.value();
    switch (operator.operand()) {
      case FLAG -> {
        boolean expected = operand.asBoolean();
        if (operator == ComparisonOperator.IS_PRESENT) {
          return (input, scope) -> present(variable, input, scope) == expected;
        }
        return (input, scope) -> typeTest(operator, read(variable, input, scope)) == expected;
      }
      case PATH -> {
        PathExpr other = paths.path(operand.asString());
        Comparator comparator = Comparator.of(operator);
        return (input, scope) -> compare(comparator, read(variable, input, scope),
            read(other, input, scope));
      }
      case PATTERN -> {
        Glob pattern = Glob.stringMatches(operand.asString());
        return (input, scope) -> {
          JsonNode value = read(variable, input, scope);
          return value.isString() && pattern.matches(value.asString());
        };
      }
      default -> {
        Comparator comparator = Comparator.of(operator);
        return (input, scope) -> compare(comparator, read(variable, input, scope), operand);
      }
    }
  }

  private static boolean present(PathExpr path, JsonNode input, Scope scope) {
    try {
      JsonNode value = path.evaluate(input, scope);
      return !(value.isArray() && value.isEmpty() && !path.isDefinite());
    } catch (PathExpr.NoMatch e) {
      return false;
    }
  }

  private static JsonNode read(PathExpr path, JsonNode input, Scope scope) {
    return PathExpr.select(path, input, scope);
  }

  private static boolean typeTest(ComparisonOperator operator, JsonNode value) {
    return switch (operator) {
      case IS_NULL -> value.isNull();
      case IS_NUMERIC -> value.isNumber();
      case IS_STRING -> value.isString();
      case IS_BOOLEAN -> value.isBoolean();
      case IS_TIMESTAMP -> value.isString() && Times.parse(value.asString()) != null;
      default -> throw new IllegalStateException(operator.aslName());
    };
  }

  /** {@code value <operator> operand}; false when either has the wrong type for the operator. */
  private static boolean compare(Comparator comparator, JsonNode value, JsonNode operand) {
    Relation relation = comparator.relation();
    switch (comparator.kind()) {
      case STRING -> {
        return value.isString() && operand.isString()
            && relation.holds(value.asString().compareTo(operand.asString()));
      }
      case NUMERIC -> {
        return value.isNumber() && operand.isNumber()
            && relation.holds(compareNumbers(value, operand));
      }
      case BOOLEAN -> {
        return value.isBoolean() && operand.isBoolean()
            && value.asBoolean() == operand.asBoolean();
      }
      default -> {
        Long left = value.isString() ? Times.parse(value.asString()) : null;
        Long right = operand.isString() ? Times.parse(operand.asString()) : null;
        return left != null && right != null && relation.holds(Long.compare(left, right));
      }
    }
  }

  /** Two JSON numbers compared by value ({@code 1} equals {@code 1.0}); longs without BigDecimal. */
  private static int compareNumbers(JsonNode left, JsonNode right) {
    if (left.isIntegralNumber() && right.isIntegralNumber()
        && left.canConvertToLong() && right.canConvertToLong()) {
      return Long.compare(left.asLong(), right.asLong());
    }
    return left.decimalValue().compareTo(right.decimalValue());
  }
}
