package io.statecraft.dsl.internal.value;

import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.internal.JsonMappers;
import io.statecraft.asl.internal.JsonPointers;
import io.statecraft.dsl.payload.Expression;
import io.statecraft.dsl.payload.Jsonata;
import io.statecraft.dsl.payload.Payload;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one implementation of {@link Payload}, and how templates are rendered for a state in either
 * query language.
 */
public final class PayloadImpl implements Payload {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Values are JsonNode (literal), Expression, Payload, or List of those; null when raw is set. */
  private final Map<String, Object> entries;
  /** A non-object JSON value given as text; null for an object payload. */
  private final JsonNode raw;

  private PayloadImpl(Map<String, Object> entries, JsonNode raw) {
    this.entries = entries;
    this.raw = raw;
  }

  public static PayloadImpl empty() {
    return new PayloadImpl(Map.of(), null);
  }

  public static PayloadImpl parse(String json) {
    Objects.requireNonNull(json, "json == null");
    JsonNode node;
    try {
      node = JsonMappers.STANDARD.readTree(json);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("json is not valid JSON: " + e.getOriginalMessage(), e);
    }
    return of(node);
  }

  public static PayloadImpl of(JsonNode node) {
    Objects.requireNonNull(node, "node == null");
    if (!node.isObject()) {
      return new PayloadImpl(Map.of(), node.deepCopy());
    }
    Map<String, Object> entries = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      entries.put(field.getKey(), field.getValue().deepCopy());
    }
    return new PayloadImpl(Collections.unmodifiableMap(entries), null);
  }

  /** The implementation behind a payload the user passed in. */
  public static PayloadImpl of(Payload payload) {
    return Values.impl(payload, PayloadImpl.class, "payloads");
  }

  @Override
  public PayloadImpl put(String key, Object value) {
    Objects.requireNonNull(key, "key == null");
    if (raw != null) {
      throw new IllegalStateException("put needs an object payload, but this one is " + raw);
    }
    if (key.endsWith(".$") && value instanceof Expression) {
      throw new IllegalArgumentException(
          "key must be given without '.$' when the value is an expression, was '" + key + "'");
    }
    Map<String, Object> copy = new LinkedHashMap<>(entries);
    copy.put(key, normalize(value, key));
    return new PayloadImpl(Collections.unmodifiableMap(copy), null);
  }

  @Override
  public JsonNode toJson() {
    return render(QueryLanguage.JSONPATH, "", new java.util.ArrayList<>());
  }

  @Override
  public String toString() {
    return toJson().toString();
  }

  /**
   * The template as JSON for a state in {@code language}; each expression the language cannot
   * evaluate adds a message to {@code problems}, starting with its JSON pointer (below
   * {@code pointer}).
   */
  public JsonNode render(QueryLanguage language, String pointer, List<String> problems) {
    if (raw != null) {
      return raw.deepCopy();
    }
    ObjectNode object = NODES.objectNode();
    for (Map.Entry<String, Object> entry : entries.entrySet()) {
      String key = entry.getKey();
      Object value = entry.getValue();
      String here = JsonPointers.child(pointer, key);
      if (value instanceof Expression expression && language == QueryLanguage.JSONPATH
          && !(expression instanceof Jsonata)) {
        object.put(key + ".$", expression.text());
      } else {
        object.set(key, renderValue(value, language, here, problems));
      }
    }
    return object;
  }

  /** The query languages the expressions in this template belong to. */
  public Set<QueryLanguage> languages() {
    Set<QueryLanguage> found = EnumSet.noneOf(QueryLanguage.class);
    if (raw != null) {
      scanRaw(raw, found);
    } else {
      for (Map.Entry<String, Object> entry : entries.entrySet()) {
        if (entry.getKey().endsWith(".$")) {
          found.add(QueryLanguage.JSONPATH);
        }
        scan(entry.getValue(), found);
      }
    }
    return found;
  }

  /** The query languages of a payload, expression or literal. */
  public static Set<QueryLanguage> languagesOf(Object value) {
    Set<QueryLanguage> found = EnumSet.noneOf(QueryLanguage.class);
    scan(value, found);
    return found;
  }

  private static void scan(Object value, Set<QueryLanguage> found) {
    if (value instanceof Jsonata) {
      found.add(QueryLanguage.JSONATA);
    } else if (value instanceof Expression) {
      found.add(QueryLanguage.JSONPATH);
    } else if (value instanceof Payload payload) {
      found.addAll(of(payload).languages());
    } else if (value instanceof List<?> list) {
      list.forEach(item -> scan(item, found));
    } else if (value instanceof JsonNode node) {
      scanRaw(node, found);
    }
  }

  private static void scanRaw(JsonNode node, Set<QueryLanguage> found) {
    if (node.isString()) {
      String text = node.stringValue().strip();
      if (text.startsWith("{%") && text.endsWith("%}")) {
        found.add(QueryLanguage.JSONATA);
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (field.getKey().endsWith(".$")) {
          found.add(QueryLanguage.JSONPATH);
        }
        scanRaw(field.getValue(), found);
      }
    } else if (node.isArray()) {
      node.values().forEach(item -> scanRaw(item, found));
    }
  }

  /** Renders one value: a payload, list, literal or expression. */
  public static JsonNode renderValue(
      Object value, QueryLanguage language, String pointer, List<String> problems) {
    if (value instanceof Payload payload) {
      return of(payload).render(language, pointer, problems);
    }
    if (value instanceof List<?> list) {
      ArrayNode array = NODES.arrayNode();
      for (int i = 0; i < list.size(); i++) {
        array.add(renderValue(list.get(i), language, pointer + "/" + i, problems));
      }
      return array;
    }
    if (value instanceof Jsonata jsonata) {
      if (language != QueryLanguage.JSONATA) {
        problems.add(pointer + ": the JSONata expression " + jsonata.text()
            + " is only evaluated in a JSONata state");
      }
      return NODES.stringNode(jsonata.text());
    }
    if (value instanceof Expression expression) {
      problems.add(pointer + ": " + expression.text()
          + (language == QueryLanguage.JSONATA
              ? " is a JSONPath expression, which a JSONata state does not evaluate"
              : " cannot be evaluated here: JSONPath expressions only work as object values"));
      return NODES.stringNode(expression.text());
    }
    return ((JsonNode) value).deepCopy();
  }

  /** Turns a user value into a JsonNode, Expression, Payload or List. */
  private static Object normalize(Object value, String what) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof Expression || value instanceof Payload) {
      return value;
    }
    if (value instanceof JsonNode node) {
      return node.deepCopy();
    }
    if (value instanceof String text) {
      return NODES.stringNode(text);
    }
    if (value instanceof Boolean flag) {
      return NODES.booleanNode(flag);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      return NODES.numberNode(((Number) value).longValue());
    }
    if (value instanceof BigDecimal decimal) {
      return NODES.numberNode(decimal);
    }
    if (value instanceof Double || value instanceof Float) {
      return NODES.numberNode(BigDecimal.valueOf(((Number) value).doubleValue()));
    }
    if (value instanceof List<?> list) {
      return list.stream().map(item -> normalize(item, what)).toList();
    }
    if (value instanceof Map<?, ?> map) {
      PayloadImpl nested = empty();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        nested = nested.put(String.valueOf(entry.getKey()), entry.getValue());
      }
      return nested;
    }
    throw new IllegalArgumentException("value of '" + what + "' must be a JSON value, Payload or"
        + " Expression, was " + value.getClass().getName());
  }
}
