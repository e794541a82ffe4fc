package io.statecraft.local;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.IntNode;

/**
 * An inline {@code Map}: the item processor once per item of {@code ItemsPath}, at most
 * {@code MaxConcurrency} at a time; the result is the iterations' outputs in item order.
 */
final class MapNode extends RetryingNode {

  Graph processor;
  PathExpr itemsPath;
  Template itemSelector;
  Template resultSelector;
  ResultPath resultPath = ResultPath.REPLACE;
  int maxConcurrency;
  PathExpr maxConcurrencyPath;

  MapNode(String name) {
    super(name, "Map");
  }

  @Override
  JsonNode attempt(JsonNode input, Frame frame) {
    JsonNode effective = applyInputPath(input, frame);
    JsonNode items = itemsPath == null ? effective : select(itemsPath, effective, frame);
    if (!items.isArray()) {
      throw StatesError.runtime(frame,
          "Map state input must be an array but was: " + Values.text(items));
    }
    int concurrency = maxConcurrencyPath == null ? maxConcurrency : concurrency(effective, frame);
    frame.event("MapStateStarted", null, null, items.size(), null, null, null);
    frame.started = true;
    JsonNode[] outputs = Fanout.run(frame, items.size(), concurrency,
        (index, stop) -> frame.child(stop, IntNode.valueOf(index), items.get(index)),
        (index, line) -> iteration(index, effective, line));
    frame.event("MapStateSucceeded", null, null);
    ArrayNode result = Values.array();
    for (JsonNode output : outputs) {
      result.add(output);
    }
    return shape(input, result, resultSelector, resultPath, frame);
  }

  private JsonNode iteration(int index, JsonNode mapInput, Frame line) {
    line.event("MapIterationStarted", name, null, index, null, null, null);
    line.stateName = name;
    line.enteredEventId = 0;
    try {
      JsonNode item = itemSelector == null
          ? line.mapItemValue
          : itemSelector.build(mapInput, line);
      JsonNode output = Interpreter.run(processor, item, line);
      line.sideEvent("MapIterationSucceeded", name, index);
      return output;
    } catch (Interpreter.Aborted aborted) {
      line.sideEvent("MapIterationAborted", name, index);
      throw aborted;
    } catch (StatesError error) {
      line.sideEvent("MapIterationFailed", name, index);
      throw error;
    }
  }

  private int concurrency(JsonNode input, Frame frame) {
    JsonNode value = select(maxConcurrencyPath, input, frame);
    // AWS reads the value as an integer, from a number or from a string such as "1".
    Long number = value.isIntegralNumber() ? Long.valueOf(value.asLong()) : null;
    if (value.isString()) {
      try {
        number = Long.parseLong(value.asString().trim());
      } catch (NumberFormatException e) {
        number = null;
      }
    }
    if (number == null || number < 0 || number > Integer.MAX_VALUE) {
      throw StatesError.runtime(frame, "The MaxConcurrencyPath field refers to value \""
          + (value.isString() ? value.asString() : Values.text(value))
          + "\" which is not a valid integer: " + maxConcurrencyPath.text());
    }
    return number.intValue();
  }

  @Override
  void failed(Frame frame) {
    frame.event("MapStateFailed", null, null);
  }
}
