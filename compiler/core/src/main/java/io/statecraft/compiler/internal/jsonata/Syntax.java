package io.statecraft.compiler.internal.jsonata;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the text of an expression shows without the parse tree, read with JSONata's lexical rules:
 * string literals, quoted names, comments and regular expressions are skipped.
 */
final class Syntax {

  /** The characters that end a name, besides white space: JSONata's one-character operators. */
  private static final String DELIMITERS = ".[]{}(),@#;:?+-*/%|=<>^&!~";

  /** After these characters an operand is expected, so a {@code /} opens a regular expression. */
  private static final String BEFORE_OPERAND = "([{,;:?+-*/%|=<>^&!~.@#";

  private Syntax() {}

  /**
   * Every name written after a {@code $}, in order of first appearance: variables, functions and
   * lambda parameters alike. {@code $} alone and {@code $$} are left out.
   */
  static Set<String> variableNames(String text) {
    Set<String> names = new LinkedHashSet<>();
    scan(text, (start, end) -> {
      if (text.charAt(start) == '$') {
        int i = start + 1;
        while (i < end && !isDelimiter(text.charAt(i))) {
          i++;
        }
        String name = text.substring(start + 1, i);
        if (!name.isEmpty() && !name.startsWith("$")) {
          names.add(name);
        }
      }
      return -1;
    });
    return names;
  }

  /**
   * The fields of {@code $states} the expression reads by name, in order of first appearance:
   * {@code [result, input]} for {@code $states.result.total + $states.input.tax}.
   */
  static Set<String> statesFields(String text) {
    Set<String> fields = new LinkedHashSet<>();
    // 0: nothing seen; 1: "$states"; 2: "$states" and a dot, so a name comes next.
    int[] seen = {0};
    scan(text, (start, end) -> {
      String token = text.substring(start, end);
      if (seen[0] == 2 && !isDelimiter(token.charAt(0))) {
        fields.add(token);
      }
      seen[0] = token.equals("$states") ? 1 : seen[0] == 1 && token.equals(".") ? 2 : 0;
      return -1;
    });
    return fields;
  }

  /**
   * Where the expression uses {@code ??} or {@code ?:}, operators JSONata 2.1 added and Step
   * Functions' JSONata 2.0.6 does not know; -1 when it uses neither.
   */
  static int refusedOperator(String text) {
    int[] found = {-1};
    scan(text, (start, end) -> {
      if (text.charAt(start) == '?' && start + 1 < text.length()
          && (text.charAt(start + 1) == '?' || text.charAt(start + 1) == ':')) {
        found[0] = start;
        return start;
      }
      return -1;
    });
    return found[0];
  }

  /** Whether a comment opens and never closes, which the library fails to report as S0106. */
  /** The deepest nesting of brackets, ( [ and {, in the code: literals and comments aside. */
  static int bracketDepth(String text) {
    int[] depth = {0, 0};
    scan(text, (start, end) -> {
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        if (c == '(' || c == '[' || c == '{') {
          depth[0]++;
          depth[1] = Math.max(depth[1], depth[0]);
        } else if (c == ')' || c == ']' || c == '}') {
          depth[0]--;
        }
      }
      return -1;
    });
    return depth[1];
  }

  static boolean hasUnclosedComment(String text) {
    boolean[] unclosed = {false};
    scan(text, (start, end) -> -1, () -> unclosed[0] = true);
    return unclosed[0];
  }

  private static boolean isDelimiter(char c) {
    return Character.isWhitespace(c) || DELIMITERS.indexOf(c) >= 0;
  }

  /** Receives each stretch of code outside literals and comments; a result >= 0 stops. */
  private interface Visitor {
    int code(int start, int end);
  }

  private static void scan(String text, Visitor visitor) {
    scan(text, visitor, () -> { });
  }

  private static void scan(String text, Visitor visitor, Runnable unclosedComment) {
    int length = text.length();
    boolean operandExpected = true;
    int signatureStart = -1;
    int signatureEnd = -1;
    int i = 0;
    while (i < length) {
      if (i == signatureStart) {
        // A lambda's signature, such as <s?:s>, is not code: its "?:" is no operator.
        i = signatureEnd;
        operandExpected = false;
        continue;
      }
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (c == '"' || c == '\'' || c == '`') {
        i = closing(text, i, c);
        operandExpected = false;
        continue;
      }
      if (c == '/' && i + 1 < length && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        if (end < 0) {
          unclosedComment.run();
        }
        i = end < 0 ? length : end + 2;
        continue;
      }
      if (c == '/' && operandExpected) {
        i = regexEnd(text, i + 1);
        operandExpected = false;
        continue;
      }
      int end = i + 1;
      if (!isDelimiter(c)) {
        while (end < length && !isDelimiter(text.charAt(end))) {
          end++;
        }
        String word = text.substring(i, end);
        operandExpected = word.equals("and") || word.equals("or") || word.equals("in");
        if (word.equals("function") || word.equals("\u03bb")) {
          int[] signature = signature(text, end);
          if (signature != null) {
            signatureStart = signature[0];
            signatureEnd = signature[1];
          }
        }
      } else {
        operandExpected = BEFORE_OPERAND.indexOf(c) >= 0;
      }
      if (visitor.code(i, end) >= 0) {
        return;
      }
      i = end;
    }
  }

  /**
   * Where the signature of a lambda whose parameter list starts at or after {@code from} begins
   * and ends, as in {@code function($a, $b)<ns?:s>}; null when it has none.
   */
  private static int[] signature(String text, int from) {
    int i = skipSpace(text, from);
    if (i >= text.length() || text.charAt(i) != '(') {
      return null;
    }
    int close = text.indexOf(')', i);
    if (close < 0) {
      return null;
    }
    int start = skipSpace(text, close + 1);
    if (start >= text.length() || text.charAt(start) != '<') {
      return null;
    }
    int depth = 0;
    for (int j = start; j < text.length(); j++) {
      if (text.charAt(j) == '<') {
        depth++;
      } else if (text.charAt(j) == '>' && --depth == 0) {
        return new int[] {start, j + 1};
      }
    }
    return null;
  }

  private static int skipSpace(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The index after the literal that opens at {@code start} with {@code quote}. */
  private static int closing(String text, int start, char quote) {
    for (int i = start + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && quote != '`') {
        i++;
      } else if (c == quote) {
        return i + 1;
      }
    }
    return text.length();
  }

  /** The index after a regular expression whose body starts at {@code start}, flags included. */
  private static int regexEnd(String text, int start) {
    int depth = 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean escaped = i > start && text.charAt(i - 1) == '\\';
      if (c == '/' && depth == 0 && !escaped) {
        int end = i + 1;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
          end++;
        }
        return end;
      }
      if (!escaped && (c == '(' || c == '[' || c == '{')) {
        depth++;
      } else if (!escaped && (c == ')' || c == ']' || c == '}')) {
        depth--;
      }
    }
    return text.length();
  }
}
