package io.statecraft.local.internal.json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON object whose fields are a {@link CompactMap} the runtime can reach directly. Path walks
 * and ResultPath copies read and write the map without going through ObjectNode and the Map
 * interface, calls the JIT can inline early, when most runs of a test suite happen.
 */
public final class CompactObject extends ObjectNode {

  private static final long serialVersionUID = 1L;

  public final transient CompactMap fields;

  CompactObject(JsonNodeFactory factory, CompactMap fields) {
    super(factory, fields);
    this.fields = fields;
  }

  /** The value of field {@code name} of {@code node}, or null when it is not an object or lacks it. */
  public static JsonNode field(JsonNode node, String name) {
    if (node instanceof CompactObject object) {
      return object.fields.get(name);
    }
    return node.isObject() ? node.get(name) : null;
  }

  /**
   * The fields of the object {@code node} in order, each name (a String) at an even place and its
   * value (a JsonNode) at the next, in the first {@code 2 * node.size()} places: for the
   * runtime's own small objects their array itself, to be read and not changed, else a fresh
   * one.
   */
  public static Object[] fieldSlots(JsonNode node) {
    return node instanceof CompactObject object ? object.fields.readSlots()
        : CompactMap.slotsOf(node.properties());
  }
}
