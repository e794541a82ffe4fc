package io.statecraft.compiler.internal.intrinsic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Compares a value we computed with one recorded against AWS, honouring the conformance corpus's
 * placeholders: a token such as {@code <ArnPart_0idx>} inside a recorded string matches any
 * non-empty text, the same text wherever the same token appears within one comparison. Object keys
 * must come in the same order; numbers compare by value.
 */
final class RecordedValues {

  private static final Pattern TOKEN = Pattern.compile("<[A-Za-z0-9_:\\-]+>");

  private final Map<String, String> bound = new HashMap<>();

  private RecordedValues() {}

  /** The first difference between {@code expected} and {@code actual}, or null when they match. */
  static String firstDifference(JsonNode expected, JsonNode actual) {
    return new RecordedValues().difference("$", expected, actual);
  }

  private String difference(String at, JsonNode expected, JsonNode actual) {
    if (expected.isObject() && actual.isObject()) {
      List<String> expectedKeys = new ArrayList<>(expected.propertyNames());
      List<String> actualKeys = new ArrayList<>(actual.propertyNames());
      if (!expectedKeys.equals(actualKeys)) {
        return at + ": keys " + actualKeys + ", AWS has " + expectedKeys;
      }
      for (String key : expectedKeys) {
        String difference = difference(at + "." + key, expected.get(key), actual.get(key));
        if (difference != null) {
          return difference;
        }
      }
      return null;
    }
    if (expected.isArray() && actual.isArray()) {
      if (expected.size() != actual.size()) {
        return at + ": " + actual + ", AWS has " + expected;
      }
      Iterator<JsonNode> actualElements = actual.values().iterator();
      int index = 0;
      for (JsonNode element : expected.values()) {
        String difference = difference(at + "[" + index++ + "]", element, actualElements.next());
        if (difference != null) {
          return difference;
        }
      }
      return null;
    }
    if (expected.isNumber() && actual.isNumber()) {
      return compare(expected.decimalValue(), actual.decimalValue()) ? null
          : at + ": " + actual + ", AWS has " + expected;
    }
    if (expected.isString() && actual.isString()) {
      return matches(expected.stringValue(), actual.stringValue()) ? null
          : at + ": " + actual + ", AWS has " + expected;
    }
    return expected.equals(actual) ? null : at + ": " + actual + ", AWS has " + expected;
  }

  private static boolean compare(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) == 0;
  }

  private boolean matches(String expected, String actual) {
    Matcher tokens = TOKEN.matcher(expected);
    StringBuilder regex = new StringBuilder();
    List<String> order = new ArrayList<>();
    int last = 0;
    while (tokens.find()) {
      regex.append(Pattern.quote(expected.substring(last, tokens.start())));
      String token = tokens.group();
      int seen = order.indexOf(token);
      if (seen >= 0) {
        regex.append("\\").append(seen + 1);
      } else if (bound.containsKey(token)) {
        regex.append("(").append(Pattern.quote(bound.get(token))).append(")");
        order.add(token);
      } else {
        regex.append("(.+)");
        order.add(token);
      }
      last = tokens.end();
    }
    if (order.isEmpty()) {
      return expected.equals(actual);
    }
    regex.append(Pattern.quote(expected.substring(last)));
    Matcher match = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(actual);
    if (!match.matches()) {
      return false;
    }
    for (int i = 0; i < order.size(); i++) {
      bound.put(order.get(i), match.group(i + 1));
    }
    return true;
  }
}
