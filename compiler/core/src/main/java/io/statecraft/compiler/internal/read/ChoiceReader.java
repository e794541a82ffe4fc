package io.statecraft.compiler.internal.read;

import io.statecraft.asl.ChoiceRule;
import io.statecraft.asl.ChoiceState;
import io.statecraft.asl.condition.ComparisonOperator;
import io.statecraft.asl.condition.Condition;
import io.statecraft.asl.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads a Choice state and its rules, nested And/Or/Not included. */
final class ChoiceReader {

  private final List<Diagnostic> diagnostics;

  ChoiceReader(List<Diagnostic> diagnostics) {
    this.diagnostics = diagnostics;
  }

  ChoiceState choice(Fields f) {
    List<ChoiceRule> rules = f.objects("Choices", true, i -> "Choices[" + i + "]", this::rule);
    return new ChoiceState(f.string("Comment"), StateReader.language(f), f.path("InputPath"),
        f.path("OutputPath"), rules, f.string("Default"), f.json("Output"), f.json("Assign"));
  }

  private ChoiceRule rule(Fields f) {
    String comment = f.string("Comment");
    String next = f.requiredString("Next");
    JsonNode assign = f.json("Assign");
    JsonNode output = f.json("Output");
    Condition condition = condition(f, f.what(), null);
    return condition == null ? null : new ChoiceRule(condition, next, assign, output, comment);
  }

  /**
   * The one condition in {@code f}: Condition, And, Or, Not, or Variable with one operator.
   * {@code comment} is the nested condition's own Comment (null at the top level, where it belongs
   * to the rule).
   */
  private Condition condition(Fields f, String what, String comment) {
    List<String> present = new ArrayList<>();
    for (String field : List.of("Condition", "And", "Or", "Not")) {
      if (f.has(field)) {
        present.add(field);
      }
    }
    List<ComparisonOperator> operators = new ArrayList<>();
    for (ComparisonOperator operator : ComparisonOperator.values()) {
      if (f.has(operator.aslName())) {
        operators.add(operator);
        present.add(operator.aslName());
      }
    }
    if (present.size() != 1) {
      if (present.isEmpty()) {
        diagnostics.add(Diagnostic.error("READ_MISSING_FIELD", f.pointer(), what
            + " needs a comparison (e.g. StringEquals), And, Or, Not or a JSONata Condition"));
      } else {
        diagnostics.add(Diagnostic.error("READ_VALUE", f.pointer(), what
            + " must hold exactly one comparison, but holds " + String.join(", ", present)));
      }
      f.raw("Variable");
      return null;
    }
    String kind = present.get(0);
    switch (kind) {
      case "Condition":
        return new Condition.Jsonata(f.json("Condition"));
      case "And":
      case "Or":
        List<Condition> operands = operands(f, kind);
        if (operands == null) {
          return null;
        }
        return kind.equals("And")
            ? new Condition.And(operands, comment)
            : new Condition.Or(operands, comment);
      case "Not":
        JsonNode operand = f.raw("Not");
        Condition negated = nested(operand, f.pointer("Not"), "Not");
        return negated == null ? null : new Condition.Not(negated, comment);
      default:
        ComparisonOperator operator = operators.get(0);
        String variable = f.requiredString("Variable");
        JsonNode value = f.json(operator.aslName());
        return variable == null ? null
            : new Condition.Comparison(variable, operator, value, comment);
    }
  }

  private List<Condition> operands(Fields f, String field) {
    JsonNode array = f.array(field);
    if (array == null) {
      return null;
    }
    List<Condition> operands = new ArrayList<>();
    boolean complete = true;
    for (int i = 0; i < array.size(); i++) {
      Condition operand = nested(array.get(i), f.pointer(field) + "/" + i, field + "[" + i + "]");
      if (operand == null) {
        complete = false;
      } else {
        operands.add(operand);
      }
    }
    return complete ? operands : null;
  }

  private Condition nested(JsonNode node, String pointer, String what) {
    Fields f = Fields.element(node, pointer, what, diagnostics);
    if (f == null) {
      return null;
    }
    Condition condition = condition(f, what, f.string("Comment"));
    f.finish();
    return condition;
  }

}
