package io.statecraft.importer.internal;

import com.palantir.javapoet.CodeBlock;
import io.statecraft.asl.condition.ComparisonOperator;
import io.statecraft.asl.condition.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * Choice conditions as DSL expressions: {@code path("$.paid").isTrue()}, {@code and(...)}. A
 * condition nested very deep, or an And/Or with very many operands, is written in pieces held by
 * variables, so that javac can compile it.
 */
final class Conditions {

  private final MethodBody body;
  private int depth;

  Conditions(MethodBody body) {
    this.body = body;
  }

  CodeBlock of(Condition condition) {
    depth++;
    try {
      CodeBlock code = write(condition);
      return depth > 1 && depth % MethodBody.MAX_NESTING == 0
          ? body.hoist("condition", code, MethodBody.CONDITION) : code;
    } finally {
      depth--;
    }
  }

  private CodeBlock write(Condition condition) {
    if (condition instanceof Condition.Jsonata jsonata) {
      if (!jsonata.expression().isString()) {
        throw new InexpressibleException("a JSONata Condition must be a string, was "
            + jsonata.expression());
      }
      return JsonCode.jsonata(jsonata.expression().stringValue());
    }
    if (condition instanceof Condition.Not not) {
      return commented(not.comment(), CodeBlock.of("not($L)", of(not.condition())));
    }
    if (condition instanceof Condition.And and) {
      return group("and", Condition.And.class, and.conditions(), and.comment());
    }
    if (condition instanceof Condition.Or or) {
      return group("or", Condition.Or.class, or.conditions(), or.comment());
    }
    Condition.Comparison comparison = (Condition.Comparison) condition;
    if (!JsonCode.isPath(comparison.variable())) {
      return Literals.code("new $T($S, $T.$L, $L, $S)", Condition.Comparison.class,
          comparison.variable(), ComparisonOperator.class, comparison.operator().name(),
          node(comparison.value()), comparison.comment());
    }
    return commented(comparison.comment(),
        Literals.code("path($S).$L", comparison.variable(), test(comparison)));
  }

  /** {@code condition}, wrapped in {@code commented(...)} when it has a comment. */
  private static CodeBlock commented(String comment, CodeBlock condition) {
    return comment == null ? condition : Literals.code("commented($S, $L)", comment, condition);
  }

  private CodeBlock group(String function, Class<?> type, List<Condition> conditions,
      String comment) {
    List<CodeBlock> pieces = new ArrayList<>();
    CodeBlock.Builder items = CodeBlock.builder();
    int count = 0;
    for (Condition operand : conditions) {
      CodeBlock item = of(operand);
      if (count > 0 && (count == MethodBody.MAX_PARTS
          || MethodBody.tooLarge(items.build()))) {
        pieces.add(body.hoist(function + " operands",
            CodeBlock.of("$T.of($L)", List.class, items.build()), MethodBody.CONDITIONS));
        items = CodeBlock.builder();
        count = 0;
      }
      items.add(count++ == 0 ? "\n$>$>$L$<$<" : ",\n$>$>$L$<$<", item);
    }
    if (!pieces.isEmpty()) {
      // Thousands of operands: lists of them in variables, joined into one list here.
      pieces.add(CodeBlock.of("$T.of($L)", List.class, items.build()));
      return Literals.code("new $T($T.of($L).flatMap($T::stream).toList(), $S)", type,
          Stream.class, CodeBlock.join(pieces, ", "), List.class, comment);
    }
    if (conditions.size() >= 2) {
      return commented(comment, CodeBlock.of("$L($L)", function, items.build()));
    }
    return Literals.code("new $T($T.of($L), $S)", type, List.class, items.build(), comment);
  }

  private static CodeBlock test(Condition.Comparison c) {
    ComparisonOperator op = c.operator();
    JsonNode value = c.value();
    String shortcut = shortcut(op);
    switch (op.operand()) {
      case STRING:
      case PATTERN:
        if (value.isString() && shortcut != null) {
          return Literals.code("$L($S)", shortcut, value.stringValue());
        }
        break;
      case NUMBER:
        if (value.isIntegralNumber() && value.canConvertToLong() && shortcut != null) {
          return CodeBlock.of("$L($L)", shortcut, value.isInt() ? value.intValue()
              : value.longValue() + "L");
        }
        break;
      case BOOLEAN:
        if (value.isBoolean()) {
          return CodeBlock.of(value.booleanValue() ? "isTrue()" : "isFalse()");
        }
        break;
      case PATH:
        if (value.isString() && JsonCode.isPath(value.stringValue())) {
          return Literals.code("compare($T.$L, path($S))", ComparisonOperator.class, op.name(),
              value.stringValue());
        }
        break;
      case FLAG:
        if (value.isBoolean() && value.booleanValue()) {
          return CodeBlock.of("$L()", flag(op));
        }
        if (value.isBoolean() && op == ComparisonOperator.IS_PRESENT) {
          return CodeBlock.of("isAbsent()");
        }
        break;
      default:
        break;
    }
    return CodeBlock.of("compare($T.$L, $L)", ComparisonOperator.class, op.name(), node(value));
  }

  /** The DSL method comparing with a literal: {@code ge} for NumericGreaterThanEquals. */
  private static String shortcut(ComparisonOperator op) {
    if (op.operand() == ComparisonOperator.Operand.PATTERN) {
      return "matches";
    }
    if (op.operand() == ComparisonOperator.Operand.PATH || op.relation() == null) {
      return null;
    }
    return switch (op.relation()) {
      case EQUALS -> "eq";
      case LESS_THAN -> "lt";
      case GREATER_THAN -> "gt";
      case LESS_THAN_EQUALS -> "le";
      case GREATER_THAN_EQUALS -> "ge";
    };
  }

  private static String flag(ComparisonOperator op) {
    return switch (op) {
      case IS_NULL -> "isNull";
      case IS_PRESENT -> "isPresent";
      case IS_NUMERIC -> "isNumeric";
      case IS_STRING -> "isString";
      case IS_BOOLEAN -> "isBoolean";
      default -> "isTimestamp";
    };
  }

  /** A literal operand as a Jackson node: {@code StringNode.valueOf("...")} or parsed JSON. */
  private static CodeBlock node(JsonNode value) {
    if (value.isString()) {
      return Literals.code("$T.valueOf($S)", StringNode.class, value.stringValue());
    }
    return Literals.code("json($S).toJson()", value.toString());
  }
}
