package io.statecraft.local.internal.json;

import io.statecraft.asl.internal.JsonMappers;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** JSON values as the runtime handles them: Jackson 3 trees, parsed and printed one way. */
public final class Values {

  /** Objects it makes, and those the mapper reads, keep small field sets in a {@link CompactMap}. */
  public static final JsonNodeFactory NODES = new CompactNodes();

  /** Numbers keep their written form so outputs echo inputs exactly ({@code 2.0} stays 2.0). */
  public static final JsonMapper MAPPER =
      JsonMappers.builder(JsonFactory.builder()
              // Field names read are interned, as are those of compiled paths and templates, so
              // a CompactMap lookup matches them by identity.
              .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
              .build())
          .nodeFactory(NODES)
          .build();

  private Values() {}

  public static JsonNode parse(String text) {
    return MAPPER.readTree(text);
  }

  /**
   * A copy of {@code node} the runtime owns, in its own nodes: objects and arrays are copied (into
   * {@link CompactObject}s, quicker to copy and to walk than ObjectNode's maps), values are shared,
   * since Jackson's value nodes cannot change.
   */
  public static JsonNode copy(JsonNode node) {
    if (node.isObject()) {
      CompactObject copy = object(CompactMap.withRoomFor(node.size()));
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        copy.fields.put(field.getKey(), copy(field.getValue()));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = NODES.arrayNode(node.size());
      for (JsonNode element : node.values()) {
        copy.add(copy(element));
      }
      return copy;
    }
    return node;
  }

  /** {@code text} parsed as JSON, or null when it is not JSON. */
  public static JsonNode tryParse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JacksonException e) {
      return null;
    }
  }

  /** Compact JSON text, as AWS records values in history events and error causes. */
  public static String text(JsonNode node) {
    if (node.isInt() || node.isLong() || node.isBoolean() || node.isNull()) {
      // The common small values, without a generator: the same text Jackson writes.
      return node.isNull() ? "null" : node.asString();
    }
    if (node.isString() && plain(node.stringValue())) {
      return "\"" + node.stringValue() + "\"";
    }
    return MAPPER.writeValueAsString(node);
  }

  /** A string's own text, any other value's compact JSON text: a value as AWS shows it in causes. */
  public static String unquoted(JsonNode node) {
    return node.isString() ? node.asString() : text(node);
  }

  /** Whether {@code text} is printable ASCII that JSON writes without escapes. */
  private static boolean plain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  /**
   * The most levels of arrays and objects a value may nest: Jackson neither reads nor writes JSON
   * text deeper than this, so a deeper value could not enter the history nor leave the runtime.
   */
  public static final int MAX_DEPTH = io.statecraft.compiler.internal.common.JsonText.MAX_DEPTH;

  /**
   * Whether {@code node} nests arrays and objects more than {@code limit} levels deep ({@code []}
   * is one level). Looks no deeper than {@code limit + 1} levels, so the walk's own recursion is
   * bounded however deep the value goes.
   */
  public static boolean deeperThan(JsonNode node, int limit) {
    return Depths.ONCE.deeperThan(node, limit);
  }

  /** How deeply {@code node} nests when at most {@code limit} levels, else {@code limit + 1}. */
  public static int depthUpTo(JsonNode node, int limit) {
    return Depths.ONCE.depthUpTo(node, limit);
  }

  /** The size in bytes of {@code node}'s compact UTF-8 JSON text, cheaply for small values. */
  public static long textSize(JsonNode node) {
    if (node.isInt() || node.isLong() || node.isBoolean() || node.isNull()
        || node.isString() && plain(node.stringValue())) {
      return text(node).length();
    }
    return utf8Size(node);
  }

  /**
   * Whether the compact UTF-8 text of {@code node} is larger than {@code limit} bytes. A cheap
   * upper bound (every character counted as an escape) settles almost every payload; only those
   * whose bound passes the limit are serialized to count exactly.
   */
  public static boolean largerThan(JsonNode node, long limit) {
    return largerThanBound(node, limit) && utf8Size(node) > limit;
  }

  /** Whether the cheap upper bound of {@code node}'s text size passes {@code limit}. */
  public static boolean largerThanBound(JsonNode node, long limit) {
    return limit != Long.MAX_VALUE && upperBound(node, 0, limit) > limit;
  }

  /** {@code sum} plus an upper bound of {@code node}'s text size; stops once past {@code limit}. */
  private static long upperBound(JsonNode node, long sum, long limit) {
    switch (node.getNodeType()) {
      case OBJECT -> {
        sum += 2;
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          sum = upperBound(field.getValue(), sum + field.getKey().length() * 6L + 4, limit);
          if (sum > limit) {
            return sum;
          }
        }
        return sum;
      }
      case ARRAY -> {
        sum += 2;
        for (JsonNode element : node) {
          sum = upperBound(element, sum + 1, limit);
          if (sum > limit) {
            return sum;
          }
        }
        return sum;
      }
      case STRING -> {
        return sum + node.asString().length() * 6L + 2;
      }
      case NUMBER -> {
        if (node.isBigDecimal()) {
          return sum + node.decimalValue().precision() + 16;
        }
        if (node.isBigInteger()) {
          return sum + node.bigIntegerValue().bitLength() / 3 + 2;
        }
        return sum + 26;
      }
      default -> {
        return sum + 5;
      }
    }
  }

  /** Size in bytes of the compact UTF-8 text of {@code node}, without building the text. */
  public static long utf8Size(JsonNode node) {
    CountingStream counter = new CountingStream();
    MAPPER.writeValue(counter, node);
    return counter.count;
  }

  public static CompactObject object() {
    return object(new CompactMap());
  }

  /** An object over fields already in place. */
  public static CompactObject object(CompactMap fields) {
    return new CompactObject(NODES, fields);
  }

  public static ArrayNode array() {
    return NODES.arrayNode();
  }

  public static JsonNode text(String value) {
    return value == null ? NODES.nullNode() : NODES.textNode(value);
  }

  /** A value Jayway JsonPath returned (a node, or a plain Java value it unwrapped), as a node. */
  public static JsonNode fromJava(Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof JsonNode node) {
      return node;
    }
    if (value instanceof String s) {
      return NODES.textNode(s);
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (value instanceof Long l) {
      return NODES.numberNode(l);
    }
    if (value instanceof Double d) {
      return NODES.numberNode(d);
    }
    if (value instanceof Float f) {
      return NODES.numberNode(f);
    }
    if (value instanceof BigDecimal d) {
      return NODES.numberNode(d);
    }
    if (value instanceof BigInteger i) {
      return NODES.numberNode(i);
    }
    if (value instanceof Number n) {
      return NODES.numberNode(n.doubleValue());
    }
    if (value instanceof List<?> list) {
      ArrayNode array = array();
      for (Object item : list) {
        array.add(fromJava(item));
      }
      return array;
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = object();
      map.forEach((k, v) -> object.set(String.valueOf(k), fromJava(v)));
      return object;
    }
    return NODES.textNode(value.toString());
  }

  /** The JSON type name AWS uses in messages. */
  public static String typeName(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "missing";
    }
    return switch (node.getNodeType()) {
      case OBJECT -> "object";
      case ARRAY -> "array";
      case STRING -> "string";
      case NUMBER -> "number";
      case BOOLEAN -> "boolean";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** Counts bytes written; used to measure payload sizes against AWS's 256 KiB quota. */
  private static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }

  /** A node factory whose objects hold their fields in a {@link CompactMap}. */
  private static final class CompactNodes extends JsonNodeFactory {
    private static final long serialVersionUID = 1L;

    @Override
    public ObjectNode objectNode() {
      return object();
    }
  }

  public static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
