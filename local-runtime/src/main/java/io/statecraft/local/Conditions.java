package io.statecraft.local;

import io.statecraft.asl.ComparisonOperator;
import io.statecraft.asl.Condition;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Compiles Choice conditions with AWS's type rules: an operator applied to a value of the wrong
 * type is false, never an error (NumericEquals on a string is false); a Variable that selects
 * nothing is a States.Runtime error except for IsPresent.
 */
final class Conditions {

  /** Operator name to its relation (Equals, LessThan, ...), computed once. */
  private static final java.util.Map<String, String> RELATIONS = new java.util.HashMap<>();

  static {
    for (ComparisonOperator operator : ComparisonOperator.values()) {
      RELATIONS.put(operator.aslName(), operator.aslName()
          .replaceFirst("^(String|Numeric|Timestamp|Boolean)", "").replace("Path", ""));
    }
  }

  private Conditions() {}

  static ChoiceNode.Test compile(Condition condition) {
    if (condition instanceof Condition.And and) {
      ChoiceNode.Test[] parts = all(and.conditions());
      return (input, frame) -> {
        for (ChoiceNode.Test part : parts) {
          if (!part.test(input, frame)) {
            return false;
          }
        }
        return true;
      };
    }
    if (condition instanceof Condition.Or or) {
      ChoiceNode.Test[] parts = all(or.conditions());
      return (input, frame) -> {
        for (ChoiceNode.Test part : parts) {
          if (part.test(input, frame)) {
            return true;
          }
        }
        return false;
      };
    }
    if (condition instanceof Condition.Not not) {
      ChoiceNode.Test inner = compile(not.condition());
      return (input, frame) -> !inner.test(input, frame);
    }
    if (condition instanceof Condition.Comparison comparison) {
      return comparison(comparison);
    }
    throw new IllegalArgumentException("JSONata conditions are not supported yet");
  }

  private static ChoiceNode.Test[] all(List<Condition> conditions) {
    return conditions.stream().map(Conditions::compile).toArray(ChoiceNode.Test[]::new);
  }

  private static ChoiceNode.Test comparison(Condition.Comparison comparison) {
    PathExpr variable = PathExpr.compile(comparison.variable());
    ComparisonOperator operator = comparison.operator();
    JsonNode operand = comparison.value();
    switch (operator.operand()) {
      case FLAG -> {
        boolean expected = operand.asBoolean();
        if (operator == ComparisonOperator.IS_PRESENT) {
          return (input, frame) -> present(variable, input, frame) == expected;
        }
        return (input, frame) -> typeTest(operator, read(variable, input, frame)) == expected;
      }
      case PATH -> {
        PathExpr other = PathExpr.compile(operand.asString());
        return (input, frame) -> compare(operator, read(variable, input, frame),
            read(other, input, frame));
      }
      case PATTERN -> {
        Pattern pattern = glob(operand.asString());
        return (input, frame) -> {
          JsonNode value = read(variable, input, frame);
          return value.isString() && pattern.matcher(value.asString()).matches();
        };
      }
      default -> {
        return (input, frame) -> compare(operator, read(variable, input, frame), operand);
      }
    }
  }

  private static boolean present(PathExpr path, JsonNode input, Frame frame) {
    try {
      JsonNode value = path.evaluate(input, frame);
      return !(value.isArray() && value.isEmpty() && !path.isDefinite());
    } catch (PathExpr.NoMatch e) {
      return false;
    }
  }

  private static JsonNode read(PathExpr path, JsonNode input, Frame frame) {
    return Node.select(path, input, frame);
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
  private static boolean compare(ComparisonOperator operator, JsonNode value, JsonNode operand) {
    String name = operator.aslName();
    if (name.startsWith("String")) {
      if (!value.isString() || !operand.isString()) {
        return false;
      }
      return holds(name, value.asString().compareTo(operand.asString()));
    }
    if (name.startsWith("Numeric")) {
      if (!value.isNumber() || !operand.isNumber()) {
        return false;
      }
      return holds(name, value.decimalValue().compareTo(operand.decimalValue()));
    }
    if (name.startsWith("Boolean")) {
      return value.isBoolean() && operand.isBoolean() && value.asBoolean() == operand.asBoolean();
    }
    if (name.startsWith("Timestamp")) {
      Long left = value.isString() ? Times.parse(value.asString()) : null;
      Long right = operand.isString() ? Times.parse(operand.asString()) : null;
      if (left == null || right == null) {
        return false;
      }
      return holds(name, Long.compare(left, right));
    }
    throw new IllegalStateException(name);
  }

  private static boolean holds(String operatorName, int comparison) {
    return switch (RELATIONS.get(operatorName)) {
      case "Equals" -> comparison == 0;
      case "LessThan" -> comparison < 0;
      case "GreaterThan" -> comparison > 0;
      case "LessThanEquals" -> comparison <= 0;
      case "GreaterThanEquals" -> comparison >= 0;
      default -> throw new IllegalStateException(operatorName);
    };
  }

  /** StringMatches: {@code *} matches any run of characters; {@code \*} and {@code \\} escape. */
  private static Pattern glob(String pattern) {
    StringBuilder regex = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        literal.append(pattern.charAt(++i));
      } else if (c == '*') {
        if (literal.length() > 0) {
          regex.append(Pattern.quote(literal.toString()));
          literal.setLength(0);
        }
        regex.append(".*");
      } else {
        literal.append(c);
      }
    }
    if (literal.length() > 0) {
      regex.append(Pattern.quote(literal.toString()));
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }
}
