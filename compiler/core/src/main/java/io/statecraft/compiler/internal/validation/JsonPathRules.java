package io.statecraft.compiler.internal.validation;

import io.statecraft.asl.Catcher;
import io.statecraft.asl.ChoiceRule;
import io.statecraft.asl.ChoiceState;
import io.statecraft.asl.ErrorHandling;
import io.statecraft.asl.FailState;
import io.statecraft.asl.MapState;
import io.statecraft.asl.ParallelState;
import io.statecraft.asl.PassState;
import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.State;
import io.statecraft.asl.SucceedState;
import io.statecraft.asl.TaskState;
import io.statecraft.asl.WaitState;
import io.statecraft.asl.condition.ComparisonOperator;
import io.statecraft.asl.condition.Condition;
import io.statecraft.asl.map.ItemBatcher;
import io.statecraft.asl.value.Path;
import io.statecraft.compiler.validation.Rule;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The paths of JSONPath states: InputPath/OutputPath, reference paths, payload templates with
 * their {@code .$} fields, and the operands of Choice comparisons.
 */
final class JsonPathRules {

  private final Findings findings;

  JsonPathRules(Findings findings) {
    this.findings = findings;
  }

  void check(Scope.Site site) {
    if (site.language() != QueryLanguage.JSONPATH) {
      return;
    }
    String at = site.pointer();
    State state = site.state();
    if (state instanceof TaskState t) {
      task(at, t);
    } else if (state instanceof PassState p) {
      io(at, p.inputPath(), p.outputPath(), p.resultPath());
      template(at + "/Parameters", p.parameters());
      template(at + "/Assign", p.assign());
    } else if (state instanceof ChoiceState c) {
      choice(at, c);
    } else if (state instanceof WaitState w) {
      io(at, w.inputPath(), w.outputPath(), null);
      template(at + "/Assign", w.assign());
      reference(at + "/SecondsPath", w.secondsPath());
      reference(at + "/TimestampPath", w.timestampPath());
    } else if (state instanceof SucceedState s) {
      io(at, s.inputPath(), s.outputPath(), null);
    } else if (state instanceof FailState f) {
      referenceOrIntrinsic(at + "/ErrorPath", f.errorPath());
      referenceOrIntrinsic(at + "/CausePath", f.causePath());
    } else if (state instanceof ParallelState p) {
      io(at, p.inputPath(), p.outputPath(), p.resultPath());
      template(at + "/Parameters", p.parameters());
      template(at + "/ResultSelector", p.resultSelector());
      template(at + "/Assign", p.assign());
    } else if (state instanceof MapState m) {
      map(at, m);
    }
    if (state instanceof ErrorHandling handling) {
      List<Catcher> catchers = handling.catchers();
      for (int i = 0; i < catchers.size(); i++) {
        path(at + "/Catch/" + i + "/ResultPath", catchers.get(i).resultPath(), Paths.Kind.RESULT);
        template(at + "/Catch/" + i + "/Assign", catchers.get(i).assign());
      }
    }
  }

  private void task(String at, TaskState t) {
    io(at, t.inputPath(), t.outputPath(), t.resultPath());
    template(at + "/Parameters", t.parameters());
    template(at + "/ResultSelector", t.resultSelector());
    template(at + "/Credentials", t.credentials());
    template(at + "/Assign", t.assign());
    reference(at + "/TimeoutSecondsPath", t.timeoutSecondsPath());
    reference(at + "/HeartbeatSecondsPath", t.heartbeatSecondsPath());
  }

  private void choice(String at, ChoiceState c) {
    io(at, c.inputPath(), c.outputPath(), null);
    template(at + "/Assign", c.assign());
    List<ChoiceRule> rules = c.choices();
    for (int i = 0; i < rules.size(); i++) {
      condition(at + "/Choices/" + i, rules.get(i).condition());
      template(at + "/Choices/" + i + "/Assign", rules.get(i).assign());
    }
  }

  private void map(String at, MapState m) {
    io(at, m.inputPath(), m.outputPath(), m.resultPath());
    reference(at + "/ItemsPath", m.itemsPath());
    template(at + "/ItemSelector", m.itemSelector());
    template(at + "/Parameters", m.parameters());
    template(at + "/ResultSelector", m.resultSelector());
    template(at + "/Assign", m.assign());
    reference(at + "/MaxConcurrencyPath", m.maxConcurrencyPath());
    reference(at + "/ToleratedFailurePercentagePath", m.toleratedFailurePercentagePath());
    reference(at + "/ToleratedFailureCountPath", m.toleratedFailureCountPath());
    ItemBatcher batcher = m.itemBatcher();
    if (batcher != null) {
      reference(at + "/ItemBatcher/MaxItemsPerBatchPath", batcher.maxItemsPerBatchPath());
      reference(at + "/ItemBatcher/MaxInputBytesPerBatchPath",
          batcher.maxInputBytesPerBatchPath());
      template(at + "/ItemBatcher/BatchInput", batcher.batchInput());
    }
    if (m.itemReader() != null) {
      template(at + "/ItemReader/Parameters", m.itemReader().parameters());
      if (m.itemReader().readerConfig() != null) {
        reference(at + "/ItemReader/ReaderConfig/MaxItemsPath",
            m.itemReader().readerConfig().maxItemsPath());
      }
    }
    if (m.resultWriter() != null) {
      template(at + "/ResultWriter/Parameters", m.resultWriter().parameters());
    }
  }

  private void io(String at, Path input, Path output, Path result) {
    path(at + "/InputPath", input, Paths.Kind.PATH);
    path(at + "/OutputPath", output, Paths.Kind.PATH);
    path(at + "/ResultPath", result, Paths.Kind.RESULT);
  }

  private void path(String pointer, Path path, Paths.Kind kind) {
    if (path != null && !path.isNull()) {
      Paths.check(findings, pointer, Where.field(pointer), path.expression(), kind);
    }
  }

  private void reference(String pointer, String path) {
    if (path != null) {
      Paths.check(findings, pointer, Where.field(pointer), path, Paths.Kind.REFERENCE);
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
            + " or an intrinsic function, not " + SchemaCheck.describe(value));
      } else if (Paths.isIntrinsicCall(value.asString())) {
        Paths.checkIntrinsic(findings, at, key, value.asString());
      } else if (value.asString().startsWith("$")) {
        Paths.check(findings, at, key, value.asString(), Paths.Kind.PATH);
      } else if (!Placeholders.contains(value.asString())) {
        findings.report(Rule.PAYLOAD_PATH, at, "\"" + key + "\" is " + SchemaCheck.describe(value)
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
          + expected + ", not " + SchemaCheck.describe(value));
    }
    return ok;
  }
}
