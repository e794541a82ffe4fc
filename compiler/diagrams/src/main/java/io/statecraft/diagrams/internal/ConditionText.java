package io.statecraft.diagrams.internal;

import io.statecraft.asl.condition.ComparisonOperator;
import io.statecraft.asl.condition.Condition;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A Choice rule as a short line a reader takes in at a glance: {@code $.total > 100 and $.vip},
 * {@code not ($.x is present)}, {@code $.name like "a*"}. JSONata conditions are shown without
 * their {@code {% %}} and, like every edge label, abbreviated by the caller.
 */
final class ConditionText {

  private ConditionText() {}

  /** The whole condition, unabbreviated. */
  static String of(Condition condition) {
    if (condition instanceof Condition.Comparison comparison) {
      return comparison(comparison);
    }
    if (condition instanceof Condition.And and) {
      return joined(and.conditions(), " and ");
    }
    if (condition instanceof Condition.Or or) {
      return joined(or.conditions(), " or ");
    }
    if (condition instanceof Condition.Not not) {
      return "not (" + of(not.condition()) + ")";
    }
    JsonNode expression = ((Condition.Jsonata) condition).expression();
    return expression.isString() ? stripJsonata(expression.asString()) : expression.toString();
  }

  private static String joined(List<Condition> conditions, String operator) {
    StringBuilder text = new StringBuilder();
    for (Condition part : conditions) {
      if (!text.isEmpty()) {
        text.append(operator);
      }
      boolean group = part instanceof Condition.And || part instanceof Condition.Or;
      text.append(group ? "(" + of(part) + ")" : of(part));
    }
    return text.toString();
  }

  private static String comparison(Condition.Comparison comparison) {
    String variable = comparison.variable();
    ComparisonOperator operator = comparison.operator();
    JsonNode value = comparison.value();
    String name = operator.aslName();
    switch (operator.operand()) {
      case FLAG:
        boolean holds = value != null && value.isBoolean() && value.asBoolean();
        String test = name.substring(2).toLowerCase(java.util.Locale.ROOT);
        return variable + (holds ? " is " : " is not ") + test;
      case BOOLEAN:
        if (value != null && value.isBoolean()) {
          return value.asBoolean() ? variable : "not " + variable;
        }
        return variable + " == " + literal(value);
      case PATTERN:
        return variable + " like " + literal(value);
      case PATH:
        return variable + " " + symbol(operator) + " " + (value != null && value.isString()
            ? value.asString() : literal(value));
      default:
        return variable + " " + symbol(operator) + " " + literal(value);
    }
  }

  /** {@code NumericLessThanEqualsPath} gives {@code <=}. */
  private static String symbol(ComparisonOperator operator) {
    ComparisonOperator.Relation relation = operator.relation();
    return relation == null ? "==" : relation.symbol();
  }

  /** Strings quoted, other JSON as written. */
  private static String literal(JsonNode value) {
    if (value == null) {
      return "?";
    }
    return value.isString() ? "\"" + value.asString() + "\"" : value.toString();
  }

  /** {@code {% $x > 1 %}} gives {@code $x > 1}; whitespace runs become one space. */
  static String stripJsonata(String written) {
    String text = written.strip();
    if (text.startsWith("{%") && text.endsWith("%}")) {
      text = text.substring(2, text.length() - 2);
    }
    return text.strip().replaceAll("\\s+", " ");
  }

  /** {@code text} cut to at most {@code max} characters, ending with an ellipsis when cut. */
  static String abbreviate(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    return text.substring(0, max - 1).stripTrailing() + "…";
  }

  /**
   * {@code text} broken into lines of at most {@code width} characters at spaces, joined with
   * {@code \n}. A longer word keeps a line of its own; only one over twice the width is split.
   * Nothing is left out.
   */
  static String wrap(String text, int width) {
    int longest = 2 * width;
    List<String> lines = new java.util.ArrayList<>();
    for (String paragraph : text.strip().split("\\s*\\n\\s*")) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split("[ \\t]+")) {
        while (word.length() > longest) {
          if (line.length() > 0) {
            lines.add(line.toString());
            line.setLength(0);
          }
          lines.add(word.substring(0, longest));
          word = word.substring(longest);
        }
        if (line.length() > 0 && line.length() + 1 + word.length() > width) {
          lines.add(line.toString());
          line.setLength(0);
        }
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(word);
      }
      if (line.length() > 0) {
        lines.add(line.toString());
      }
    }
    return String.join("\n", lines);
  }
}
