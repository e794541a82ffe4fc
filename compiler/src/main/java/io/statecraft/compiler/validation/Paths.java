package io.statecraft.compiler.validation;

import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import io.statecraft.compiler.intrinsic.IntrinsicExpression;
import io.statecraft.compiler.intrinsic.IntrinsicFunctions;
import io.statecraft.compiler.intrinsic.IntrinsicSyntaxException;

/**
 * JSONPath checks with Jayway JsonPath, the dialect Step Functions speaks: syntax, reference paths
 * (definite: no filters, wildcards, slices or {@code ..}), context paths ({@code $$.}) and
 * variables ({@code $name.}).
 */
final class Paths {

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
    if (kind != Kind.PATH && (!compiled.isDefinite() || query.endsWith(")"))) {
      findings.report(Rule.PATH_NOT_REFERENCE, pointer, field + " \"" + path + "\" must be a"
          + " reference path, one that selects a single value: no filters, wildcards, slices, .. or"
          + " functions");
    }
  }

  /** Whether {@code text} is an intrinsic function call, {@code States.Name(...)}. */
  static boolean isIntrinsicCall(String text) {
    return IntrinsicFunctions.isIntrinsic(text);
  }

  /**
   * Reports what makes an intrinsic function call fail: bad syntax, an unknown name, the wrong
   * number or type of arguments (parsed by {@link IntrinsicFunctions}); and its path arguments.
   */
  static void checkIntrinsic(Findings findings, String pointer, String field, String call) {
    // A deploy-time placeholder inside a string argument ('s3://${Bucket}/{}') would read as a
    // brace of States.Format; judge the call with a plain stand-in.
    boolean placeholders = Placeholders.contains(call);
    IntrinsicExpression expression;
    try {
      expression = IntrinsicFunctions.parse(placeholders ? Placeholders.substitute(call, "x") : call);
    } catch (IntrinsicSyntaxException e) {
      if (placeholders) {
        return; // a placeholder standing for a whole argument: only the deployed text can tell
      }
      findings.report(Rule.INTRINSIC_FUNCTION, pointer, field + " is not a valid intrinsic"
          + " function call: " + e.getMessage());
      return;
    }
    for (String problem : expression.problems()) {
      findings.report(Rule.INTRINSIC_FUNCTION, pointer, field + ": " + problem);
    }
    for (String path : expression.paths()) {
      check(findings, pointer, field, path, Kind.PATH);
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
