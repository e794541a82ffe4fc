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
import io.statecraft.asl.condition.Condition;
import io.statecraft.asl.map.ItemBatcher;
import io.statecraft.asl.value.NumberOrExpression;
import io.statecraft.compiler.internal.jsonata.JsonataExpression;
import io.statecraft.compiler.validation.Rule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Which fields a state may use in its query language, and every {@code {% %}} expression of a
 * JSONata state: what AWS refuses in it, and the fields of {@code $states} it reads where they
 * exist.
 */
final class JsonataRules {

  /** The fields of a Catcher that can read {@code $states.errorOutput}. */
  private static final Pattern CATCHER_FIELD = Pattern.compile("/Catch/\\d+/(Output|Assign)");

  private final Findings findings;

  JsonataRules(Findings findings) {
    this.findings = findings;
  }

  /** The fields of one state, sorted by the language they belong to. */
  private static final class Inventory {
    /** JSONPath-only fields by pointer suffix; null values are absent fields. */
    final Map<String, Object> jsonPathOnly = new LinkedHashMap<>();
    /** JSONata-only fields. */
    final Map<String, Object> jsonataOnly = new LinkedHashMap<>();
    /** Values whose strings are {% %} expressions in a JSONata state. */
    final Map<String, Object> expressions = new LinkedHashMap<>();

    void jsonPath(String suffix, Object value) {
      jsonPathOnly.put(suffix, value);
    }

    /** A JSONata-only field, made of expressions. */
    void jsonata(String suffix, Object value) {
      jsonataOnly.put(suffix, value);
      expressions.put(suffix, value);
    }

    /** A field of both languages that holds expressions in JSONata. */
    void expression(String suffix, Object value) {
      expressions.put(suffix, value);
    }

    void io(Object inputPath, Object outputPath, Object output) {
      jsonPath("/InputPath", inputPath);
      jsonPath("/OutputPath", outputPath);
      jsonata("/Output", output);
    }
  }

  void check(Scope.Site site) {
    boolean jsonata = site.language() == QueryLanguage.JSONATA;
    Inventory inventory = inventory(site.state());
    Map<String, Object> wrong = jsonata ? inventory.jsonPathOnly : inventory.jsonataOnly;
    wrong.forEach((suffix, value) -> {
      if (value != null) {
        findings.report(Rule.QUERY_LANGUAGE_FIELD, site.pointer() + suffix, Where.field(suffix)
            + " is a " + (jsonata ? "JSONPath" : "JSONata") + " field, but state \""
            + site.name() + "\" uses " + site.language().aslName(), jsonata
            ? "JSONata states take Arguments, Output and Assign with {% %} expressions"
            : "set \"QueryLanguage\": \"JSONata\" on the state or the machine");
      }
    });
    if (jsonata) {
      inventory.expressions.forEach((suffix, value) -> checkExpressions(site, suffix, value));
    }
  }

  private void checkExpressions(Scope.Site site, String suffix, Object value) {
    String pointer = site.pointer() + suffix;
    BiConsumer<String, JsonataExpression> parsed =
        (at, expression) -> checkStatesFields(site, suffix, at, expression);
    if (value instanceof JsonNode node) {
      Expressions.checkTree(findings, pointer, node, parsed);
    } else {
      String text = value instanceof String string ? string
          : value instanceof NumberOrExpression number && !number.isNumber()
              ? number.expression() : null;
      JsonataExpression expression = Expressions.check(findings, pointer, text);
      if (expression != null) {
        parsed.accept(pointer, expression);
      }
    }
  }

  /**
   * {@code $states.result} exists only in the top-level Output and Assign of the states that have
   * a result, and {@code $states.errorOutput} only in a Catcher's; AWS refuses other references.
   */
  private void checkStatesFields(Scope.Site site, String suffix, String pointer,
      JsonataExpression expression) {
    Set<String> fields = expression.statesFields();
    boolean catcher = CATCHER_FIELD.matcher(suffix).matches();
    boolean hasResult = site.state() instanceof TaskState || site.state() instanceof MapState
        || site.state() instanceof ParallelState;
    String field = Where.field(pointer);
    if (fields.contains("result")
        && !(hasResult && (suffix.equals("/Output") || suffix.equals("/Assign")))) {
      findings.report(Rule.JSONATA_STATES_FIELD, pointer, field + " reads $states.result, which"
          + " only the Output and Assign of a Task, Map or Parallel state can read",
          catcher ? "a Catcher reads the error as $states.errorOutput" : null);
    }
    if (fields.contains("errorOutput") && !catcher) {
      findings.report(Rule.JSONATA_STATES_FIELD, pointer, field + " reads $states.errorOutput,"
          + " which only the Output and Assign of a Catcher can read",
          hasResult && (suffix.equals("/Output") || suffix.equals("/Assign"))
              ? "the state's result is $states.result" : null);
    }
  }

  private static Inventory inventory(State state) {
    Inventory fields = new Inventory();
    if (state instanceof TaskState t) {
      task(t, fields);
    } else if (state instanceof PassState p) {
      fields.io(p.inputPath(), p.outputPath(), p.output());
      fields.jsonPath("/Parameters", p.parameters());
      fields.jsonPath("/Result", p.result());
      fields.jsonPath("/ResultPath", p.resultPath());
      fields.expression("/Assign", p.assign());
    } else if (state instanceof ChoiceState c) {
      fields.io(c.inputPath(), c.outputPath(), c.output());
      fields.expression("/Assign", c.assign());
      choices(c.choices(), fields);
    } else if (state instanceof WaitState w) {
      fields.io(w.inputPath(), w.outputPath(), w.output());
      fields.jsonPath("/SecondsPath", w.secondsPath());
      fields.jsonPath("/TimestampPath", w.timestampPath());
      fields.expression("/Assign", w.assign());
      fields.expression("/Seconds", w.seconds());
      fields.expression("/Timestamp", w.timestamp());
    } else if (state instanceof SucceedState s) {
      fields.io(s.inputPath(), s.outputPath(), s.output());
    } else if (state instanceof FailState f) {
      fields.jsonPath("/ErrorPath", f.errorPath());
      fields.jsonPath("/CausePath", f.causePath());
      fields.expression("/Error", f.error());
      fields.expression("/Cause", f.cause());
    } else if (state instanceof ParallelState p) {
      fields.io(p.inputPath(), p.outputPath(), p.output());
      fields.jsonPath("/Parameters", p.parameters());
      fields.jsonPath("/ResultSelector", p.resultSelector());
      fields.jsonPath("/ResultPath", p.resultPath());
      fields.jsonata("/Arguments", p.arguments());
      fields.expression("/Assign", p.assign());
    } else if (state instanceof MapState m) {
      map(m, fields);
    }
    if (state instanceof ErrorHandling handling) {
      List<Catcher> catchers = handling.catchers();
      for (int i = 0; i < catchers.size(); i++) {
        fields.jsonPath("/Catch/" + i + "/ResultPath", catchers.get(i).resultPath());
        fields.jsonata("/Catch/" + i + "/Output", catchers.get(i).output());
        fields.expression("/Catch/" + i + "/Assign", catchers.get(i).assign());
      }
    }
    return fields;
  }

  private static void task(TaskState t, Inventory fields) {
    fields.io(t.inputPath(), t.outputPath(), t.output());
    fields.jsonPath("/Parameters", t.parameters());
    fields.jsonPath("/ResultSelector", t.resultSelector());
    fields.jsonPath("/ResultPath", t.resultPath());
    fields.jsonPath("/TimeoutSecondsPath", t.timeoutSecondsPath());
    fields.jsonPath("/HeartbeatSecondsPath", t.heartbeatSecondsPath());
    fields.jsonata("/Arguments", t.arguments());
    fields.expression("/Assign", t.assign());
    fields.expression("/Credentials", t.credentials());
    fields.expression("/TimeoutSeconds", t.timeoutSeconds());
    fields.expression("/HeartbeatSeconds", t.heartbeatSeconds());
  }

  private static void map(MapState m, Inventory fields) {
    fields.io(m.inputPath(), m.outputPath(), m.output());
    fields.jsonPath("/ItemsPath", m.itemsPath());
    fields.jsonPath("/Parameters", m.parameters());
    fields.jsonPath("/ResultSelector", m.resultSelector());
    fields.jsonPath("/ResultPath", m.resultPath());
    fields.jsonPath("/MaxConcurrencyPath", m.maxConcurrencyPath());
    fields.jsonPath("/ToleratedFailurePercentagePath", m.toleratedFailurePercentagePath());
    fields.jsonPath("/ToleratedFailureCountPath", m.toleratedFailureCountPath());
    fields.jsonata("/Items", m.items());
    fields.expression("/ItemSelector", m.itemSelector());
    fields.expression("/Assign", m.assign());
    fields.expression("/MaxConcurrency", m.maxConcurrency());
    fields.expression("/ToleratedFailurePercentage", m.toleratedFailurePercentage());
    fields.expression("/ToleratedFailureCount", m.toleratedFailureCount());
    ItemBatcher batcher = m.itemBatcher();
    if (batcher != null) {
      fields.jsonPath("/ItemBatcher/MaxItemsPerBatchPath", batcher.maxItemsPerBatchPath());
      fields.jsonPath("/ItemBatcher/MaxInputBytesPerBatchPath",
          batcher.maxInputBytesPerBatchPath());
      fields.expression("/ItemBatcher/MaxItemsPerBatch", batcher.maxItemsPerBatch());
      fields.expression("/ItemBatcher/MaxInputBytesPerBatch", batcher.maxInputBytesPerBatch());
      fields.expression("/ItemBatcher/BatchInput", batcher.batchInput());
    }
    if (m.itemReader() != null) {
      fields.jsonPath("/ItemReader/Parameters", m.itemReader().parameters());
      fields.jsonata("/ItemReader/Arguments", m.itemReader().arguments());
      if (m.itemReader().readerConfig() != null) {
        fields.jsonPath("/ItemReader/ReaderConfig/MaxItemsPath",
            m.itemReader().readerConfig().maxItemsPath());
        fields.expression("/ItemReader/ReaderConfig/MaxItems",
            m.itemReader().readerConfig().maxItems());
      }
    }
    if (m.resultWriter() != null) {
      fields.jsonPath("/ResultWriter/Parameters", m.resultWriter().parameters());
      fields.jsonata("/ResultWriter/Arguments", m.resultWriter().arguments());
    }
  }

  private static void choices(List<ChoiceRule> rules, Inventory fields) {
    for (int i = 0; i < rules.size(); i++) {
      ChoiceRule rule = rules.get(i);
      String at = "/Choices/" + i;
      if (rule.condition() instanceof Condition.Jsonata jsonata) {
        fields.jsonata(at + "/Condition", jsonata.expression());
      } else {
        fields.jsonPath(at + "/" + conditionField(rule.condition()), Boolean.TRUE);
      }
      fields.jsonata(at + "/Output", rule.output());
      fields.expression(at + "/Assign", rule.assign());
    }
  }

  private static String conditionField(Condition condition) {
    if (condition instanceof Condition.And) {
      return "And";
    }
    if (condition instanceof Condition.Or) {
      return "Or";
    }
    if (condition instanceof Condition.Not) {
      return "Not";
    }
    return "Variable";
  }
}
