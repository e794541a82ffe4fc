package io.statecraft.dsl.internal.value;

import io.statecraft.dsl.payload.Intrinsic;
import io.statecraft.dsl.payload.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Calls of intrinsic functions, with their arguments rendered as ASL writes them: strings quoted
 * and escaped, paths and nested calls as written.
 *
 * <pre>{@code
 * Intrinsics.format("Hello {}", new JsonPath("$.name")).text();
 * // States.Format('Hello {}', $.name)
 * }</pre>
 */
public final class Intrinsics {

  private Intrinsics() {}

  public static Intrinsic call(String function, Object... arguments) {
    List<String> rendered = new java.util.ArrayList<>(arguments.length);
    for (int i = 0; i < arguments.length; i++) {
      rendered.add(render(function, i, arguments[i]));
    }
    return new Intrinsic(function, rendered);
  }

  public static Intrinsic format(String template, Object... arguments) {
    Objects.requireNonNull(template, "template == null");
    List<String> rendered = new java.util.ArrayList<>(arguments.length + 1);
    rendered.add(quoteTemplate(template));
    for (int i = 0; i < arguments.length; i++) {
      rendered.add(render("States.Format", i + 1, arguments[i]));
    }
    return new Intrinsic("States.Format", rendered);
  }

  private static String render(String function, int index, Object argument) {
    if (argument == null) {
      return "null";
    }
    if (argument instanceof String text) {
      return quote(text);
    }
    if (argument instanceof JsonPath path) {
      return path.expression();
    }
    if (argument instanceof Intrinsic nested) {
      return nested.text();
    }
    if (argument instanceof Boolean flag) {
      return flag.toString();
    }
    if (argument instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (argument instanceof Integer || argument instanceof Long || argument instanceof Short
        || argument instanceof Byte) {
      return argument.toString();
    }
    if (argument instanceof Double || argument instanceof Float) {
      return BigDecimal.valueOf(((Number) argument).doubleValue()).toPlainString();
    }
    if (argument instanceof JsonNode node
        && (node.isNumber() || node.isBoolean() || node.isNull())) {
      return node.toString();
    }
    if (argument instanceof JsonNode node && node.isString()) {
      return quote(node.stringValue());
    }
    throw new IllegalArgumentException(
        "argument " + index + " of " + function + " must be a string, number, boolean, null, path"
            + " or intrinsic function, was " + argument.getClass().getName());
  }

  /** A string literal: single-quoted, with {@code ' { } \} escaped by a backslash, as AWS asks. */
  private static String quote(String text) {
    StringBuilder quoted = new StringBuilder(text.length() + 2).append('\'');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '{' || c == '}' || c == '\\') {
        quoted.append('\\');
      }
      quoted.append(c);
    }
    return quoted.append('\'').toString();
  }

  /**
   * The template of {@code States.Format}: like {@link #quote}, except that each {@code {}} stays a
   * placeholder.
   */
  private static String quoteTemplate(String template) {
    StringBuilder quoted = new StringBuilder(template.length() + 2).append('\'');
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
        quoted.append("{}");
        i++;
        continue;
      }
      if (c == '\'' || c == '{' || c == '}' || c == '\\') {
        quoted.append('\\');
      }
      quoted.append(c);
    }
    return quoted.append('\'').toString();
  }
}
