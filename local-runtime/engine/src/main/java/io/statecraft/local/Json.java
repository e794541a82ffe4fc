package io.statecraft.local;

import io.statecraft.local.internal.expr.PathExpr;
import io.statecraft.local.internal.json.Values;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON values as the runtime reads and writes them, for task handlers and tests: numbers keep the
 * form they were written in ({@code 2.0} stays {@code 2.0}), text is compact as AWS records it.
 *
 * <pre>{@code
 * TaskHandler charge = (input, ctx) -> Json.parse("{\"charged\": " + input.get("total") + "}");
 * ObjectNode receipt = Json.object().put("id", "r-1");
 * String text = Json.text(receipt);                  // {"id":"r-1"}
 * }</pre>
 */
public final class Json {

  private Json() {}

  /** Parses JSON text; throws {@link tools.jackson.core.JacksonException} when it is not JSON. */
  public static JsonNode parse(String text) {
    return Values.parse(text);
  }

  /** Compact JSON text of {@code value}, as AWS records values in history events. */
  public static String text(JsonNode value) {
    return Values.text(value);
  }

  /** A new, empty JSON object. */
  public static ObjectNode object() {
    return Values.object();
  }

  /** A new, empty JSON array. */
  public static ArrayNode array() {
    return Values.array();
  }

  /** The factory of the runtime's JSON nodes (strings, numbers, booleans, null). */
  public static JsonNodeFactory nodes() {
    return Values.NODES;
  }

  /**
   * What the JSONPath {@code path} selects in {@code value}, as a state's path field would; empty
   * when it selects nothing.
   */
  public static java.util.Optional<JsonNode> at(JsonNode value, String path) {
    try {
      return java.util.Optional.of(PathExpr.compile(path).read(value));
    } catch (PathExpr.NoMatch e) {
      return java.util.Optional.empty();
    }
  }

  /** A Java value (map, list, record, string, number...) as a JSON tree. */
  public static JsonNode valueOf(Object value) {
    return value instanceof JsonNode node ? node : Values.MAPPER.valueToTree(value);
  }
}
