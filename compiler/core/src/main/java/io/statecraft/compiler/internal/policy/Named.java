package io.statecraft.compiler.internal.policy;

import java.util.function.UnaryOperator;

/**
 * The ARN a parameter names: the value itself when it is an ARN or a {@code ${...}} placeholder
 * (an ARN known at deploy time), else one built from the name; when it is computed at run time,
 * the widest ARN of its kind, with a warning that says which state and field widened it.
 */
final class Named {

  private Named() {}

  /**
   * @param fromName builds the ARN of a plain name
   * @param widest the ARN allowed when the value is computed
   * @param action the action, for the warning
   * @param kind what the value names, plural, for the warning ("functions")
   * @return the ARN, or null when the parameter is absent (a warning says so)
   */
  static String arn(Site site, Args.Value value, UnaryOperator<String> fromName, String widest,
      String action, String kind, String field, String fieldPointer) {
    if (value.isDynamic()) {
      site.widened(value, action, widest, kind);
      return widest;
    }
    if (value.isAbsent()) {
      site.warn(fieldPointer, "no " + field + " is given, so " + action + " is allowed on "
          + widest + ": give " + field + " to narrow it");
      return widest;
    }
    String text = value.literal();
    if (text.startsWith("arn:") || isPlaceholder(text)) {
      return text;
    }
    return fromName.apply(text);
  }

  /** Whether {@code text} is one {@code ${...}} placeholder and nothing else. */
  static boolean isPlaceholder(String text) {
    return text.startsWith("${") && text.endsWith("}") && text.indexOf('}') == text.length() - 1;
  }
}
