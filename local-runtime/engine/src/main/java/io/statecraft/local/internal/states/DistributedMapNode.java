package io.statecraft.local.internal.states;

import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.internal.expr.JsonataValue;
import io.statecraft.local.internal.expr.PathExpr;
import io.statecraft.local.internal.expr.Scope;
import io.statecraft.local.internal.expr.StateBindings;
import io.statecraft.local.internal.expr.StatesError;
import io.statecraft.local.internal.expr.Template;
import io.statecraft.local.internal.json.Values;
import io.statecraft.local.internal.kernel.Line;
import io.statecraft.local.internal.maprun.MapRunHost;
import io.statecraft.local.internal.maprun.MapRunRecord;
import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A distributed {@code Map}: its items (from the input or an {@code ItemReader}), alone or in
 * batches, each run as a child execution of the item processor under a Map Run, as AWS runs them.
 * The state evaluates its settings and opens the Map Run; a {@link MapRunner} runs the children.
 */
final class DistributedMapNode extends MapNode {

  /** AWS's most child executions of one Map Run at a time, and its default. */
  static final int DISTRIBUTED_CONCURRENCY = 10_000;

  /** A field that is a literal, a JSONPath reference to the input, or a JSONata expression. */
  record Setting(Number literal, PathExpr path, JsonataValue expression, String field) {

    static Setting of(Number literal, PathExpr path, JsonataValue expression, String field) {
      return literal == null && path == null && expression == null ? null
          : new Setting(literal, path, expression, field);
    }
  }

  /** The {@code ItemReader}: the S3 call and how its result becomes items. */
  static final class Reader {
    String resource;
    Template parameters;
    JsonataValue arguments;
    String inputType;
    String csvHeaderLocation;
    java.util.List<String> csvHeaders;
    String csvDelimiter;
    String manifestType;
    Setting maxItems;
  }

  /** The {@code ItemBatcher}. */
  static final class Batcher {
    Setting maxItems;
    Setting maxBytes;
    Template batchInput;
    JsonataValue batchInputValue;
  }

  /** The {@code ResultWriter}. */
  static final class Writer {
    String resource;
    Template parameters;
    JsonataValue arguments;
    String outputType;
    String transformation;
  }

  String label;
  boolean express;
  /** The item processor as a state machine of its own: what the child executions run. */
  io.statecraft.asl.StateMachine childDefinition;
  Reader reader;
  Batcher batcher;
  Writer writer;
  Setting toleratedCount;
  Setting toleratedPercentage;

  DistributedMapNode(String name) {
    super(name);
  }

  /** What one attempt evaluated before its Map Run starts. */
  record Settings(JsonNode effective, StateBindings bindings, JsonNode items, int concurrency,
      long toleratedCount, double toleratedPercentage, boolean percentageSet, long maxItems,
      long batchItems, long batchBytes, JsonNode batchInput) {}

  @Override
  void attempt(JsonNode input, Line line, Attempt attempt) {
    JsonNode effective = jsonata ? input : applyInputPath(input, line);
    StateBindings bindings = jsonata ? new StateBindings(line, input) : null;
    JsonNode items = reader != null ? null : items(effective, bindings, line);
    int concurrency = (int) whole(maxConcurrencyValue != null
        ? new Setting(null, null, maxConcurrencyValue, "MaxConcurrency")
        : Setting.of(maxConcurrencyPath == null ? Integer.valueOf(maxConcurrency) : null,
            maxConcurrencyPath, null, "MaxConcurrency"), effective, bindings, line, 0);
    line.event(HistoryEventType.MAP_STATE_STARTED, null, null,
        items == null ? 0 : items.size(), null, null, null);
    long count = whole(toleratedCount, effective, bindings, line, 0);
    if (count < 0) {
      throw StatesError.runtime(line, "ToleratedFailureCount cannot be negative.");
    }
    double percentage = percentage(effective, bindings, line);
    long maxItems = reader == null ? 0 : whole(reader.maxItems, effective, bindings, line, 0);
    long batchItems = batcher == null ? 0 : whole(batcher.maxItems, effective, bindings, line, 0);
    long batchBytes = batcher == null ? 0 : whole(batcher.maxBytes, effective, bindings, line, 0);
    JsonNode batchInput = batcher == null ? null : batchInput(effective, bindings, line);
    Settings settings = new Settings(effective, bindings, items,
        concurrency == 0 ? DISTRIBUTED_CONCURRENCY : concurrency, count, percentage,
        toleratedPercentage != null, maxItems, batchItems, batchBytes, batchInput);
    io.statecraft.local.internal.kernel.Inspection mocked = MockedFanouts.mocked(line);
    if (mocked != null) {
      MockedFanouts.map(this, input, line, attempt, mocked, concurrency,
          toleratedCount == null ? null : count,
          toleratedPercentage == null ? null : percentage);
      return;
    }
    if (line.run().replaying() != null && line.run().replaying().checksOnly()) {
      RecordedMapRun.follow(this, line, attempt);
      return;
    }
    if (line.run().replaying() != null) {
      // The history has its Map Run started: its child executions are not in it.
      throw new io.statecraft.local.internal.kernel.Replay.ResumeDivergence(
          line.run().executionName, "state '" + name + "' is a distributed Map whose Map Run"
          + " had started before the restart; a Map Run and its child executions are not kept"
          + " in the execution's history, so the execution cannot go on from it. Start the"
          + " execution again.");
    }
    MapRunHost host = line.run().service(MapRunHost.class);
    MapRunRecord previous = line.run().redrives(this)
        ? host.latest(line.run().executionArn, name) : null;
    ObjectNode details = Values.object();
    if (previous != null && previous.status() != MapRunRecord.Status.SUCCEEDED) {
      previous.redriven(line.now());
      details.put("mapRunArn", previous.arn);
      details.put("redriveCount", previous.snapshot().redriveCount());
      line.event(HistoryEventType.MAP_RUN_REDRIVEN, null, null, 0, null, null, details);
      line.started = true;
      new MapRunner(this, line, attempt, input, settings, previous, host).redrive();
      return;
    }
    MapRunRecord record = host.open(line.run(), name, label, line.now(), processor,
        childDefinition);
    record.configure(concurrency, (float) percentage, count);
    details.put("mapRunArn", record.arn);
    line.event(HistoryEventType.MAP_RUN_STARTED, null, null, 0, null, null, details);
    line.started = true;
    new MapRunner(this, line, attempt, input, settings, record, host).start();
  }

  /** The items of a Map without ItemReader: ItemsPath or JSONata Items; an array. */
  private JsonNode items(JsonNode effective, StateBindings bindings, Line line) {
    return jsonata ? jsonataItems(bindings, line) : pathItems(effective, line);
  }

  /** A whole-number setting (0 when absent); a JSONPath value must be an integer. */
  private static long whole(Setting setting, JsonNode input, StateBindings bindings, Line line,
      long absent) {
    if (setting == null) {
      return absent;
    }
    if (setting.literal() != null) {
      return setting.literal().longValue();
    }
    if (setting.expression() != null) {
      JsonNode number = setting.expression().build(bindings, line, "number");
      if (!number.canConvertToExactIntegral()) {
        throw outOfRange(setting.expression(), number, "integer", line);
      }
      return number.asLong();
    }
    JsonNode value = PathExpr.select(setting.path(), input, line);
    Long number = integer(value);
    if (number == null) {
      throw StatesError.runtime(line, "The " + setting.field() + "Path field refers to value \""
          + Values.unquoted(value) + "\" which is not a valid integer: "
          + setting.path().text());
    }
    return number;
  }

  /** ToleratedFailurePercentage(Path): a number from 0 to 100 (0 when absent). */
  private double percentage(JsonNode input, StateBindings bindings, Line line) {
    Setting setting = toleratedPercentage;
    BigDecimal value;
    if (setting == null) {
      return 0;
    } else if (setting.literal() != null) {
      value = new BigDecimal(setting.literal().toString());
    } else if (setting.expression() != null) {
      JsonNode number = setting.expression().build(bindings, line, "number");
      value = number.decimalValue();
      if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw outOfRange(setting.expression(), number, "number", line);
      }
    } else {
      JsonNode node = PathExpr.select(setting.path(), input, line);
      value = node.isNumber() ? node.decimalValue() : null;
      if (node.isString()) {
        try {
          value = new BigDecimal(node.asString().trim());
        } catch (NumberFormatException e) {
          value = null;
        }
      }
      if (value == null) {
        throw StatesError.runtime(line, "The ToleratedFailurePercentagePath field refers to value"
            + " \"" + Values.unquoted(node) + "\" which is not a valid float: "
            + setting.path().text());
      }
    }
    if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw StatesError.runtime(line, "ToleratedFailurePercentage must be between 0 and 100.");
    }
    return value.doubleValue();
  }

  private JsonNode batchInput(JsonNode effective, StateBindings bindings, Line line) {
    if (batcher.batchInputValue != null) {
      return batcher.batchInputValue.build(bindings, line);
    }
    return batcher.batchInput == null ? null : batcher.batchInput.build(effective, line);
  }

  /**
   * The child's input for item {@code index}: the ItemSelector (or legacy Parameters) over the
   * state's input with {@code $$.Map.Item}, else the item itself.
   */
  JsonNode select(Settings settings, Line line, int index, JsonNode item) {
    if (itemSelectorValue == null && itemSelector == null) {
      return item;
    }
    Scope scope = new ItemScope(line, index, item);
    if (itemSelectorValue != null) {
      return itemSelectorValue.build(new StateBindings(scope, settings.bindings().input()), scope);
    }
    return itemSelector.build(settings.effective(), scope);
  }
}
