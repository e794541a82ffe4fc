package io.statecraft.compiler.internal.validation;

import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import io.statecraft.compiler.internal.intrinsic.IntrinsicExpression;
import io.statecraft.compiler.internal.intrinsic.IntrinsicFunctions;
import io.statecraft.compiler.internal.intrinsic.IntrinsicSyntaxException;
import io.statecraft.compiler.validation.Rule;
import java.util.regex.Pattern;

/**
 * JSONPath checks with Jayway JsonPath, the dialect Step Functions speaks: syntax, reference paths
 * (definite: no filters, wildcards, slices or {@code ..}), context paths ({@code $$.}) and
 * variables ({@code $name.}).
 */
final class Paths {

  /** Jayway's old script index {@code [(@.length-1)]}, which Step Functions still takes. */
  private static final Pattern LENGTH_INDEX =
      Pattern.compile("\\[\\(@\\.length\\s*-\\s*(\\d+)\\)]");

  /** A bare word compared in a filter, {@code [?(@.code==fr)]}, which Jayway needs quoted. */
  private static final Pattern BARE_WORD = Pattern.compile(
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

  /** Reports {@code path}, the value of {@code field} at {@code pointer}, unless it is a {@code kind}. */
  static void check(Findings findings, String pointer, String field, String path, Kind kind) {
    if (Placeholders.contains(path)) {
      return;
    }
    String query = query(findings, pointer, field, path, kind);
    if (query == null) {
      return;
    }
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

  /**
   * The JSONPath Jayway should compile for {@code path}: a context path or variable turned into
   * a path from {@code $}, with Step Functions' leniencies spelled Jayway's way; or null when
   * {@code path} is already reported.
   */
  private static String query(Findings findings, String pointer, String field, String path,
      Kind kind) {
    boolean context = path.startsWith("$$");
    boolean variable = !context && path.length() > 1 && path.startsWith("$")
        && isNameStart(path.charAt(1));
    if ((context || variable) && kind == Kind.RESULT) {
      findings.report(Rule.PATH_VARIABLE_NOT_ALLOWED, pointer, field + " \"" + path + "\" "
          + (context ? "points into the context object" : "refers to a variable") + "; " + field
          + " must be a path into the state's data ($...)", variable ? "use Assign to set variables"
          : null);
      return null;
    }
    if (!path.startsWith("$")) {
      findings.report(Rule.PATH_SYNTAX, pointer, field + " \"" + path
          + "\" is not a path: a path starts with $");
      return null;
    }
    String query = context ? path.substring(1) : variable ? "$" + path.substring(variableEnd(path))
        : path;
    // Step Functions takes Jayway's old script index [(@.length-1)]; Jayway 3 spells it [-1].
    query = LENGTH_INDEX.matcher(query).replaceAll("[-$1]");
    // Step Functions also takes bare words in filters ([?(@.code==fr)], in deployed samples).
    return BARE_WORD.matcher(query).replaceAll("$1'$2'");
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
