package io.statecraft.emulator;

import io.statecraft.emulator.internal.Wire;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Compares a value recorded against AWS with the emulator's, as JSON: key order ignored, numbers
 * by value, and the recording's placeholders (see test-state/recorded/README.md) standing for
 * whatever AWS had there. {@code <resource:N>} inside a string matches a run of characters, the
 * same run wherever N appears again in the case; a whole value {@code "date"} (a timestamp) or
 * one of the HTTP metadata tokens matches any value, since the snapshot tool replaced whole
 * header lists by them. Each difference is one line: where, what AWS had, what we have.
 *
 * <pre>{@code
 * RecordedJson match = new RecordedJson();
 * List<String> differences = match.compare("output", expected, actual);
 * }</pre>
 */
final class RecordedJson {

  /** Whole values the snapshot tool put in place of a run-dependent value of any type. */
  private static final Set<String> ANY_VALUE = Set.of("date", "x-amzn-RequestId",
      "X-Amzn-Trace-Id", "RequestId");
  private static final Pattern RESOURCE = Pattern.compile("<resource:(\\d+)>");

  /** What each {@code <resource:N>} stood for, once first met in this case. */
  private final Map<String, String> resources = new HashMap<>();

  /** The differences between {@code expected} and {@code actual} under {@code path}. */
  List<String> compare(String path, JsonNode expected, JsonNode actual) {
    List<String> differences = new ArrayList<>();
    compare(path, expected, actual, differences);
    return differences;
  }

  /**
   * {@link #compare(String, JsonNode, JsonNode)} of a member that is JSON text on the wire:
   * {@code actual} is parsed; so is {@code expected} when the recording kept it as text (the
   * snapshot tool parsed only texts starting with a brace).
   */
  List<String> compareText(String path, JsonNode expected, String actual) {
    JsonNode parsed = parse(actual);
    if (parsed == null) {
      return List.of(path + ": not JSON text: " + actual);
    }
    JsonNode wanted = expected.isString() ? parse(expected.asString()) : expected;
    return compare(path, wanted == null ? expected : wanted, parsed);
  }

  private void compare(String path, JsonNode expected, JsonNode actual, List<String> out) {
    if (expected.isString() && ANY_VALUE.contains(expected.asString())) {
      return;
    }
    if (expected.isContainer() && actual.isString() && parse(actual.asString()) != null) {
      // A nested JSON text the snapshot tool parsed on the recorded side.
      actual = parse(actual.asString());
    }
    if (expected.isObject() && actual.isObject()) {
      compareObjects(path, expected, actual, out);
    } else if (expected.isArray() && actual.isArray()) {
      if (expected.size() != actual.size()) {
        out.add(path + ": AWS " + show(expected) + ", emulator " + show(actual));
        return;
      }
      for (int i = 0; i < expected.size(); i++) {
        compare(path + "[" + i + "]", expected.get(i), actual.get(i), out);
      }
    } else if (!scalarsMatch(expected, actual)) {
      out.add(path + ": AWS " + show(expected) + ", emulator " + show(actual));
    }
  }

  private void compareObjects(String path, JsonNode expected, JsonNode actual, List<String> out) {
    Set<String> names = new TreeSet<>(expected.propertyNames());
    names.addAll(actual.propertyNames());
    for (String name : names) {
      String at = path + "." + name;
      if (!actual.has(name)) {
        out.add(at + ": AWS " + show(expected.get(name)) + ", emulator has no such member");
      } else if (!expected.has(name)) {
        out.add(at + ": AWS has no such member, emulator " + show(actual.get(name)));
      } else {
        compare(at, expected.get(name), actual.get(name), out);
      }
    }
  }

  private boolean scalarsMatch(JsonNode expected, JsonNode actual) {
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
    }
    if (expected.isString() && actual.isString()) {
      return stringsMatch(expected.asString(), actual.asString());
    }
    return expected.equals(actual);
  }

  /** Equal, or equal with each {@code <resource:N>} standing for what it stood for before. */
  private boolean stringsMatch(String expected, String actual) {
    Matcher tokens = RESOURCE.matcher(expected);
    StringBuilder regex = new StringBuilder();
    List<String> fresh = new ArrayList<>();
    int from = 0;
    while (tokens.find()) {
      regex.append(Pattern.quote(expected.substring(from, tokens.start())));
      String known = resources.get(tokens.group(1));
      if (known != null) {
        regex.append(Pattern.quote(known));
      } else if (fresh.contains(tokens.group(1))) {
        regex.append("\\k<r").append(tokens.group(1)).append('>');
      } else {
        fresh.add(tokens.group(1));
        regex.append("(?<r").append(tokens.group(1)).append(">.+?)");
      }
      from = tokens.end();
    }
    if (from == 0) {
      return expected.equals(actual);
    }
    regex.append(Pattern.quote(expected.substring(from)));
    Matcher match = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(actual);
    if (!match.matches()) {
      return false;
    }
    fresh.forEach(n -> resources.put(n, match.group("r" + n)));
    return true;
  }

  static JsonNode parse(String text) {
    try {
      JsonNode parsed = Wire.MAPPER.readTree(text);
      return parsed == null || parsed.isMissingNode() ? null : parsed;
    } catch (JacksonException e) {
      return null;
    }
  }

  private static String show(JsonNode node) {
    String text = node == null ? "(absent)" : Wire.MAPPER.writeValueAsString(node);
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }
}
