package io.statecraft.compiler.validation;

import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import java.util.Set;

/**
 * JSONPath checks with Jayway JsonPath, the dialect Step Functions speaks: syntax, reference paths
 * (definite: no filters, wildcards, slices or {@code ..}), context paths ({@code $$.}) and
 * variables ({@code $name.}).
 */
final class Paths {

  /** The intrinsic functions Step Functions knows. */
  static final Set<String> INTRINSICS = Set.of("States.Format", "States.StringToJson",
      "States.JsonToString", "States.Array", "States.ArrayPartition", "States.ArrayContains",
      "States.ArrayRange", "States.ArrayGetItem", "States.ArrayLength", "States.ArrayUnique",
      "States.Base64Encode", "States.Base64Decode", "States.Hash", "States.JsonMerge",
      "States.MathRandom", "States.MathAdd", "States.StringSplit", "States.UUID");

  private static final java.util.regex.Pattern LENGTH_INDEX =
      java.util.regex.Pattern.compile("\\[\\(@\\.length\\s*-\\s*(\\d+)\\)]");

  private static final java.util.regex.Pattern BARE_WORD = java.util.regex.Pattern.compile(
      "((?:==|!=|<=|>=|<|>)\\s*)(?!true\\b|false\\b|null\\b)([A-Za-z_][A-Za-z0-9_]*)(?=\\s*[)&|])");

  /** What a field accepts. */
  enum Kind {
    /** Any JSONPath, into the input, the context object ({@code $$}) or a variable. */
    PATH,
    /** A definite path, into the input, the context object or a variable. */
    REFERENCE,
    /** A definite path into the state's data: no variable, no context object (ResultPath). */
    RESULT
  }

  private Paths() {}

  /** Reports {@code path} (the value at {@code pointer} of {@code field}) when it is not a {@code kind}. */
  static void check(Findings findings, String pointer, String field, String path, Kind kind) {
    if (Placeholders.contains(path)) {
      return;
    }
    String query = path;
    if (path.startsWith("$$")) {
      if (kind == Kind.RESULT) {
        findings.report(Rule.PATH_VARIABLE_NOT_ALLOWED, pointer, field + " \"" + path
            + "\" points into the context object; " + field + " must be a path into the state's data");
        return;
      }
      query = path.substring(1);
    } else if (path.length() > 1 && path.startsWith("$") && isNameStart(path.charAt(1))) {
      if (kind == Kind.RESULT) {
        findings.report(Rule.PATH_VARIABLE_NOT_ALLOWED, pointer, field + " \"" + path
            + "\" refers to a variable; " + field + " must be a path into the state's data ($...)",
            "use Assign to set variables");
        return;
      }
      query = "$" + path.substring(variableEnd(path));
    } else if (!path.startsWith("$")) {
      findings.report(Rule.PATH_SYNTAX, pointer, field + " \"" + path
          + "\" is not a path: a path starts with $");
      return;
    }
    // Step Functions takes Jayway's old script index [(@.length-1)]; Jayway 3 spells it [-1].
    query = LENGTH_INDEX.matcher(query).replaceAll("[-$1]");
    // Step Functions also takes bare words in filters ([?(@.code==fr)], in deployed samples);
    // Jayway needs them quoted.
    query = BARE_WORD.matcher(query).replaceAll("$1'$2'");
    JsonPath compiled;
    try {
      compiled = JsonPath.compile(query);
    } catch (InvalidPathException | IllegalArgumentException e) {
      findings.report(Rule.PATH_SYNTAX, pointer, field + " \"" + path + "\" is not valid JSONPath: "
          + e.getMessage());
      return;
    }
    if (kind != Kind.PATH && !compiled.isDefinite()) {
      findings.report(Rule.PATH_NOT_REFERENCE, pointer, field + " \"" + path + "\" must be a"
          + " reference path, one that selects a single value: no filters, wildcards, slices or ..");
    }
  }

  /** Whether {@code text} looks like an intrinsic function call, {@code States.Name(...)}. */
  static boolean isIntrinsicCall(String text) {
    return text.startsWith("States.") && text.indexOf('(') > 0;
  }

  /**
   * Reports an intrinsic function Step Functions does not know, or a call that is not closed.
   * Arity and argument types need the intrinsic-function parser (io.statecraft.compiler.intrinsic).
   */
  static void checkIntrinsic(Findings findings, String pointer, String field, String call) {
    String name = call.substring(0, call.indexOf('(')).trim();
    if (!INTRINSICS.contains(name)) {
      findings.report(Rule.INTRINSIC_FUNCTION, pointer, field + " calls " + name
          + ", which is not an intrinsic function of Step Functions");
    } else if (!call.trim().endsWith(")")) {
      findings.report(Rule.INTRINSIC_FUNCTION, pointer, field + " \"" + call
          + "\" does not end with the closing parenthesis of " + name);
    }
  }

  private static boolean isNameStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  private static int variableEnd(String path) {
    int end = 1;
    while (end < path.length() && (Character.isLetterOrDigit(path.charAt(end))
        || path.charAt(end) == '_')) {
      end++;
    }
    return end;
  }
}
