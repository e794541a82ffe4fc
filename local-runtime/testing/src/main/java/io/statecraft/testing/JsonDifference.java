package io.statecraft.testing;

import io.statecraft.local.Json;
import java.util.Iterator;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The first difference between two JSON values, as a JSON pointer and both sides; or null. */
final class JsonDifference {

  private JsonDifference() {}

  static String first(JsonNode expected, JsonNode actual) {
    return first("", expected, actual);
  }

  private static String first(String at, JsonNode expected, JsonNode actual) {
    String where = at.isEmpty() ? "(root)" : at;
    if (actual == null || actual.isMissingNode()) {
      return where + ": expected " + Json.text(expected) + " but it is absent";
    }
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0 ? null
          : where + ": expected " + Json.text(expected) + " but was " + Json.text(actual);
    }
    if (expected.isObject() && actual.isObject()) {
      for (Map.Entry<String, JsonNode> field : expected.properties()) {
        String diff = first(at + "/" + field.getKey(), field.getValue(), actual.get(field.getKey()));
        if (diff != null) {
          return diff;
        }
      }
      for (Iterator<String> names = actual.propertyNames().iterator(); names.hasNext(); ) {
        String name = names.next();
        if (!expected.has(name)) {
          return at + "/" + name + ": not expected, but was " + Json.text(actual.get(name));
        }
      }
      return null;
    }
    if (expected.isArray() && actual.isArray()) {
      for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
        String diff = first(at + "/" + i, expected.get(i), actual.get(i));
        if (diff != null) {
          return diff;
        }
      }
      return expected.size() == actual.size() ? null
          : where + ": expected " + expected.size() + " elements but was " + actual.size();
    }
    return expected.equals(actual) ? null
        : where + ": expected " + Json.text(expected) + " but was " + Json.text(actual);
  }
}
