package io.statecraft.asl;

import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import tools.jackson.databind.JsonNode;

/** Copies that keep model objects immutable. */
final class Json {

  private Json() {}

  /** A private copy of a JSON value; {@code null} (absent) stays {@code null}. */
  static JsonNode copy(JsonNode node) {
    return node == null ? null : node.deepCopy();
  }

  /** An unmodifiable copy of a list; {@code null} (absent) becomes empty. */
  static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /** An unmodifiable copy of an ordered map that keeps its order; {@code null} becomes empty. */
  static <V> Map<String, V> orderedMap(Map<String, V> map) {
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
