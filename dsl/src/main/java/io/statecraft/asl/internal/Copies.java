package io.statecraft.asl.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Copies that keep model objects immutable, for the records of every {@code io.statecraft.asl}
 * package: absent stays absent ({@code null}) for values, and becomes empty for lists and maps.
 *
 * <pre>{@code
 * public Branch {
 *   states = Copies.orderedMap(states);
 * }
 * }</pre>
 */
public final class Copies {

  private Copies() {}

  /** A private copy of a JSON value; {@code null} (absent) stays {@code null}. */
  public static JsonNode copy(JsonNode node) {
    return node == null ? null : node.deepCopy();
  }

  /** An unmodifiable copy of a list; {@code null} (absent) becomes empty. */
  public static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /** An unmodifiable copy of an ordered map that keeps its order; {@code null} becomes empty. */
  public static <V> Map<String, V> orderedMap(Map<String, V> map) {
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
