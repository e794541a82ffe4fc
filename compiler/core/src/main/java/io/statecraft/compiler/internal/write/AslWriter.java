package io.statecraft.compiler.internal.write;

import io.statecraft.asl.Branch;
import io.statecraft.asl.Catcher;
import io.statecraft.asl.ChoiceRule;
import io.statecraft.asl.ChoiceState;
import io.statecraft.asl.FailState;
import io.statecraft.asl.ItemProcessor;
import io.statecraft.asl.MapState;
import io.statecraft.asl.ParallelState;
import io.statecraft.asl.PassState;
import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.Retrier;
import io.statecraft.asl.State;
import io.statecraft.asl.StateMachine;
import io.statecraft.asl.SucceedState;
import io.statecraft.asl.TaskState;
import io.statecraft.asl.WaitState;
import io.statecraft.asl.condition.Condition;
import io.statecraft.asl.map.ItemBatcher;
import io.statecraft.asl.map.ItemReader;
import io.statecraft.asl.map.ReaderConfig;
import io.statecraft.asl.map.ResultWriter;
import io.statecraft.asl.value.NumberOrExpression;
import io.statecraft.asl.value.Path;
import io.statecraft.compiler.internal.common.CloudFormation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the model as an ASL tree in the canonical field order: {@code Type}, {@code QueryLanguage},
 * {@code Comment}, then the fields in the order AWS's reference lists them (input processing, the
 * state's own work, result processing, error handling), and {@code Next}/{@code End} last. Payload
 * templates keep the key order they were written with: that order is the user's, not ASL's.
 *
 * <pre>{@code
 * String canonical = JsonText.pretty(AslWriter.machine(machine));
 * }</pre>
 */
public final class AslWriter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private AslWriter() {}

  /** The canonical ASL tree of {@code machine}; a fresh tree the caller may change. */
  public static ObjectNode machine(StateMachine machine) {
    ObjectNode out = NODES.objectNode();
    language(out, machine.queryLanguage());
    text(out, "Comment", machine.comment());
    text(out, "StartAt", machine.startAt());
    if (machine.timeoutSeconds() != null) {
      out.put("TimeoutSeconds", machine.timeoutSeconds().intValue());
    }
    text(out, "Version", machine.version());
    out.set("States", states(machine.states()));
    return out;
  }

  private static ObjectNode states(Map<String, State> states) {
    ObjectNode out = NODES.objectNode();
    states.forEach((name, state) -> out.set(name, state(state)));
    return out;
  }

  static ObjectNode state(State state) {
    ObjectNode out = NODES.objectNode();
    out.put("Type", state.type().aslName());
    language(out, state.queryLanguage());
    text(out, "Comment", state.comment());
    if (state instanceof TaskState task) {
      task(task, out);
    } else if (state instanceof PassState pass) {
      path(out, "InputPath", pass.inputPath());
      json(out, "Parameters", pass.parameters());
      json(out, "Result", pass.result());
      path(out, "ResultPath", pass.resultPath());
      path(out, "OutputPath", pass.outputPath());
      json(out, "Output", pass.output());
      json(out, "Assign", pass.assign());
      transition(out, pass.next(), pass.end());
    } else if (state instanceof ChoiceState choice) {
      choice(choice, out);
    } else if (state instanceof WaitState wait) {
      path(out, "InputPath", wait.inputPath());
      number(out, "Seconds", wait.seconds());
      text(out, "Timestamp", wait.timestamp());
      text(out, "SecondsPath", wait.secondsPath());
      text(out, "TimestampPath", wait.timestampPath());
      path(out, "OutputPath", wait.outputPath());
      json(out, "Output", wait.output());
      json(out, "Assign", wait.assign());
      transition(out, wait.next(), wait.end());
    } else if (state instanceof SucceedState succeed) {
      path(out, "InputPath", succeed.inputPath());
      path(out, "OutputPath", succeed.outputPath());
      json(out, "Output", succeed.output());
    } else if (state instanceof FailState fail) {
      text(out, "Error", fail.error());
      text(out, "ErrorPath", fail.errorPath());
      text(out, "Cause", fail.cause());
      text(out, "CausePath", fail.causePath());
    } else if (state instanceof ParallelState parallel) {
      parallel(parallel, out);
    } else if (state instanceof MapState map) {
      map(map, out);
    }
    return out;
  }

  private static void task(TaskState task, ObjectNode out) {
    JsonNode intrinsic = CloudFormation.intrinsic(task.resource());
    if (intrinsic != null) {
      out.set("Resource", intrinsic);
    } else {
      text(out, "Resource", task.resource());
    }
    json(out, "Credentials", task.credentials());
    path(out, "InputPath", task.inputPath());
    json(out, "Parameters", task.parameters());
    json(out, "Arguments", task.arguments());
    json(out, "ResultSelector", task.resultSelector());
    path(out, "ResultPath", task.resultPath());
    path(out, "OutputPath", task.outputPath());
    json(out, "Output", task.output());
    json(out, "Assign", task.assign());
    number(out, "TimeoutSeconds", task.timeoutSeconds());
    text(out, "TimeoutSecondsPath", task.timeoutSecondsPath());
    number(out, "HeartbeatSeconds", task.heartbeatSeconds());
    text(out, "HeartbeatSecondsPath", task.heartbeatSecondsPath());
    errorHandling(out, task.retry(), task.catchers());
    transition(out, task.next(), task.end());
  }

  private static void choice(ChoiceState choice, ObjectNode out) {
    path(out, "InputPath", choice.inputPath());
    path(out, "OutputPath", choice.outputPath());
    ArrayNode rules = out.putArray("Choices");
    for (ChoiceRule rule : choice.choices()) {
      ObjectNode node = rules.addObject();
      text(node, "Comment", rule.comment());
      condition(rule.condition(), node);
      json(node, "Assign", rule.assign());
      json(node, "Output", rule.output());
      text(node, "Next", rule.next());
    }
    text(out, "Default", choice.defaultNext());
    json(out, "Output", choice.output());
    json(out, "Assign", choice.assign());
  }

  private static void condition(Condition condition, ObjectNode out) {
    if (condition instanceof Condition.Comparison comparison) {
      text(out, "Comment", comparison.comment());
      out.put("Variable", comparison.variable());
      out.set(comparison.operator().aslName(), comparison.value());
    } else if (condition instanceof Condition.And and) {
      text(out, "Comment", and.comment());
      conditions(out.putArray("And"), and.conditions());
    } else if (condition instanceof Condition.Or or) {
      text(out, "Comment", or.comment());
      conditions(out.putArray("Or"), or.conditions());
    } else if (condition instanceof Condition.Not not) {
      text(out, "Comment", not.comment());
      condition(not.condition(), out.putObject("Not"));
    } else if (condition instanceof Condition.Jsonata jsonata) {
      out.set("Condition", jsonata.expression());
    }
  }

  private static void conditions(ArrayNode out, List<Condition> conditions) {
    for (Condition condition : conditions) {
      condition(condition, out.addObject());
    }
  }

  private static void parallel(ParallelState parallel, ObjectNode out) {
    path(out, "InputPath", parallel.inputPath());
    json(out, "Parameters", parallel.parameters());
    json(out, "Arguments", parallel.arguments());
    ArrayNode branches = out.putArray("Branches");
    for (Branch branch : parallel.branches()) {
      branches.add(branch(branch));
    }
    json(out, "ResultSelector", parallel.resultSelector());
    path(out, "ResultPath", parallel.resultPath());
    path(out, "OutputPath", parallel.outputPath());
    json(out, "Output", parallel.output());
    json(out, "Assign", parallel.assign());
    errorHandling(out, parallel.retry(), parallel.catchers());
    transition(out, parallel.next(), parallel.end());
  }

  private static ObjectNode branch(Branch branch) {
    ObjectNode out = NODES.objectNode();
    text(out, "Comment", branch.comment());
    out.put("StartAt", branch.startAt());
    out.set("States", states(branch.states()));
    return out;
  }

  private static void map(MapState map, ObjectNode out) {
    path(out, "InputPath", map.inputPath());
    text(out, "ItemsPath", map.itemsPath());
    json(out, "Items", map.items());
    if (map.itemReader() != null) {
      out.set("ItemReader", itemReader(map.itemReader()));
    }
    json(out, "ItemSelector", map.itemSelector());
    json(out, "Parameters", map.parameters());
    if (map.itemBatcher() != null) {
      out.set("ItemBatcher", itemBatcher(map.itemBatcher()));
    }
    if (map.itemProcessor() != null) {
      out.set("ItemProcessor", itemProcessor(map.itemProcessor()));
    }
    if (map.iterator() != null) {
      out.set("Iterator", itemProcessor(map.iterator()));
    }
    number(out, "MaxConcurrency", map.maxConcurrency());
    text(out, "MaxConcurrencyPath", map.maxConcurrencyPath());
    number(out, "ToleratedFailurePercentage", map.toleratedFailurePercentage());
    text(out, "ToleratedFailurePercentagePath", map.toleratedFailurePercentagePath());
    number(out, "ToleratedFailureCount", map.toleratedFailureCount());
    text(out, "ToleratedFailureCountPath", map.toleratedFailureCountPath());
    text(out, "Label", map.label());
    if (map.resultWriter() != null) {
      out.set("ResultWriter", resultWriter(map.resultWriter()));
    }
    json(out, "ResultSelector", map.resultSelector());
    path(out, "ResultPath", map.resultPath());
    path(out, "OutputPath", map.outputPath());
    json(out, "Output", map.output());
    json(out, "Assign", map.assign());
    errorHandling(out, map.retry(), map.catchers());
    transition(out, map.next(), map.end());
  }

  private static ObjectNode itemProcessor(ItemProcessor processor) {
    ObjectNode out = NODES.objectNode();
    text(out, "Comment", processor.comment());
    if (processor.processorConfig() != null) {
      ObjectNode config = out.putObject("ProcessorConfig");
      if (processor.processorConfig().mode() != null) {
        config.put("Mode", processor.processorConfig().mode().name());
      }
      if (processor.processorConfig().executionType() != null) {
        config.put("ExecutionType", processor.processorConfig().executionType().name());
      }
    }
    out.put("StartAt", processor.startAt());
    out.set("States", states(processor.states()));
    return out;
  }

  private static ObjectNode itemReader(ItemReader reader) {
    ObjectNode out = NODES.objectNode();
    text(out, "Resource", reader.resource());
    ReaderConfig config = reader.readerConfig();
    if (config != null) {
      ObjectNode node = out.putObject("ReaderConfig");
      text(node, "InputType", config.inputType());
      text(node, "CSVHeaderLocation", config.csvHeaderLocation());
      if (!config.csvHeaders().isEmpty()) {
        ArrayNode headers = node.putArray("CSVHeaders");
        config.csvHeaders().forEach(headers::add);
      }
      text(node, "CSVDelimiter", config.csvDelimiter());
      text(node, "ManifestType", config.manifestType());
      number(node, "MaxItems", config.maxItems());
      text(node, "MaxItemsPath", config.maxItemsPath());
    }
    json(out, "Parameters", reader.parameters());
    json(out, "Arguments", reader.arguments());
    return out;
  }

  private static ObjectNode itemBatcher(ItemBatcher batcher) {
    ObjectNode out = NODES.objectNode();
    number(out, "MaxItemsPerBatch", batcher.maxItemsPerBatch());
    text(out, "MaxItemsPerBatchPath", batcher.maxItemsPerBatchPath());
    number(out, "MaxInputBytesPerBatch", batcher.maxInputBytesPerBatch());
    text(out, "MaxInputBytesPerBatchPath", batcher.maxInputBytesPerBatchPath());
    json(out, "BatchInput", batcher.batchInput());
    return out;
  }

  private static ObjectNode resultWriter(ResultWriter writer) {
    ObjectNode out = NODES.objectNode();
    text(out, "Resource", writer.resource());
    if (writer.writerConfig() != null) {
      ObjectNode config = out.putObject("WriterConfig");
      text(config, "OutputType", writer.writerConfig().outputType());
      text(config, "Transformation", writer.writerConfig().transformation());
    }
    json(out, "Parameters", writer.parameters());
    json(out, "Arguments", writer.arguments());
    return out;
  }

  private static void errorHandling(ObjectNode out, List<Retrier> retry, List<Catcher> catchers) {
    if (!retry.isEmpty()) {
      ArrayNode array = out.putArray("Retry");
      for (Retrier retrier : retry) {
        ObjectNode node = array.addObject();
        text(node, "Comment", retrier.comment());
        strings(node, "ErrorEquals", retrier.errorEquals());
        if (retrier.intervalSeconds() != null) {
          node.put("IntervalSeconds", retrier.intervalSeconds().intValue());
        }
        if (retrier.maxAttempts() != null) {
          node.put("MaxAttempts", retrier.maxAttempts().intValue());
        }
        decimal(node, "BackoffRate", retrier.backoffRate());
        if (retrier.maxDelaySeconds() != null) {
          node.put("MaxDelaySeconds", retrier.maxDelaySeconds().intValue());
        }
        if (retrier.jitterStrategy() != null) {
          node.put("JitterStrategy", retrier.jitterStrategy().name());
        }
      }
    }
    if (!catchers.isEmpty()) {
      ArrayNode array = out.putArray("Catch");
      for (Catcher catcher : catchers) {
        ObjectNode node = array.addObject();
        text(node, "Comment", catcher.comment());
        strings(node, "ErrorEquals", catcher.errorEquals());
        path(node, "ResultPath", catcher.resultPath());
        json(node, "Output", catcher.output());
        json(node, "Assign", catcher.assign());
        text(node, "Next", catcher.next());
      }
    }
  }

  private static void transition(ObjectNode out, String next, boolean end) {
    text(out, "Next", next);
    if (end) {
      out.put("End", true);
    }
  }

  private static void language(ObjectNode out, QueryLanguage language) {
    if (language != null) {
      out.put("QueryLanguage", language.aslName());
    }
  }

  private static void text(ObjectNode out, String field, String value) {
    if (value != null) {
      out.put(field, value);
    }
  }

  private static void path(ObjectNode out, String field, Path path) {
    if (path != null) {
      if (path.isNull()) {
        out.putNull(field);
      } else {
        out.put(field, path.expression());
      }
    }
  }

  private static void json(ObjectNode out, String field, JsonNode value) {
    if (value != null) {
      out.set(field, value.deepCopy());
    }
  }

  private static void strings(ObjectNode out, String field, List<String> values) {
    ArrayNode array = out.putArray(field);
    values.forEach(array::add);
  }

  private static void number(ObjectNode out, String field, NumberOrExpression value) {
    if (value == null) {
      return;
    }
    if (value.isNumber()) {
      decimal(out, field, value.number());
    } else {
      out.put(field, value.expression());
    }
  }

  /** Whole numbers as integers, others with the scale they were written with. */
  private static void decimal(ObjectNode out, String field, BigDecimal value) {
    if (value == null) {
      return;
    }
    if (value.scale() <= 0) {
      try {
        out.put(field, value.longValueExact());
        return;
      } catch (ArithmeticException tooLarge) {
        out.put(field, value.toBigIntegerExact());
        return;
      }
    }
    out.put(field, value);
  }
}
