package io.statecraft.compiler.validation;

import io.statecraft.asl.ChoiceState;
import io.statecraft.asl.FailState;
import io.statecraft.asl.ItemBatcher;
import io.statecraft.asl.MapState;
import io.statecraft.asl.NumberOrExpression;
import io.statecraft.asl.ProcessorConfig;
import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.ReaderConfig;
import io.statecraft.asl.State;
import io.statecraft.asl.TaskState;
import io.statecraft.asl.WaitState;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of each kind of state: exclusive pairs, Task timeouts, Wait's one duration, Map's
 * distributed-only fields, numeric bounds and Resource ARNs.
 */
final class FieldRules {

  /** AWS's upper bound on TimeoutSeconds, HeartbeatSeconds and a Wait's Seconds. */
  static final long MAX_SECONDS = 99_999_999L;

  private final Findings findings;

  FieldRules(Findings findings) {
    this.findings = findings;
  }

  void check(Scope.Site site) {
    State state = site.state();
    if (state instanceof TaskState task) {
      task(site, task);
    } else if (state instanceof WaitState wait) {
      waitState(site, wait);
    } else if (state instanceof FailState fail) {
      exclusive(site.pointer(), "Error", fail.error(), "ErrorPath", fail.errorPath());
      exclusive(site.pointer(), "Cause", fail.cause(), "CausePath", fail.causePath());
    } else if (state instanceof MapState map) {
      new MapRules(findings, this).check(site, map);
    } else if (state instanceof ChoiceState choice && choice.defaultNext() == null) {
      findings.report(Rule.CHOICE_NO_DEFAULT, site.pointer(), "Choice state \"" + site.name()
          + "\" has no Default: when no rule matches, the execution fails with"
          + " States.NoChoiceMatched", "add a Default state, even if it is a Fail state");
    }
  }

  private void task(Scope.Site site, TaskState task) {
    String at = site.pointer();
    Resources.check(findings, at + "/Resource", task.resource());
    exclusive(at, "TimeoutSeconds", task.timeoutSeconds(), "TimeoutSecondsPath",
        task.timeoutSecondsPath());
    exclusive(at, "HeartbeatSeconds", task.heartbeatSeconds(), "HeartbeatSecondsPath",
        task.heartbeatSecondsPath());
    BigDecimal timeout = number(site, at + "/TimeoutSeconds", task.timeoutSeconds(), 1, MAX_SECONDS);
    BigDecimal heartbeat = number(site, at + "/HeartbeatSeconds", task.heartbeatSeconds(), 1,
        MAX_SECONDS);
    if (timeout != null && heartbeat != null && heartbeat.compareTo(timeout) >= 0) {
      findings.report(Rule.TIMEOUT_HEARTBEAT, at + "/HeartbeatSeconds", "HeartbeatSeconds ("
          + heartbeat.toPlainString() + ") must be less than TimeoutSeconds ("
          + timeout.toPlainString() + ")");
    }
  }

  private void waitState(Scope.Site site, WaitState wait) {
    List<String> given = new ArrayList<>();
    if (wait.seconds() != null) {
      given.add("Seconds");
    }
    if (wait.timestamp() != null) {
      given.add("Timestamp");
    }
    if (wait.secondsPath() != null) {
      given.add("SecondsPath");
    }
    if (wait.timestampPath() != null) {
      given.add("TimestampPath");
    }
    if (given.size() != 1) {
      findings.report(Rule.WAIT_DURATION, site.pointer(), "Wait state \"" + site.name()
          + "\" needs exactly one of Seconds, Timestamp, SecondsPath and TimestampPath, "
          + (given.isEmpty() ? "but has none" : "but has " + String.join(" and ", given)));
    }
    number(site, site.pointer() + "/Seconds", wait.seconds(), 0, MAX_SECONDS);
    String timestamp = wait.timestamp();
    if (timestamp != null && !Placeholders.contains(timestamp)
        && !(site.language() == QueryLanguage.JSONATA && Expressions.looksLikeJsonata(timestamp))) {
      new JsonPathRules(findings).timestamp(site.pointer() + "/Timestamp", "Timestamp", timestamp);
    }
  }

  /**
   * Checks a numeric field that may hold an expression: a literal within {@code [min, max]}; a
   * string must be a {@code ${...}} placeholder or, in a JSONata state, a {@code {% %}}
   * expression. Returns the literal, or null.
   */
  BigDecimal number(Scope.Site site, String pointer, NumberOrExpression value, long min, long max) {
    if (value == null) {
      return null;
    }
    String field = Where.field(pointer);
    if (!value.isNumber()) {
      String text = value.expression();
      boolean jsonata = site.language() == QueryLanguage.JSONATA;
      if (!Placeholders.contains(text) && !(jsonata && Expressions.isFramed(text))) {
        findings.report(Rule.NUMBER_EXPECTED, pointer, field + " must be a number"
            + (jsonata ? " or a {% %} expression" : "") + ", not the string \"" + text + "\"",
            jsonata || !Expressions.looksLikeJsonata(text) ? null
                : "{% %} expressions need \"QueryLanguage\": \"JSONata\"");
      }
      return null;
    }
    BigDecimal number = value.number();
    if (number.compareTo(BigDecimal.valueOf(min)) < 0
        || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      findings.report(Rule.VALUE_OUT_OF_RANGE, pointer, field + " must be between " + min
          + " and " + max + ", was " + number.toPlainString());
    }
    return number;
  }

  /** Reports when both of two fields are given. */
  void exclusive(String pointer, String first, Object firstValue, String second,
      Object secondValue) {
    if (firstValue != null && secondValue != null) {
      findings.report(Rule.FIELDS_EXCLUSIVE, pointer + "/" + second, "give at most one of "
          + first + " and " + second + ", not both");
    }
  }

  /** Map: see {@link MapRules}. */
  static final class MapRules {
    private final Findings findings;
    private final FieldRules fields;

    MapRules(Findings findings, FieldRules fields) {
      this.findings = findings;
      this.fields = fields;
    }

    void check(Scope.Site site, MapState map) {
      String at = site.pointer();
      if (map.itemProcessor() != null && map.iterator() != null) {
        findings.report(Rule.MAP_PROCESSOR, at + "/Iterator", "Map state \"" + site.name()
            + "\" has both ItemProcessor and Iterator; give only ItemProcessor",
            "Iterator is the earlier name of ItemProcessor");
      } else if (map.processor() == null) {
        findings.report(Rule.MAP_PROCESSOR, at, "Map state \"" + site.name()
            + "\" needs an ItemProcessor: the states to run for each item");
      }
      fields.exclusive(at, "Items", map.items(), "ItemsPath", map.itemsPath());
      fields.exclusive(at, "ItemSelector", map.itemSelector(), "Parameters", map.parameters());
      fields.exclusive(at, "MaxConcurrency", map.maxConcurrency(), "MaxConcurrencyPath",
          map.maxConcurrencyPath());
      fields.exclusive(at, "ToleratedFailurePercentage", map.toleratedFailurePercentage(),
          "ToleratedFailurePercentagePath", map.toleratedFailurePercentagePath());
      fields.exclusive(at, "ToleratedFailureCount", map.toleratedFailureCount(),
          "ToleratedFailureCountPath", map.toleratedFailureCountPath());
      fields.number(site, at + "/MaxConcurrency", map.maxConcurrency(), 0, Integer.MAX_VALUE);
      fields.number(site, at + "/ToleratedFailurePercentage", map.toleratedFailurePercentage(),
          0, 100);
      fields.number(site, at + "/ToleratedFailureCount", map.toleratedFailureCount(), 0,
          Integer.MAX_VALUE);
      ItemBatcher batcher = map.itemBatcher();
      if (batcher != null) {
        fields.exclusive(at + "/ItemBatcher", "MaxItemsPerBatch", batcher.maxItemsPerBatch(),
            "MaxItemsPerBatchPath", batcher.maxItemsPerBatchPath());
        fields.exclusive(at + "/ItemBatcher", "MaxInputBytesPerBatch",
            batcher.maxInputBytesPerBatch(), "MaxInputBytesPerBatchPath",
            batcher.maxInputBytesPerBatchPath());
        fields.number(site, at + "/ItemBatcher/MaxItemsPerBatch", batcher.maxItemsPerBatch(), 1,
            Integer.MAX_VALUE);
        fields.number(site, at + "/ItemBatcher/MaxInputBytesPerBatch",
            batcher.maxInputBytesPerBatch(), 1, 262_144);
      }
      if (map.itemReader() != null) {
        Resources.check(findings, at + "/ItemReader/Resource", map.itemReader().resource());
        ReaderConfig config = map.itemReader().readerConfig();
        if (config != null) {
          fields.exclusive(at + "/ItemReader/ReaderConfig", "MaxItems", config.maxItems(),
              "MaxItemsPath", config.maxItemsPath());
          fields.number(site, at + "/ItemReader/ReaderConfig/MaxItems", config.maxItems(), 0,
              100_000_000);
        }
      }
      if (map.resultWriter() != null && map.resultWriter().resource() != null) {
        Resources.check(findings, at + "/ResultWriter/Resource", map.resultWriter().resource());
      }
      // Only an explicit INLINE is refused: without a Mode, AWS reads a Map that has an ItemReader
      // (or tolerated-failure thresholds) as distributed, and the asl-validator corpus agrees.
      if (explicitlyInline(map)) {
        distributedOnly(site, "ItemReader", map.itemReader());
        distributedOnly(site, "ItemBatcher", map.itemBatcher());
        distributedOnly(site, "ResultWriter", map.resultWriter());
        distributedOnly(site, "ToleratedFailurePercentage", map.toleratedFailurePercentage());
        distributedOnly(site, "ToleratedFailurePercentagePath",
            map.toleratedFailurePercentagePath());
        distributedOnly(site, "ToleratedFailureCount", map.toleratedFailureCount());
        distributedOnly(site, "ToleratedFailureCountPath", map.toleratedFailureCountPath());
        distributedOnly(site, "Label", map.label());
      }
    }

    private static boolean explicitlyInline(MapState map) {
      return map.processor() != null && map.processor().processorConfig() != null
          && map.processor().processorConfig().mode() == ProcessorConfig.Mode.INLINE;
    }

    private void distributedOnly(Scope.Site site, String field, Object value) {
      if (value != null) {
        findings.report(Rule.MAP_DISTRIBUTED_ONLY, site.pointer() + "/" + field, field
            + " applies only to a distributed Map, but Map state \"" + site.name()
            + "\" sets Mode INLINE", "set ItemProcessor.ProcessorConfig.Mode to DISTRIBUTED");
      }
    }
  }
}
