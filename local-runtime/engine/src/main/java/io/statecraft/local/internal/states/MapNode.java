package io.statecraft.local.internal.states;

import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.internal.expr.JsonataValue;
import io.statecraft.local.internal.expr.PathExpr;
import io.statecraft.local.internal.expr.StateBindings;
import io.statecraft.local.internal.expr.StatesError;
import io.statecraft.local.internal.expr.Template;
import io.statecraft.local.internal.json.Values;
import io.statecraft.local.internal.kernel.Fanout;
import io.statecraft.local.internal.kernel.Line;
import io.statecraft.local.internal.kernel.LineEnd;
import tools.jackson.databind.JsonNode;

/**
 * An inline {@code Map}: the item processor once per item of {@code ItemsPath}, at most
 * {@code MaxConcurrency} at a time and never more than {@value #INLINE_CONCURRENCY} (AWS runs an
 * inline Map with up to 40 concurrent iterations, whatever MaxConcurrency asks); the result is
 * the iterations' outputs in item order.
 */
class MapNode extends RetryingNode {

  /** The most iterations of an inline Map that run at once on AWS. */
  static final int INLINE_CONCURRENCY = 40;

  Graph processor;
  PathExpr itemsPath;
  Template itemSelector;
  int maxConcurrency;
  PathExpr maxConcurrencyPath;
  /** JSONata: Items, ItemSelector, and the numbers given as expressions (null when absent). */
  JsonataValue items;
  JsonataValue itemSelectorValue;
  JsonataValue maxConcurrencyValue;
  JsonataValue toleratedFailureCountValue;
  JsonataValue toleratedFailurePercentageValue;

  MapNode(String name) {
    super(name, HistoryEventType.MAP_STATE_ENTERED, HistoryEventType.MAP_STATE_EXITED,
        HistoryEventType.MAP_STATE_FAILED);
  }

  @Override
  void attempt(JsonNode input, Line line, Attempt attempt) {
    JsonNode effective;
    JsonNode items;
    int concurrency;
    if (jsonata) {
      effective = input;
      StateBindings bindings = new StateBindings(line, input);
      items = jsonataItems(bindings, line);
      concurrency = maxConcurrencyValue == null ? maxConcurrency
          : (int) whole(maxConcurrencyValue, bindings, line, 0, Integer.MAX_VALUE);
      if (toleratedFailureCountValue != null) {
        whole(toleratedFailureCountValue, bindings, line, 0, Integer.MAX_VALUE);
      }
      if (toleratedFailurePercentageValue != null) {
        percentage(toleratedFailurePercentageValue, bindings, line);
      }
    } else {
      effective = applyInputPath(input, line);
      items = pathItems(effective, line);
      concurrency = maxConcurrencyPath == null ? maxConcurrency : concurrency(effective, line);
    }
    io.statecraft.local.internal.kernel.Inspection mocked = MockedFanouts.mocked(line);
    if (mocked != null) {
      MockedFanouts.map(this, input, line, attempt, mocked, concurrency, null, null);
      return;
    }
    line.event(HistoryEventType.MAP_STATE_STARTED, null, null, items.size(), null, null, null);
    line.started = true;
    Iterations iterations = new Iterations(line, items, effective);
    Fanout.run(line, items.size(),
        concurrency == 0 ? INLINE_CONCURRENCY : Math.min(concurrency, INLINE_CONCURRENCY),
        iterations::line, iterations.afterwards(
            collect(attempt, input, line, HistoryEventType.MAP_STATE_SUCCEEDED)));
  }

  /**
   * The iterations of one Map attempt: makes the line of each and records its end. One object for
   * all of them, since a Map may have many thousands of items.
   */
  private final class Iterations implements LineEnd {
    private final Line map;
    private final JsonNode items;
    private final JsonNode mapInput;
    /** Whether each iteration got as far as MapIterationStarted; else an abort records nothing. */
    private final boolean[] began;
    /**
     * How deeply any item nests (one level less than the items), measured at the first
     * iteration that starts from its item as it is; -1 when not known, -2 before.
     */
    private int itemBound = -2;
    private LineEnd fanout;
    /** The id of the latest MapIterationSucceeded: AWS links the Map's end events to it. */
    private long lastSucceeded;

    Iterations(Line map, JsonNode items, JsonNode mapInput) {
      this.map = map;
      this.items = items;
      this.mapInput = mapInput;
      this.began = new boolean[items.size()];
    }

    /** The line of iteration {@code index}: MapIterationStarted, the item, the processor. */
    Line line(int index, io.statecraft.local.internal.kernel.Stop stop, LineEnd fanout) {
      this.fanout = fanout;
      JsonNode item = items.get(index);
      Line iteration = map.child(stop, index, item, this);
      iteration.startWith(() -> begin(iteration, index, item));
      return iteration;
    }

    private void begin(Line iteration, int index, JsonNode item) {
      began[index] = true;
      iteration.event(HistoryEventType.MAP_ITERATION_STARTED, name, null, index, null, null, null);
      iteration.stateName = name;
      iteration.enteredEventId = 0;
      JsonNode value;
      if (itemSelectorValue != null) {
        value = itemSelectorValue.build(new StateBindings(iteration, mapInput), iteration);
      } else {
        value = itemSelector == null ? item : itemSelector.build(mapInput, iteration);
      }
      if (value == item) {
        if (itemBound == -2) {
          int itemsDepth = knownDepth(items, map);
          itemBound = itemsDepth < 0 ? -1 : Math.max(0, itemsDepth - 1);
        }
        if (itemBound >= 0) {
          iteration.boundDepth(value, itemBound);
        }
      }
      iteration.proceed(processor.start, value);
    }

    @Override
    public void succeeded(Line ended, JsonNode output) {
      lastSucceeded = Math.max(lastSucceeded,
          ended.sideEvent(HistoryEventType.MAP_ITERATION_SUCCEEDED, name, ended.mapItemIndex));
      fanout.succeeded(ended, output);
    }

    /**
     * {@code done}, run once every iteration succeeded after the Map's line goes on from the
     * latest MapIterationSucceeded; MapStateSucceeded and MapStateExited both follow it on AWS.
     */
    io.statecraft.local.internal.kernel.Fanout.Done afterwards(
        io.statecraft.local.internal.kernel.Fanout.Done done) {
      return new io.statecraft.local.internal.kernel.Fanout.Done() {
        @Override
        public void succeeded(JsonNode[] outputs, int deepestOutput) {
          map.cursor = Math.max(map.cursor, lastSucceeded);
          done.succeeded(outputs, deepestOutput);
        }

        @Override
        public void failed(StatesError error) {
          done.failed(error);
        }
      };
    }

    @Override
    public void failed(Line ended, StatesError error) {
      ended.sideEvent(HistoryEventType.MAP_ITERATION_FAILED, name, ended.mapItemIndex);
      fanout.failed(ended, error);
    }

    @Override
    public void aborted(Line ended) {
      if (began[ended.mapItemIndex]) {
        ended.sideEvent(HistoryEventType.MAP_ITERATION_ABORTED, name, ended.mapItemIndex);
      }
      fanout.aborted(ended);
    }
  }

  /** JSONPath ItemsPath over the effective input (default: all of it), which must be an array. */
  final JsonNode pathItems(JsonNode effective, Line line) {
    JsonNode items = itemsPath == null ? effective : PathExpr.select(itemsPath, effective, line);
    if (!items.isArray() && line.run().inspection != null) {
      // TestState words it as AWS's TestState does, the path shown with one $.
      throw new StatesError(io.statecraft.asl.ErrorNames.RUNTIME, "Reference path \""
          + (itemsPath == null ? "$" : itemsPath.text().replaceFirst("^\\$\\$", "\\$"))
          + "\" must point to array.");
    }
    inspect(line, "afterItemsPath", items);
    if (!items.isArray()) {
      throw StatesError.runtime(line,
          "Map state input must be an array but was: " + Values.text(items));
    }
    return items;
  }

  /** JSONata Items (default: the state's input), which must be an array. */
  final JsonNode jsonataItems(StateBindings bindings, Line line) {
    JsonNode value = items == null ? bindings.input() : items.build(bindings, line, "array");
    if (!value.isArray()) {
      throw line.evaluationFailed(null,
          "Map state input must be an array but was: " + Values.text(value), true);
    }
    return value;
  }

  /** A JSONata number field that takes a whole number from {@code min} to {@code max}. */
  private static long whole(JsonataValue value, StateBindings bindings, Line line, long min,
      long max) {
    JsonNode number = value.build(bindings, line, "number");
    if (!number.canConvertToExactIntegral() || number.asLong() < min || number.asLong() > max) {
      throw outOfRange(value, number, "integer", line);
    }
    return number.asLong();
  }

  /** ToleratedFailurePercentage: a number from 0 to 100. */
  private static void percentage(JsonataValue value, StateBindings bindings, Line line) {
    JsonNode number = value.build(bindings, line, "number");
    if (number.decimalValue().signum() < 0
        || number.decimalValue().compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
      throw outOfRange(value, number, "number", line);
    }
  }

  static StatesError outOfRange(JsonataValue value, JsonNode number, String type,
      Line line) {
    return line.evaluationFailed(value.field(), "The JSONata expression '"
        + value.expressionText() + "' specified for the field '" + value.field()
        + "' returned an unexpected result type. Expected '" + type + "', but was '"
        + Values.typeName(number) + "' for value: " + Values.text(number), true);
  }

  private int concurrency(JsonNode input, Line line) {
    JsonNode value = PathExpr.select(maxConcurrencyPath, input, line);
    Long number = integer(value);
    if (number == null || number < 0 || number > Integer.MAX_VALUE) {
      throw StatesError.runtime(line, "The MaxConcurrencyPath field refers to value \""
          + Values.unquoted(value)
          + "\" which is not a valid integer: " + maxConcurrencyPath.text());
    }
    return number.intValue();
  }

  /**
   * A path's value read as AWS reads the integer of a {@code ...Path} field: from a whole number
   * or from a string such as {@code "1"}; null when it is neither.
   */
  static Long integer(JsonNode value) {
    if (value.isIntegralNumber()) {
      return value.asLong();
    }
    if (value.isString()) {
      try {
        return Long.parseLong(value.asString().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}
