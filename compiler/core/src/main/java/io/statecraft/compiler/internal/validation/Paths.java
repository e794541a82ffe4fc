package io.statecraft.compiler.internal.validation;

import io.statecraft.compiler.internal.intrinsic.IntrinsicExpression;
import io.statecraft.compiler.internal.intrinsic.IntrinsicFunctions;
import io.statecraft.compiler.internal.intrinsic.IntrinsicSyntaxException;
import io.statecraft.compiler.internal.jsonpath.AslPath;
import io.statecraft.compiler.internal.jsonpath.PathSyntaxException;
import io.statecraft.compiler.validation.Rule;

/**
 * JSONPath checks, by the parser the runtime compiles paths with ({@link AslPath}): syntax,
 * reference paths (fields and indexes only), context paths ({@code $$.}) and variables
 * ({@code $name.}).
 */
final class Paths {

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
    if (Placeholders.contains(path) || !hasRightRoot(findings, pointer, field, path, kind)) {
      return;
    }
    AslPath parsed;
    try {
      parsed = AslPath.parse(path);
    } catch (PathSyntaxException e) {
      findings.report(Rule.PATH_SYNTAX, pointer, field + " \"" + path + "\" is not valid JSONPath: "
          + e.reason());
      return;
    }
    if (kind != Kind.PATH && !parsed.isReference()) {
      findings.report(Rule.PATH_NOT_REFERENCE, pointer, field + " \"" + path + "\" must be a"
          + " reference path, one that selects a single value: no filters, wildcards, slices, .. or"
          + " functions");
    }
  }

  /**
   * Whether {@code path} reads what {@code kind} may read; reports it when not: a ResultPath
   * writes into the state's data, never the context object or a variable.
   */
  private static boolean hasRightRoot(Findings findings, String pointer, String field,
      String path, Kind kind) {
    AslPath.Root root = AslPath.rootOf(path);
    if (root == null) {
      findings.report(Rule.PATH_SYNTAX, pointer, field + " \"" + path
          + "\" is not a path: a path starts with $");
      return false;
    }
    if (kind == Kind.RESULT && root != AslPath.Root.INPUT) {
      boolean variable = root == AslPath.Root.VARIABLE;
      findings.report(Rule.PATH_VARIABLE_NOT_ALLOWED, pointer, field + " \"" + path + "\" "
          + (variable ? "refers to a variable" : "points into the context object") + "; " + field
          + " must be a path into the state's data ($...)", variable ? "use Assign to set variables"
          : null);
      return false;
    }
    return true;
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
}
