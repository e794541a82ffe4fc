package io.statecraft.compiler.internal.validation;

import io.statecraft.compiler.internal.common.SchemaWords;
import io.statecraft.asl.ChoiceRule;
import io.statecraft.asl.ChoiceState;
import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.condition.ComparisonOperator;
import io.statecraft.asl.condition.Condition;
import io.statecraft.compiler.validation.Rule;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The paths of JSONPath states: InputPath/OutputPath, reference paths, payload templates with
 * their {@code .$} fields, and the operands of Choice comparisons. Which fields hold paths and
 * templates is a table of field names, looked up for every field {@link StateFields} gives.
 */
final class JsonPathRules {

  /** Fields holding a reference path, one that names a single value: no filter or wildcard. */
  private static final Set<String> REFERENCES = Set.of("ItemsPath", "SecondsPath",
      "TimestampPath", "TimeoutSecondsPath", "HeartbeatSecondsPath", "MaxConcurrencyPath",
      "ToleratedFailurePercentagePath", "ToleratedFailureCountPath", "MaxItemsPerBatchPath",
      "MaxInputBytesPerBatchPath", "MaxItemsPath");

  /** Fields holding a payload template. */
  private static final Set<String> TEMPLATES = Set.of("Parameters", "ResultSelector",
      "Credentials", "Assign", "ItemSelector", "BatchInput");

  private final Findings findings;

  JsonPathRules(Findings findings) {
    this.findings = findings;
  }

  /** Checks the state at {@code site}; {@code written} is the state as the writer writes it. */
  void check(Scope.Site site, JsonNode written) {
    if (site.language() != QueryLanguage.JSONPATH) {
      return;
    }
    StateFields.forEach(written,
        (suffix, name, value) -> field(site.pointer() + suffix, name, value));
    if (site.state() instanceof ChoiceState choice) {
      List<ChoiceRule> rules = choice.choices();
      for (int i = 0; i < rules.size(); i++) {
        condition(site.pointer() + "/Choices/" + i, rules.get(i).condition());
      }
    }
  }

  private void field(String pointer, String name, JsonNode value) {
    if (value.isNull()) {
      return;
    }
    switch (name) {
      case "InputPath", "OutputPath" -> path(pointer, value.asString(), Paths.Kind.PATH);
      case "ResultPath" -> path(pointer, value.asString(), Paths.Kind.RESULT);
      case "ErrorPath", "CausePath" -> referenceOrIntrinsic(pointer, value.asString());
      default -> {
        if (REFERENCES.contains(name)) {
          reference(pointer, value.asString());
        } else if (TEMPLATES.contains(name)) {
          template(pointer, value);
        }
      }
    }
  }

  private void path(String pointer, String path, Paths.Kind kind) {
    Paths.check(findings, pointer, Where.field(pointer), path, kind);
  }

  private void reference(String pointer, String path) {
    if (path != null) {
      path(pointer, path, Paths.Kind.REFERENCE);
    }
  }

  /** ErrorPath and CausePath take a reference path or an intrinsic function. */
  private void referenceOrIntrinsic(String pointer, String value) {
    if (value != null && Paths.isIntrinsicCall(value)) {
      Paths.checkIntrinsic(findings, pointer, Where.field(pointer), value);
    } else {
      reference(pointer, value);
    }
  }

  /**
   * A payload template: a field named {@code x.$} takes a path or an intrinsic function, and may
   * not stand beside a field {@code x}, which it would overwrite.
   */
  private void template(String pointer, JsonNode node) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        template(Findings.child(pointer, i), node.get(i));
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String key = entry.getKey();
      String at = Findings.child(pointer, key);
      if (!key.endsWith(".$")) {
        template(at, entry.getValue());
        continue;
      }
      String plain = key.substring(0, key.length() - 2);
      if (node.has(plain)) {
        findings.report(Rule.PAYLOAD_DUPLICATE_KEY, at, "\"" + key + "\" and \"" + plain
            + "\" both set the field \"" + plain + "\"; keep one");
      }
      JsonNode value = entry.getValue();
      if (!value.isString()) {
        findings.report(Rule.PAYLOAD_PATH, at, "\"" + key + "\" must be a string holding a path"
            + " or an intrinsic function, not " + SchemaWords.describe(value));
      } else if (Paths.isIntrinsicCall(value.asString())) {
        Paths.checkIntrinsic(findings, at, key, value.asString());
      } else if (value.asString().startsWith("$")) {
        Paths.check(findings, at, key, value.asString(), Paths.Kind.PATH);
      } else if (!Placeholders.contains(value.asString())) {
        findings.report(Rule.PAYLOAD_PATH, at, "\"" + key + "\" is " + SchemaWords.describe(value)
            + ", which is neither a path ($...) nor an intrinsic function (States....)",
            "drop the .$ from the name to pass the string as it is");
      }
    }
  }

  private void condition(String pointer, Condition condition) {
    if (condition instanceof Condition.And and) {
      conditions(pointer + "/And", and.conditions());
    } else if (condition instanceof Condition.Or or) {
      conditions(pointer + "/Or", or.conditions());
    } else if (condition instanceof Condition.Not not) {
      condition(pointer + "/Not", not.condition());
    } else if (condition instanceof Condition.Comparison comparison) {
      comparison(pointer, comparison);
    }
  }

  private void conditions(String pointer, List<Condition> conditions) {
    for (int i = 0; i < conditions.size(); i++) {
      condition(pointer + "/" + i, conditions.get(i));
    }
  }

  private void comparison(String pointer, Condition.Comparison comparison) {
    String variable = comparison.variable();
    if (variable != null && Paths.isIntrinsicCall(variable)) {
      findings.report(Rule.PATH_SYNTAX, pointer + "/Variable", "Variable must be a path, not the"
          + " intrinsic function call \"" + variable + "\"",
          "compute the value in an earlier Pass state's Parameters, then test its path");
    } else if (variable != null) {
      Paths.check(findings, pointer + "/Variable", "Variable", variable, Paths.Kind.PATH);
    }
    ComparisonOperator operator = comparison.operator();
    JsonNode value = comparison.value();
    String at = pointer + "/" + operator.aslName();
    if (value == null) {
      return;
    }
    boolean placeholder = value.isString() && Placeholders.contains(value.asString());
    switch (operator.operand()) {
      case STRING, PATTERN -> expect(at, operator, value.isString(), "a string", value);
      case NUMBER -> expect(at, operator, value.isNumber() || placeholder, "a number", value);
      case BOOLEAN, FLAG -> expect(at, operator, value.isBoolean() || placeholder,
          "true or false", value);
      case PATH -> {
        if (expect(at, operator, value.isString(), "a path string", value)) {
          Paths.check(findings, at, operator.aslName(), value.asString(), Paths.Kind.REFERENCE);
        }
      }
      case TIMESTAMP -> {
        if (expect(at, operator, value.isString(), "an RFC 3339 timestamp string", value)
            && !placeholder) {
          Timestamps.check(findings, at, operator.aslName(), value.asString());
        }
      }
    }
  }

  private boolean expect(String pointer, ComparisonOperator operator, boolean ok,
      String expected, JsonNode value) {
    if (!ok) {
      findings.report(Rule.CHOICE_OPERAND_TYPE, pointer, operator.aslName() + " compares with "
          + expected + ", not " + SchemaWords.describe(value));
    }
    return ok;
  }
}
