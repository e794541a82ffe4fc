package io.statecraft.compiler.internal.validation;

import io.statecraft.compiler.internal.jsonata.JsonataExpression;
import io.statecraft.compiler.internal.jsonata.JsonataSyntaxException;
import io.statecraft.compiler.validation.Rule;
import java.util.Map;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;

/**
 * JSONata {@code {% %}} expressions: their framing, then what AWS refuses when it creates a state
 * machine, as {@link JsonataExpression#parse} (the parser the runtime evaluates them with) refuses
 * it, with AWS's message: syntax errors and JSONata 2.1's {@code ??} and {@code ?:}
 * ({@link Rule#JSONATA_SYNTAX}), and references to the input document, which Step Functions does
 * not have ({@link Rule#JSONATA_UNSUPPORTED}).
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

  /**
   * Checks every string inside {@code value} that looks like a JSONata expression, and gives each
   * expression AWS accepts to {@code parsed} with its pointer.
   */
  static void checkTree(Findings findings, String pointer, JsonNode value,
      BiConsumer<String, JsonataExpression> parsed) {
    if (value == null) {
      return;
    }
    if (value.isString()) {
      JsonataExpression expression = check(findings, pointer, value.asString());
      if (expression != null) {
        parsed.accept(pointer, expression);
      }
    } else if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        checkTree(findings, Findings.child(pointer, i), value.get(i), parsed);
      }
    } else if (value.isObject()) {
      for (Map.Entry<String, JsonNode> entry : value.properties()) {
        checkTree(findings, Findings.child(pointer, entry.getKey()), entry.getValue(), parsed);
      }
    }
  }

  /**
   * Checks one string if it looks like a JSONata expression: the expression, or null when the
   * string is none or AWS refuses it (reported).
   */
  static JsonataExpression check(Findings findings, String pointer, String text) {
    if (text == null || !looksLikeJsonata(text)) {
      return null;
    }
    String field = Where.field(pointer);
    if (!text.startsWith("{%")) {
      findings.report(Rule.JSONATA_DELIMITERS, pointer, field + " ends with %} but does not start"
          + " with {%", "write a JSONata expression as \"{% expression %}\"");
      return null;
    }
    if (!isFramed(text)) {
      findings.report(Rule.JSONATA_DELIMITERS, pointer, field + " starts with {% but does not end"
          + " with %}", "write a JSONata expression as \"{% expression %}\"");
      return null;
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
      return null;
    }
    try {
      return JsonataExpression.parse(text);
    } catch (JsonataSyntaxException e) {
      boolean unsupported = e.code().equals(JsonataSyntaxException.UNSUPPORTED);
      findings.report(unsupported ? Rule.JSONATA_UNSUPPORTED : Rule.JSONATA_SYNTAX, pointer,
          e.getMessage(), unsupported ? topLevelHint(e.reason()) : operatorHint(e));
      return null;
    }
  }

  /** How to read what a top-level reference meant to read. */
  private static String topLevelHint(String reason) {
    if (reason.startsWith("Reference to '$$'")) {
      return "the Context object is $states.context";
    }
    if (reason.startsWith("Reference to '$'")) {
      return "the state input is $states.input";
    }
    int open = reason.indexOf('\'');
    int close = reason.indexOf('\'', open + 1);
    return open < 0 || close < 0 ? "read the state input through $states.input"
        : "a field of the state input is $states.input." + reason.substring(open + 1, close);
  }

  /** For {@code ??} and {@code ?:}, which JSONata 2.0.6 lacks, what to write instead. */
  private static String operatorHint(JsonataSyntaxException e) {
    int at = e.position() - 1;
    if (at < 0 || at + 1 >= e.text().length() || e.text().charAt(at) != '?') {
      return null;
    }
    return switch (e.text().charAt(at + 1)) {
      case '?' -> "Step Functions' JSONata has no ?? operator: use $exists(x) ? x : default";
      case ':' -> "Step Functions' JSONata has no ?: operator: use x ? x : default";
      default -> null;
    };
  }
}
