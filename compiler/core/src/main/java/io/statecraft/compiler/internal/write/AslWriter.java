package io.statecraft.compiler.internal.write;

import io.statecraft.asl.Branch;
import io.statecraft.asl.Catcher;
import io.statecraft.asl.ChoiceRule;
import io.statecraft.asl.ChoiceState;
import io.statecraft.asl.ErrorHandling;
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
import io.statecraft.asl.Transitioning;
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
import java.util.function.BiConsumer;
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
    integer(out, "TimeoutSeconds", machine.timeoutSeconds());
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
      result(out, null, pass.resultPath(), pass.outputPath(), pass.output(), pass.assign());
      transition(out, pass);
    } else if (state instanceof ChoiceState choice) {
      choice(choice, out);
    } else if (state instanceof WaitState wait) {
      path(out, "InputPath", wait.inputPath());
      number(out, "Seconds", wait.seconds());
      text(out, "Timestamp", wait.timestamp());
      text(out, "SecondsPath", wait.secondsPath());
      text(out, "TimestampPath", wait.timestampPath());
      result(out, null, null, wait.outputPath(), wait.output(), wait.assign());
      transition(out, wait);
    } else if (state instanceof SucceedState succeed) {
      path(out, "InputPath", succeed.inputPath());
      result(out, null, null, succeed.outputPath(), succeed.output(), null);
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
    result(out, task.resultSelector(), task.resultPath(), task.outputPath(), task.output(),
        task.assign());
    number(out, "TimeoutSeconds", task.timeoutSeconds(), task.timeoutSecondsPath());
    number(out, "HeartbeatSeconds", task.heartbeatSeconds(), task.heartbeatSecondsPath());
    errorHandlingAndTransition(out, task);
  }

  private static void choice(ChoiceState choice, ObjectNode out) {
    path(out, "InputPath", choice.inputPath());
    path(out, "OutputPath", choice.outputPath());
    objects(out.putArray("Choices"), choice.choices(), AslWriter::rule);
    text(out, "Default", choice.defaultNext());
    json(out, "Output", choice.output());
    json(out, "Assign", choice.assign());
  }

  private static void rule(ChoiceRule rule, ObjectNode out) {
    text(out, "Comment", rule.comment());
    condition(rule.condition(), out);
    json(out, "Assign", rule.assign());
    json(out, "Output", rule.output());
    text(out, "Next", rule.next());
  }

  private static void condition(Condition condition, ObjectNode out) {
    if (condition instanceof Condition.Comparison comparison) {
      text(out, "Comment", comparison.comment());
      out.put("Variable", comparison.variable());
      out.set(comparison.operator().aslName(), comparison.value());
    } else if (condition instanceof Condition.And and) {
      text(out, "Comment", and.comment());
      objects(out.putArray("And"), and.conditions(), AslWriter::condition);
    } else if (condition instanceof Condition.Or or) {
      text(out, "Comment", or.comment());
      objects(out.putArray("Or"), or.conditions(), AslWriter::condition);
    } else if (condition instanceof Condition.Not not) {
      text(out, "Comment", not.comment());
      condition(not.condition(), out.putObject("Not"));
    } else if (condition instanceof Condition.Jsonata jsonata) {
      out.set("Condition", jsonata.expression());
    }
  }

  private static void parallel(ParallelState parallel, ObjectNode out) {
    path(out, "InputPath", parallel.inputPath());
    json(out, "Parameters", parallel.parameters());
    json(out, "Arguments", parallel.arguments());
    objects(out.putArray("Branches"), parallel.branches(), AslWriter::branch);
    result(out, parallel.resultSelector(), parallel.resultPath(), parallel.outputPath(),
        parallel.output(), parallel.assign());
    errorHandlingAndTransition(out, parallel);
  }

  private static void branch(Branch branch, ObjectNode out) {
    text(out, "Comment", branch.comment());
    out.put("StartAt", branch.startAt());
    out.set("States", states(branch.states()));
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
    number(out, "MaxConcurrency", map.maxConcurrency(), map.maxConcurrencyPath());
    number(out, "ToleratedFailurePercentage", map.toleratedFailurePercentage(),
        map.toleratedFailurePercentagePath());
    number(out, "ToleratedFailureCount", map.toleratedFailureCount(),
        map.toleratedFailureCountPath());
    text(out, "Label", map.label());
    if (map.resultWriter() != null) {
      out.set("ResultWriter", resultWriter(map.resultWriter()));
    }
    result(out, map.resultSelector(), map.resultPath(), map.outputPath(), map.output(),
        map.assign());
    errorHandlingAndTransition(out, map);
  }

  private static ObjectNode itemProcessor(ItemProcessor processor) {
    ObjectNode out = NODES.objectNode();
    text(out, "Comment", processor.comment());
    if (processor.processorConfig() != null) {
      ObjectNode config = out.putObject("ProcessorConfig");
      name(config, "Mode", processor.processorConfig().mode());
      name(config, "ExecutionType", processor.processorConfig().executionType());
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
      number(node, "MaxItems", config.maxItems(), config.maxItemsPath());
    }
    json(out, "Parameters", reader.parameters());
    json(out, "Arguments", reader.arguments());
    return out;
  }

  private static ObjectNode itemBatcher(ItemBatcher batcher) {
    ObjectNode out = NODES.objectNode();
    number(out, "MaxItemsPerBatch", batcher.maxItemsPerBatch(), batcher.maxItemsPerBatchPath());
    number(out, "MaxInputBytesPerBatch", batcher.maxInputBytesPerBatch(),
        batcher.maxInputBytesPerBatchPath());
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

  /**
   * The fields after a state's own work, as AWS orders them: ResultSelector, ResultPath,
   * OutputPath, Output and Assign; each state passes null for those it does not take.
   */
  private static void result(ObjectNode out, JsonNode resultSelector, Path resultPath,
      Path outputPath, JsonNode output, JsonNode assign) {
    json(out, "ResultSelector", resultSelector);
    path(out, "ResultPath", resultPath);
    path(out, "OutputPath", outputPath);
    json(out, "Output", output);
    json(out, "Assign", assign);
  }

  /** Retry and Catch (each when not empty), then Next or End: how Task, Parallel and Map end. */
  private static <S extends ErrorHandling & Transitioning> void errorHandlingAndTransition(
      ObjectNode out, S state) {
    if (!state.retry().isEmpty()) {
      objects(out.putArray("Retry"), state.retry(), AslWriter::retrier);
    }
    if (!state.catchers().isEmpty()) {
      objects(out.putArray("Catch"), state.catchers(), AslWriter::catcher);
    }
    transition(out, state);
  }

  private static void retrier(Retrier retrier, ObjectNode out) {
    text(out, "Comment", retrier.comment());
    strings(out, "ErrorEquals", retrier.errorEquals());
    integer(out, "IntervalSeconds", retrier.intervalSeconds());
    integer(out, "MaxAttempts", retrier.maxAttempts());
    decimal(out, "BackoffRate", retrier.backoffRate());
    integer(out, "MaxDelaySeconds", retrier.maxDelaySeconds());
    name(out, "JitterStrategy", retrier.jitterStrategy());
  }

  private static void catcher(Catcher catcher, ObjectNode out) {
    text(out, "Comment", catcher.comment());
    strings(out, "ErrorEquals", catcher.errorEquals());
    path(out, "ResultPath", catcher.resultPath());
    json(out, "Output", catcher.output());
    json(out, "Assign", catcher.assign());
    text(out, "Next", catcher.next());
  }

  /** An array of objects: one for each item, written by {@code write}. */
  private static <T> void objects(ArrayNode array, List<T> items,
      BiConsumer<T, ObjectNode> write) {
    for (T item : items) {
      write.accept(item, array.addObject());
    }
  }

  private static void transition(ObjectNode out, Transitioning state) {
    text(out, "Next", state.next());
    if (state.end()) {
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

  private static void integer(ObjectNode out, String field, Integer value) {
    if (value != null) {
      out.put(field, value.intValue());
    }
  }

  /** An enum field, written as its constant's name (the ASL value). */
  private static void name(ObjectNode out, String field, Enum<?> value) {
    if (value != null) {
      out.put(field, value.name());
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

  /** A number field and its {@code Path} twin (JSONPath), of which a state gives at most one. */
  private static void number(ObjectNode out, String field, NumberOrExpression value,
      String path) {
    number(out, field, value);
    text(out, field + "Path", path);
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
