package io.statecraft.compiler.internal.validation;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import io.statecraft.compiler.validation.Rule;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * JSONata {@code {% %}} expressions: their framing, and their syntax as parsed by the JSONata
 * library the runtime evaluates them with (dashjoin). That library also accepts JSONata 2.1's
 * {@code ?:} and {@code ??}, which Step Functions refuses, so those are refused here.
 */
final class Expressions {

  private Expressions() {}

  /** Whether {@code text} is meant as a JSONata expression (it opens or closes like one). */
  static boolean looksLikeJsonata(String text) {
    return text.startsWith("{%") || text.endsWith("%}");
  }

  /** Whether {@code text} is a well-framed {@code {% %}} expression (syntax not checked). */
  static boolean isFramed(String text) {
    return text.length() >= 4 && text.startsWith("{%") && text.endsWith("%}");
  }

  /** Checks every string inside {@code value} that looks like a JSONata expression. */
  static void checkTree(Findings findings, String pointer, JsonNode value) {
    if (value == null) {
      return;
    }
    if (value.isString()) {
      check(findings, pointer, value.asString());
    } else if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        checkTree(findings, Findings.child(pointer, i), value.get(i));
      }
    } else if (value.isObject()) {
      for (Map.Entry<String, JsonNode> entry : value.properties()) {
        checkTree(findings, Findings.child(pointer, entry.getKey()), entry.getValue());
      }
    }
  }

  /** Checks one string if it looks like a JSONata expression. */
  static void check(Findings findings, String pointer, String text) {
    if (text == null || !looksLikeJsonata(text)) {
      return;
    }
    String field = Where.field(pointer);
    if (!text.startsWith("{%")) {
      findings.report(Rule.JSONATA_DELIMITERS, pointer, field + " ends with %} but does not start"
          + " with {%", "write a JSONata expression as \"{% expression %}\"");
      return;
    }
    if (!isFramed(text)) {
      findings.report(Rule.JSONATA_DELIMITERS, pointer, field + " starts with {% but does not end"
          + " with %}", "write a JSONata expression as \"{% expression %}\"");
      return;
    }
    String inner = text.substring(2, text.length() - 2);
    // AWS documents the form "{% expression %}" without stating how strict the spaces are. Refused
    // here, as by the asl-validator cases: no space at either delimiter ("{%10%}"), and more than
    // one space or a line break after "{%". Deployed samples omit one of the two spaces.
    boolean spaceAfterOpen = !inner.isEmpty() && Character.isWhitespace(inner.charAt(0));
    boolean spaceBeforeClose = !inner.isEmpty()
        && Character.isWhitespace(inner.charAt(inner.length() - 1));
    boolean padded = inner.length() > 1 && spaceAfterOpen && Character.isWhitespace(inner.charAt(1));
    if (inner.isBlank() || (!spaceAfterOpen && !spaceBeforeClose) || padded
        || (spaceAfterOpen && inner.charAt(0) != ' ')) {
      findings.report(Rule.JSONATA_DELIMITERS, pointer, field + " must be written as \"{% "
          + "expression %}\", with one space after {%", "write \"{% " + inner.strip() + " %}\"");
      return;
    }
    String expression = inner.strip();
    try {
      Jsonata.jsonata(expression);
    } catch (JException | IllegalArgumentException | IllegalStateException
        | IndexOutOfBoundsException | ClassCastException e) {
      findings.report(Rule.JSONATA_SYNTAX, pointer, field + " is not a valid JSONata expression: "
          + e.getMessage());
      return;
    }
    String refused = refusedOperator(expression);
    if (refused != null) {
      findings.report(Rule.JSONATA_SYNTAX, pointer, field + " uses the operator " + refused
          + ", which Step Functions' JSONata does not support",
          refused.equals("??") ? "use $exists(x) ? x : default" : "use x ? x : default");
    }
  }

  /**
   * {@code ?:} or {@code ??} outside string literals, names, comments and regular expressions, or
   * null. Called only on expressions that parse, so literals are well formed.
   */
  static String refusedOperator(String expression) {
    char previous = '(';
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (c == '"' || c == '\'' || c == '`') {
        i = closing(expression, i, c);
      } else if (c == '/' && i + 1 < expression.length() && expression.charAt(i + 1) == '*') {
        int end = expression.indexOf("*/", i + 2);
        i = end < 0 ? expression.length() : end + 1;
        continue;
      } else if (c == '/' && "(,[{:?=!<>&|~+-*%;".indexOf(previous) >= 0) {
        i = closing(expression, i, '/');
      } else if (c == '?' && i + 1 < expression.length()
          && (expression.charAt(i + 1) == ':' || expression.charAt(i + 1) == '?')) {
        return expression.substring(i, i + 2);
      }
      if (!Character.isWhitespace(c)) {
        previous = expression.charAt(Math.min(i, expression.length() - 1));
      }
    }
    return null;
  }

  /** The index of the unescaped {@code quote} closing the literal that opens at {@code start}. */
  private static int closing(String expression, int start, char quote) {
    for (int i = start + 1; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == quote) {
        return i;
      }
    }
    return expression.length();
  }
}
