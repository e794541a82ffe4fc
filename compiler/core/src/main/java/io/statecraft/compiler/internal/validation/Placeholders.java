package io.statecraft.compiler.internal.validation;

/**
 * Deploy-time {@code ${...}} placeholders (SAM/CDK DefinitionSubstitutions, Terraform templates):
 * replaced before AWS reads the definition, so a value holding one is judged only on what cannot
 * change.
 */
final class Placeholders {

  private Placeholders() {}

  /** Whether {@code text} holds at least one {@code ${...}}. */
  static boolean contains(String text) {
    int start = text.indexOf("${");
    return start >= 0 && text.indexOf('}', start) > start;
  }

  /** Whether {@code text} is nothing but one placeholder, e.g. {@code ${Timeout}}. */
  static boolean isWhole(String text) {
    return text.startsWith("${") && text.endsWith("}") && text.indexOf('}') == text.length() - 1;
  }

  /** The index of a {@code ${} that is never closed, or -1. */
  static int unterminated(String text) {
    int from = 0;
    while (true) {
      int start = text.indexOf("${", from);
      if (start < 0) {
        return -1;
      }
      int end = text.indexOf('}', start);
      if (end < 0) {
        return start;
      }
      from = end + 1;
    }
  }

  /** {@code text} with every placeholder replaced by {@code stand-in}. */
  static String substitute(String text, String standIn) {
    return text.replaceAll("\\$\\{[^}]*}", standIn);
  }
}
