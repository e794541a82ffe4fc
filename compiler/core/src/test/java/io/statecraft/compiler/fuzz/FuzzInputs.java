package io.statecraft.compiler.fuzz;

import io.statecraft.asl.diagnostic.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the fuzz targets share: the text of an input, the filter that keeps them off deeply nested
 * input (whose stack depth is bounded elsewhere, by the parsers' own limits), and the check that a
 * diagnostic names its place.
 *
 * <pre>{@code
 * String text = FuzzInputs.text(bytes);
 * if (FuzzInputs.tooDeep(text)) return;
 * diagnostics.forEach(FuzzInputs::assertLocated);
 * }</pre>
 */
public final class FuzzInputs {

  /**
   * The deepest nesting of brackets the targets feed on. Deeper input (thousands of levels) is the
   * subject of the parsers' depth limits, with tests of their own; here it would only find the
   * same stack overflow again and again.
   */
  public static final int MAX_NESTING = 64;

  /** An RFC 6901 pointer: empty, or '/'-led segments in which '~' is always escaped. */
  private static final Pattern POINTER = Pattern.compile("(/([^~/]|~[01])*)*");

  private FuzzInputs() {}

  /** The input as UTF-8 text (malformed bytes become U+FFFD, as a JSON reader would see them). */
  public static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Whether the text nests brackets or parentheses deeper than {@link #MAX_NESTING}. */
  public static boolean tooDeep(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' || c == '[' || c == '(') {
        if (++depth > MAX_NESTING) {
          return true;
        }
      } else if ((c == '}' || c == ']' || c == ')') && depth > 0) {
        depth--;
      }
    }
    return false;
  }

  /** Fails unless every diagnostic carries a well-formed JSON pointer, a code and a message. */
  public static void assertLocated(List<Diagnostic> diagnostics, String input) {
    for (Diagnostic diagnostic : diagnostics) {
      if (!POINTER.matcher(diagnostic.pointer()).matches() || diagnostic.code().isBlank()
          || diagnostic.message() == null || diagnostic.message().isBlank()) {
        throw new AssertionError("a diagnostic without a place, code or message: " + diagnostic
            + "\n  for the input: " + shown(input));
      }
    }
  }

  /** The input for a failure message, cut to a readable length. */
  public static String shown(String input) {
    return input.length() > 500 ? input.substring(0, 500) + "..." : input;
  }
}
