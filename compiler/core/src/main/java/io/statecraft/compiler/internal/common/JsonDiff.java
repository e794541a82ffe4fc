package io.statecraft.compiler.internal.common;

import io.statecraft.asl.internal.JsonPointers;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/** The first difference between two JSON values, ignoring key order and number spelling. */
public final class JsonDiff {

  private JsonDiff() {}

  /** A description of the first difference, with its JSON pointer, or null when equal. */
  public static String first(JsonNode expected, JsonNode actual) {
    return first(expected, actual, "");
  }

  private static String first(JsonNode expected, JsonNode actual, String pointer) {
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0 ? null
          : at(pointer, expected, actual);
    }
    if (expected.getNodeType() != actual.getNodeType()) {
      return at(pointer, expected, actual);
    }
    if (expected.isObject()) {
      TreeSet<String> names = new TreeSet<>(expected.propertyNames());
      names.addAll(actual.propertyNames());
      for (String name : names) {
        String child = JsonPointers.child(pointer, name);
        if (!expected.has(name)) {
          return child + ": unexpected " + actual.get(name);
        }
        if (!actual.has(name)) {
          return child + ": missing " + expected.get(name);
        }
        String difference = first(expected.get(name), actual.get(name), child);
        if (difference != null) {
          return difference;
        }
      }
      return null;
    }
    if (expected.isArray()) {
      if (expected.size() != actual.size()) {
        return pointer + ": " + expected.size() + " elements expected, " + actual.size() + " found";
      }
      for (int i = 0; i < expected.size(); i++) {
        String difference = first(expected.get(i), actual.get(i), pointer + "/" + i);
        if (difference != null) {
          return difference;
        }
      }
      return null;
    }
    return expected.equals(actual) ? null : at(pointer, expected, actual);
  }

  private static String at(String pointer, JsonNode expected, JsonNode actual) {
    return (pointer.isEmpty() ? "/" : pointer) + ": expected " + expected + " but was " + actual;
  }
}
