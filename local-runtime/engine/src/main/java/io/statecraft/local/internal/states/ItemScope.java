package io.statecraft.local.internal.states;

import io.statecraft.local.internal.expr.Scope;
import io.statecraft.local.internal.expr.StatesError;
import io.statecraft.local.internal.kernel.Line;
import java.time.InstantSource;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The scope a distributed Map's ItemSelector is evaluated in: the Map state's, with
 * {@code $$.Map.Item} of the item at hand.
 */
final class ItemScope implements Scope {

  private final Line line;
  private final int index;
  private final JsonNode item;

  ItemScope(Line line, int index, JsonNode item) {
    this.line = line;
    this.index = index;
    this.item = item;
  }

  @Override
  public ObjectNode contextObject() {
    ObjectNode context = line.contextObject();
    ObjectNode value = context.putObject("Map").putObject("Item");
    value.put("Index", index);
    value.set("Value", item);
    return context;
  }

  @Override
  public JsonNode variable(String name) {
    return line.variable(name);
  }

  @Override
  public Random random() {
    return line.random();
  }

  @Override
  public String failurePrefix() {
    return line.failurePrefix();
  }

  @Override
  public InstantSource clock() {
    return line.clock();
  }

  @Override
  public StatesError evaluationFailed(String location, String cause, boolean beforeState) {
    return line.evaluationFailed(location, cause, beforeState);
  }
}
