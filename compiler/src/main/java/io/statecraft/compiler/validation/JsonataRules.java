package io.statecraft.compiler.validation;

import io.statecraft.asl.Catcher;
import io.statecraft.asl.ChoiceRule;
import io.statecraft.asl.ChoiceState;
import io.statecraft.asl.Condition;
import io.statecraft.asl.ErrorHandling;
import io.statecraft.asl.FailState;
import io.statecraft.asl.ItemBatcher;
import io.statecraft.asl.MapState;
import io.statecraft.asl.NumberOrExpression;
import io.statecraft.asl.ParallelState;
import io.statecraft.asl.PassState;
import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.State;
import io.statecraft.asl.SucceedState;
import io.statecraft.asl.TaskState;
import io.statecraft.asl.WaitState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Which fields a state may use in its query language, and the syntax of every {@code {% %}}
 * expression of a JSONata state.
 */
final class JsonataRules {

  private final Findings findings;

  JsonataRules(Findings findings) {
    this.findings = findings;
  }

  void check(Scope.Site site) {
    boolean jsonata = site.language() == QueryLanguage.JSONATA;
    Map<String, Object> onlyJsonPath = new LinkedHashMap<>();
    Map<String, Object> onlyJsonata = new LinkedHashMap<>();
    Map<String, Object> expressions = new LinkedHashMap<>();
    collect(site.state(), onlyJsonPath, onlyJsonata, expressions);
    Map<String, Object> wrong = jsonata ? onlyJsonPath : onlyJsonata;
    wrong.forEach((suffix, value) -> {
      if (value != null) {
        String field = Where.field(suffix);
        findings.report(Rule.QUERY_LANGUAGE_FIELD, site.pointer() + suffix, field + " is a "
            + (jsonata ? "JSONPath" : "JSONata") + " field, but state \"" + site.name()
            + "\" uses " + site.language().aslName(), jsonata
            ? "JSONata states take Arguments, Output and Assign with {% %} expressions"
            : "set \"QueryLanguage\": \"JSONata\" on the state or the machine");
      }
    });
    if (jsonata) {
      expressions.forEach((suffix, value) -> {
        String pointer = site.pointer() + suffix;
        if (value instanceof JsonNode node) {
          Expressions.checkTree(findings, pointer, node);
        } else if (value instanceof String text) {
          Expressions.check(findings, pointer, text);
        } else if (value instanceof NumberOrExpression number && !number.isNumber()) {
          Expressions.check(findings, pointer, number.expression());
        }
      });
    }
  }

  private static void collect(State state, Map<String, Object> path, Map<String, Object> ata,
      Map<String, Object> expressions) {
    if (state instanceof TaskState t) {
      io(path, t.inputPath(), t.outputPath());
      path.put("/Parameters", t.parameters());
      path.put("/ResultSelector", t.resultSelector());
      path.put("/ResultPath", t.resultPath());
      path.put("/TimeoutSecondsPath", t.timeoutSecondsPath());
      path.put("/HeartbeatSecondsPath", t.heartbeatSecondsPath());
      ata.put("/Arguments", t.arguments());
      ata.put("/Output", t.output());
      expressions.put("/Arguments", t.arguments());
      expressions.put("/Output", t.output());
      expressions.put("/Assign", t.assign());
      expressions.put("/Credentials", t.credentials());
      expressions.put("/TimeoutSeconds", t.timeoutSeconds());
      expressions.put("/HeartbeatSeconds", t.heartbeatSeconds());
    } else if (state instanceof PassState p) {
      io(path, p.inputPath(), p.outputPath());
      path.put("/Parameters", p.parameters());
      path.put("/ResultPath", p.resultPath());
      ata.put("/Output", p.output());
      expressions.put("/Output", p.output());
      expressions.put("/Assign", p.assign());
    } else if (state instanceof ChoiceState c) {
      io(path, c.inputPath(), c.outputPath());
      ata.put("/Output", c.output());
      expressions.put("/Output", c.output());
      expressions.put("/Assign", c.assign());
      choices(c.choices(), path, ata, expressions);
    } else if (state instanceof WaitState w) {
      io(path, w.inputPath(), w.outputPath());
      path.put("/SecondsPath", w.secondsPath());
      path.put("/TimestampPath", w.timestampPath());
      ata.put("/Output", w.output());
      expressions.put("/Output", w.output());
      expressions.put("/Assign", w.assign());
      expressions.put("/Seconds", w.seconds());
      expressions.put("/Timestamp", w.timestamp());
    } else if (state instanceof SucceedState s) {
      io(path, s.inputPath(), s.outputPath());
      ata.put("/Output", s.output());
      expressions.put("/Output", s.output());
    } else if (state instanceof FailState f) {
      path.put("/ErrorPath", f.errorPath());
      path.put("/CausePath", f.causePath());
      expressions.put("/Error", f.error());
      expressions.put("/Cause", f.cause());
    } else if (state instanceof ParallelState p) {
      io(path, p.inputPath(), p.outputPath());
      path.put("/Parameters", p.parameters());
      path.put("/ResultSelector", p.resultSelector());
      path.put("/ResultPath", p.resultPath());
      ata.put("/Arguments", p.arguments());
      ata.put("/Output", p.output());
      expressions.put("/Arguments", p.arguments());
      expressions.put("/Output", p.output());
      expressions.put("/Assign", p.assign());
    } else if (state instanceof MapState m) {
      map(m, path, ata, expressions);
    }
    if (state instanceof ErrorHandling handling) {
      List<Catcher> catchers = handling.catchers();
      for (int i = 0; i < catchers.size(); i++) {
        path.put("/Catch/" + i + "/ResultPath", catchers.get(i).resultPath());
        ata.put("/Catch/" + i + "/Output", catchers.get(i).output());
        expressions.put("/Catch/" + i + "/Output", catchers.get(i).output());
        expressions.put("/Catch/" + i + "/Assign", catchers.get(i).assign());
      }
    }
  }

  private static void map(MapState m, Map<String, Object> path, Map<String, Object> ata,
      Map<String, Object> expressions) {
    io(path, m.inputPath(), m.outputPath());
    path.put("/ItemsPath", m.itemsPath());
    path.put("/Parameters", m.parameters());
    path.put("/ResultSelector", m.resultSelector());
    path.put("/ResultPath", m.resultPath());
    path.put("/MaxConcurrencyPath", m.maxConcurrencyPath());
    path.put("/ToleratedFailurePercentagePath", m.toleratedFailurePercentagePath());
    path.put("/ToleratedFailureCountPath", m.toleratedFailureCountPath());
    ata.put("/Items", m.items());
    ata.put("/Output", m.output());
    expressions.put("/Items", m.items());
    expressions.put("/ItemSelector", m.itemSelector());
    expressions.put("/Output", m.output());
    expressions.put("/Assign", m.assign());
    expressions.put("/MaxConcurrency", m.maxConcurrency());
    expressions.put("/ToleratedFailurePercentage", m.toleratedFailurePercentage());
    expressions.put("/ToleratedFailureCount", m.toleratedFailureCount());
    ItemBatcher batcher = m.itemBatcher();
    if (batcher != null) {
      path.put("/ItemBatcher/MaxItemsPerBatchPath", batcher.maxItemsPerBatchPath());
      path.put("/ItemBatcher/MaxInputBytesPerBatchPath", batcher.maxInputBytesPerBatchPath());
      expressions.put("/ItemBatcher/MaxItemsPerBatch", batcher.maxItemsPerBatch());
      expressions.put("/ItemBatcher/MaxInputBytesPerBatch", batcher.maxInputBytesPerBatch());
      expressions.put("/ItemBatcher/BatchInput", batcher.batchInput());
    }
    if (m.itemReader() != null) {
      path.put("/ItemReader/Parameters", m.itemReader().parameters());
      ata.put("/ItemReader/Arguments", m.itemReader().arguments());
      expressions.put("/ItemReader/Arguments", m.itemReader().arguments());
      if (m.itemReader().readerConfig() != null) {
        path.put("/ItemReader/ReaderConfig/MaxItemsPath",
            m.itemReader().readerConfig().maxItemsPath());
        expressions.put("/ItemReader/ReaderConfig/MaxItems",
            m.itemReader().readerConfig().maxItems());
      }
    }
    if (m.resultWriter() != null) {
      path.put("/ResultWriter/Parameters", m.resultWriter().parameters());
      ata.put("/ResultWriter/Arguments", m.resultWriter().arguments());
      expressions.put("/ResultWriter/Arguments", m.resultWriter().arguments());
    }
  }

  private static void choices(List<ChoiceRule> rules, Map<String, Object> path,
      Map<String, Object> ata, Map<String, Object> expressions) {
    for (int i = 0; i < rules.size(); i++) {
      ChoiceRule rule = rules.get(i);
      String at = "/Choices/" + i;
      if (rule.condition() instanceof Condition.Jsonata jsonata) {
        ata.put(at + "/Condition", jsonata.expression());
        expressions.put(at + "/Condition", jsonata.expression());
      } else {
        path.put(at + "/" + conditionField(rule.condition()), Boolean.TRUE);
      }
      ata.put(at + "/Output", rule.output());
      expressions.put(at + "/Output", rule.output());
      expressions.put(at + "/Assign", rule.assign());
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

  private static void io(Map<String, Object> path, Object inputPath, Object outputPath) {
    path.put("/InputPath", inputPath);
    path.put("/OutputPath", outputPath);
  }
}
