package io.statecraft.importer.internal;

import com.palantir.javapoet.CodeBlock;

/**
 * A generous estimate of the bytecode javac makes of generated code, to keep every method far
 * below its 64 KiB limit ("code too large"). Calls and arguments cost bytes; the text inside a
 * literal costs none (one constant, loaded by one instruction), so a payload in a text block
 * weighs as little as it compiles to.
 *
 * <pre>{@code
 * int bytes = Bytecode.estimate(CodeBlock.of("task($S, $L)", "Charge", integration));
 * }</pre>
 */
final class Bytecode {

  /** An invocation with its receiver and result handling, counted once per opening parenthesis. */
  private static final int CALL = 6;
  /** One more argument: a load, and for varargs the array store around it. */
  private static final int ARGUMENT = 5;
  /** A string constant: one {@code ldc_w}. */
  private static final int CONSTANT = 3;

  private Bytecode() {}

  static int estimate(CodeBlock code) {
    String text = code.toString();
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        i = text.startsWith("\"\"\"", i) ? skip(text, i + 3, "\"\"\"") : skip(text, i + 1, "\"");
        bytes += CONSTANT;
      } else if (c == '(') {
        bytes += CALL;
      } else if (c == ',') {
        bytes += ARGUMENT;
      }
    }
    return bytes;
  }

  /** The index of the last character of {@code close}, the first one after {@code from}. */
  private static int skip(String text, int from, String close) {
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == '\\') {
        i++;
      } else if (text.startsWith(close, i)) {
        return i + close.length() - 1;
      }
    }
    return text.length();
  }
}
