package io.statecraft.compiler.internal.policy;

import io.statecraft.asl.internal.JsonPointers;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The parameters of a call as written: a JSONPath {@code Parameters} object (a field {@code X.$}
 * is computed at run time) or a JSONata {@code Arguments} object (a {@code {% %}} string is).
 * A JSONata Arguments given as one expression makes every field computed.
 */
final class Args {

  /** A field's value: a literal string, computed at run time (at {@code pointer}), or absent. */
  record Value(String literal, String pointer, String field) {

    static final Value ABSENT = new Value(null, null, null);

    boolean isLiteral() {
      return literal != null;
    }

    boolean isDynamic() {
      return literal == null && pointer != null;
    }

    boolean isAbsent() {
      return literal == null && pointer == null;
    }
  }

  private final JsonNode node;
  private final String pointer;
  private final boolean jsonata;
  private final String path;

  private Args(JsonNode node, String pointer, boolean jsonata, String path) {
    this.node = node;
    this.pointer = pointer;
    this.jsonata = jsonata;
    this.path = path;
  }

  /** The Parameters or Arguments of a state at {@code pointer} (the field's own pointer). */
  static Args of(JsonNode node, String pointer, boolean jsonata) {
    return new Args(node, pointer, jsonata, "");
  }

  /** The JSON pointer of this object. */
  String pointer() {
    return pointer;
  }

  /** Whether the whole object is one expression (every field is then computed). */
  boolean isDynamic() {
    return node != null && node.isString() && isExpression(node.asString());
  }

  Value get(String name) {
    if (node == null || node.isNull()) {
      return Value.ABSENT;
    }
    if (isDynamic()) {
      return new Value(null, pointer, wholeName());
    }
    if (!node.isObject()) {
      return Value.ABSENT;
    }
    JsonNode value = node.get(name);
    if (!jsonata && node.has(name + ".$")) {
      return new Value(null, JsonPointers.child(pointer, name + ".$"), path + name + ".$");
    }
    if (value == null || value.isNull()) {
      return Value.ABSENT;
    }
    String child = JsonPointers.child(pointer, name);
    if (value.isString()) {
      String text = value.asString();
      return jsonata && isExpression(text) ? new Value(null, child, path + name)
          : new Value(text, child, path + name);
    }
    if (value.isValueNode()) {
      return new Value(value.asString(), child, path + name);
    }
    return Value.ABSENT;
  }

  /** The object field {@code name}; a computed one gives an Args whose every field is computed. */
  Args object(String name) {
    if (isDynamic()) {
      return this;
    }
    if (node == null || !node.isObject()) {
      return new Args(null, pointer, jsonata, path);
    }
    if (!jsonata && node.has(name + ".$")) {
      return computed(name + ".$");
    }
    JsonNode value = node.get(name);
    if (value != null && value.isString() && jsonata && isExpression(value.asString())) {
      return computed(name);
    }
    return new Args(value, JsonPointers.child(pointer, name), jsonata, path + name + ".");
  }

  /**
   * The objects of the array field {@code name}; a computed array gives one Args whose every
   * field is computed. Absent: empty.
   */
  List<Args> array(String name) {
    if (isDynamic()) {
      return List.of(this);
    }
    if (node == null || !node.isObject()) {
      return List.of();
    }
    if (!jsonata && node.has(name + ".$")) {
      return List.of(computed(name + ".$"));
    }
    JsonNode value = node.get(name);
    if (value == null) {
      return List.of();
    }
    if (value.isString() && jsonata && isExpression(value.asString())) {
      return List.of(computed(name));
    }
    List<Args> items = new ArrayList<>();
    String arrayPointer = JsonPointers.child(pointer, name);
    for (int i = 0; value.isArray() && i < value.size(); i++) {
      items.add(new Args(value.get(i), arrayPointer + "/" + i, jsonata,
          path + name + "[" + i + "]."));
    }
    return items;
  }

  /** Every string written anywhere in this object (keys of computed fields excluded). */
  List<String> literalStrings() {
    List<String> strings = new ArrayList<>();
    collect(node, strings);
    return strings;
  }

  private void collect(JsonNode value, List<String> strings) {
    if (value == null) {
      return;
    }
    if (value.isString() && !(jsonata && isExpression(value.asString()))) {
      strings.add(value.asString());
    } else if (value.isObject()) {
      for (var entry : value.properties()) {
        if (jsonata || !entry.getKey().endsWith(".$")) {
          collect(entry.getValue(), strings);
        }
      }
    } else if (value.isArray()) {
      value.forEach(item -> collect(item, strings));
    }
  }

  private Args computed(String field) {
    String text = "{% computed %}";
    return new Args(tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(text),
        JsonPointers.child(pointer, field), true, path + field);
  }

  /** The name of this object as a field path, for messages: {@code Overrides.$}, {@code Arguments}. */
  private String wholeName() {
    if (path.isEmpty()) {
      return jsonata ? "Arguments" : "Parameters";
    }
    return path.endsWith(".") ? path.substring(0, path.length() - 1) : path;
  }

  static boolean isExpression(String text) {
    String trimmed = text.strip();
    return trimmed.startsWith("{%") && trimmed.endsWith("%}");
  }
}
