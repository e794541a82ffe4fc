package io.statecraft.local.internal.replay;

import io.statecraft.local.internal.json.Values;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Compares our values with values recorded against AWS, as the conformance README says they were
 * recorded: JSON text fields may have been parsed into objects, volatile values replaced by
 * placeholders ({@code "timestamp"}, {@code <uuid:1>}, ...). Returns the first difference.
 */
public final class Recorded {

  /** Whole-value placeholders: any value matches. */
  private static final Set<String> WILDCARDS = Set.of("timestamp", "datetime", "date",
      "start-time", "entered-time", "snf_role_arn", "sfn_role_arn", "start-date", "stop-date",
      // test_math_random replaced the random number it got by this text (README, item 3)
      "RandomNumberGenerated",
      // the distributed-Map recordings replaced a Map Run's ARN by this text
      "map_run_arn");
  /**
   * Fields the definition cannot determine and the recording does not give the runner (README,
   * item 3: accept a mismatch there): the name an activity worker gave in GetActivityTask. When
   * the replaying runner, which plays the worker, gave none, the recorded value is accepted.
   */
  private static final Set<String> CHOSEN_BY_THE_WORKER = Set.of("workerName");
  private static final Pattern TOKEN = Pattern.compile("<[^<>\\s]+>");
  /** Task tokens were replaced by {@code <<task_token>:1>}; ours are random, so any matches. */
  private static final Pattern TASK_TOKEN = Pattern.compile("<<task_token>:\\d+>");

  private Recorded() {}

  /** The first difference between {@code expected} and {@code actual} under {@code where}, or null. */
  public static String difference(String where, JsonNode expected, JsonNode actual) {
    return difference(where, expected, actual, true);
  }

  /**
   * {@link #difference(String, JsonNode, JsonNode)}; without {@code wildcards}, placeholders are
   * plain values (a history AWS returned has none).
   */
  public static String difference(String where, JsonNode expected, JsonNode actual,
      boolean wildcards) {
    return difference(where, expected, actual, wildcards, text -> false);
  }

  /**
   * {@link #difference(String, JsonNode, JsonNode, boolean)}, where a text of ours that
   * {@code ours} accepts (a value a replay cannot know, such as its task tokens) matches any
   * recorded text.
   */
  public static String difference(String where, JsonNode expected, JsonNode actual,
      boolean wildcards, java.util.function.Predicate<String> ours) {
    if (expected != null && expected.isString() && actual != null && actual.isString()
        && ours.test(actual.asString())) {
      return null;
    }
    if (expected == null || expected.isMissingNode()) {
      return actual == null || actual.isMissingNode() ? null
          : where + ": expected nothing, was " + show(actual);
    }
    if (actual == null || actual.isMissingNode()) {
      return where + ": expected " + show(expected) + ", was nothing";
    }
    if (wildcards && expected.isString() && (WILDCARDS.contains(expected.asString())
        || TASK_TOKEN.matcher(expected.asString()).matches())) {
      return null;
    }
    if (wildcards && expected.isString() && actual.isNumber()
        && TOKEN.matcher(expected.asString()).matches()) {
      // A test that normalised a value before recording put a <placeholder> where a number was
      // (a listed object's LastModified, say).
      return null;
    }
    if (!expected.isString() && actual.isString()) {
      JsonNode parsed = Values.tryParse(actual.asString());
      if (parsed != null) {
        return difference(where, expected, parsed, wildcards, ours);
      }
    }
    if (expected.isObject() && actual.isObject()) {
      for (Map.Entry<String, JsonNode> field : expected.properties()) {
        if (wildcards && CHOSEN_BY_THE_WORKER.contains(field.getKey())
            && !actual.has(field.getKey())) {
          continue;
        }
        String diff = difference(where + "/" + field.getKey(), field.getValue(),
            actual.get(field.getKey()), wildcards, ours);
        if (diff != null) {
          return diff;
        }
      }
      for (Iterator<String> names = actual.propertyNames().iterator(); names.hasNext(); ) {
        String name = names.next();
        if (!expected.has(name)) {
          return where + "/" + name + ": unexpected field, was " + show(actual.get(name));
        }
      }
      return null;
    }
    if (expected.isArray() && actual.isArray()) {
      if (expected.size() != actual.size()) {
        return where + ": expected " + expected.size() + " elements, was " + actual.size()
            + " " + show(actual);
      }
      for (int i = 0; i < expected.size(); i++) {
        String diff = difference(where + "/" + i, expected.get(i), actual.get(i), wildcards, ours);
        if (diff != null) {
          return diff;
        }
      }
      return null;
    }
    if (expected.isNumber() && actual.isNumber()) {
      BigDecimal left = expected.decimalValue();
      BigDecimal right = actual.decimalValue();
      return left.compareTo(right) == 0 ? null
          : where + ": expected " + show(expected) + ", was " + show(actual);
    }
    if (expected.isString() && actual.isString()) {
      if (wildcards ? textMatches(expected.asString(), actual.asString())
          : expected.asString().equals(actual.asString())) {
        return null;
      }
      JsonNode left = Values.tryParse(expected.asString());
      JsonNode right = Values.tryParse(actual.asString());
      if (left != null && right != null && (left.isContainer() || right.isContainer()
          || !left.isString())) {
        return difference(where, left, right, wildcards, ours);
      }
      return where + ": expected " + show(expected) + ", was " + show(actual);
    }
    if (expected.isString() && !actual.isString()) {
      // A recorded JSON text field that was not an object (an array, a number, "null") stays text.
      JsonNode parsed = Values.tryParse(expected.asString());
      if (parsed != null && difference(where, parsed, actual, wildcards, ours) == null) {
        return null;
      }
    }
    return expected.equals(actual) ? null
        : where + ": expected " + show(expected) + ", was " + show(actual);
  }

  /** Whether {@code actual} is {@code expected} with each {@code <token>} standing for any text. */
  public static boolean textMatches(String expected, String actual) {
    if (expected.equals(actual)) {
      return true;
    }
    Matcher tokens = TOKEN.matcher(expected);
    if (!tokens.find()) {
      return false;
    }
    java.util.List<String> literals = new java.util.ArrayList<>();
    int last = 0;
    tokens.reset();
    while (tokens.find()) {
      literals.add(expected.substring(last, tokens.start()));
      last = tokens.end();
    }
    literals.add(expected.substring(last));
    return io.statecraft.compiler.internal.common.Glob.literalsAroundRuns(literals).matches(actual);
  }

  public static String show(JsonNode node) {
    String text = Values.text(node);
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }
}
