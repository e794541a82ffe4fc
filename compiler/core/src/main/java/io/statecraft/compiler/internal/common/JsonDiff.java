package io.statecraft.compiler.internal.common;

import io.statecraft.asl.internal.JsonMappers;
import io.statecraft.asl.internal.JsonPointers;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The first difference between two JSON values, as the JSON pointer where it is and both sides.
 * Key order does not matter, and numbers compare by value ({@code 2}, {@code 2.0} and {@code 2.00}
 * are equal), so a definition that was rewritten or a value that went through AWS still matches.
 * Used by round-trip tests and by the testing module's output assertions.
 *
 * <pre>{@code
 * JsonDiff.first(json("{\"total\": 42}"), json("{\"total\": 41}"));   // "/total: expected 42 but was 41"
 * JsonDiff.first(json("[1, 2.0]"), json("[1.0, 2]"));                 // null
 * }</pre>
 */
public final class JsonDiff {

  private JsonDiff() {}

  /**
   * A description of the first difference, or null when the values are equal. Members are visited
   * in {@code expected}'s order, then those only {@code actual} has; a null or missing
   * {@code actual} is absent.
   */
  public static String first(JsonNode expected, JsonNode actual) {
    return first("", expected, actual);
  }

  private static String first(String pointer, JsonNode expected, JsonNode actual) {
    String where = pointer.isEmpty() ? "(root)" : pointer;
    if (actual == null || actual.isMissingNode()) {
      return where + ": expected " + text(expected) + " but it is absent";
    }
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0 ? null
          : where + ": expected " + text(expected) + " but was " + text(actual);
    }
    if (expected.isObject() && actual.isObject()) {
      for (Map.Entry<String, JsonNode> member : expected.properties()) {
        String difference = first(JsonPointers.child(pointer, member.getKey()), member.getValue(),
            actual.get(member.getKey()));
        if (difference != null) {
          return difference;
        }
      }
      for (String name : actual.propertyNames()) {
        if (!expected.has(name)) {
          return JsonPointers.child(pointer, name) + ": not expected, but was "
              + text(actual.get(name));
        }
      }
      return null;
    }
    if (expected.isArray() && actual.isArray()) {
      for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
        String difference = first(pointer + "/" + i, expected.get(i), actual.get(i));
        if (difference != null) {
          return difference;
        }
      }
      return expected.size() == actual.size() ? null
          : where + ": expected " + expected.size() + " elements but was " + actual.size();
    }
    return expected.equals(actual) ? null
        : where + ": expected " + text(expected) + " but was " + text(actual);
  }

  private static String text(JsonNode value) {
    return JsonMappers.STANDARD.writeValueAsString(value);
  }
}
