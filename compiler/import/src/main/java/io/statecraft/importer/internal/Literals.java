package io.statecraft.importer.internal;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Java literals for any text a definition holds. JavaPoet's {@code $S} writes line and paragraph
 * separators, unpaired surrogates and format characters as they are, and its writer breaks lines
 * at some of them, so the source either does not compile or no longer says the same string once
 * saved as UTF-8. Here every such character is a {@code \}{@code uXXXX} escape. A text over
 * javac's limit for one constant (65,535 bytes of modified UTF-8, and fewer than 65,535
 * characters) is joined at run time from pieces under it, since javac folds {@code "a" + "b"}
 * into one constant.
 *
 * <pre>{@code
 * CodeBlock call = Literals.code("comment($S)", "line\u2028break");  // comment("line\u2028break")
 * }</pre>
 */
final class Literals {

  /** The indentation of the generated source, which continuation lines of a literal double. */
  static final String INDENT = "  ";

  /**
   * The most bytes of modified UTF-8 in one string constant: a class file allows 65,535, and
   * javac also refuses a constant of 65,535 characters or more, which this keeps below too.
   */
  static final int MAX_CONSTANT_BYTES = 65_534;

  private Literals() {}

  /**
   * {@link CodeBlock#of} with every {@code $S} argument written by {@link #string}: the importer's
   * one way to put text into the source.
   */
  static CodeBlock code(String format, Object... args) {
    StringBuilder rewritten = new StringBuilder(format.length());
    Object[] values = args.clone();
    int next = 0;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c != '$' || i + 1 == format.length()) {
        rewritten.append(c);
        continue;
      }
      char kind = format.charAt(++i);
      if (kind == 'S') {
        Object value = values[next];
        values[next++] = value == null ? CodeBlock.of("null") : string(value.toString());
        rewritten.append("$L");
      } else {
        rewritten.append('$').append(kind);
        if (kind == 'L' || kind == 'T' || kind == 'N') {
          next++;
        }
      }
    }
    return CodeBlock.of(rewritten.toString(), values);
  }

  /**
   * A string literal as JavaPoet writes it (a line break continues on a new line with
   * {@code + "}), with unsafe characters escaped; {@code String.join("", ...)} of such literals
   * when the text is over javac's constant limit.
   */
  static CodeBlock string(String text) {
    List<String> pieces = pieces(text);
    if (pieces.size() == 1) {
      return CodeBlock.of("$L", quoted(text));
    }
    CodeBlock.Builder join = CodeBlock.builder().add("String.join(\"\"");
    for (String piece : pieces) {
      join.add(",\n$>$>$L$<$<", quoted(piece));
    }
    return join.add(")").build();
  }

  /**
   * {@code text} (lines of JSON) as a text block when it is short enough and every character can
   * stand in one as it is, else as {@link #string}.
   */
  static CodeBlock textBlock(String text) {
    if (pieces(text).size() > 1
        || text.codePoints().anyMatch(c -> c != '\n' && unsafe(c))) {
      return string(text);
    }
    String escaped = text.replace("\\", "\\\\").replace("\"\"\"", "\"\"\\\"");
    // The closing delimiter right after the last line keeps the string free of a final newline.
    return CodeBlock.of("$L", "\"\"\"\n" + escaped + "\"\"\"");
  }

  /** {@code text} cut into pieces of at most {@link #MAX_CONSTANT_BYTES}, never inside a pair. */
  static List<String> pieces(String text) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int size = c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
      boolean pairEnd = Character.isLowSurrogate(c) && i > start
          && Character.isHighSurrogate(text.charAt(i - 1));
      if (bytes + size > MAX_CONSTANT_BYTES) {
        int cut = pairEnd ? i - 1 : i;
        pieces.add(text.substring(start, cut));
        bytes = cut < i ? 3 : 0;
        start = cut;
      }
      bytes += size;
    }
    pieces.add(text.substring(start));
    return pieces;
  }

  /** A double-quoted literal; a line break inside ends the line and the next starts with +. */
  private static String quoted(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        int codePoint = Character.toCodePoint(c, value.charAt(i + 1));
        if (unsafe(codePoint)) {
          out.append(unicodeEscape(c)).append(unicodeEscape(value.charAt(i + 1)));
        } else {
          out.append(c).append(value.charAt(i + 1));
        }
        i++;
        continue;
      }
      out.append(escape(c));
      if (c == '\n' && i + 1 < value.length()) {
        out.append("\"\n").append(INDENT).append(INDENT).append("+ \"");
      }
    }
    return out.append('"').toString();
  }

  private static String escape(char c) {
    return switch (c) {
      case '\b' -> "\\b";
      case '\t' -> "\\t";
      case '\n' -> "\\n";
      case '\f' -> "\\f";
      case '\r' -> "\\r";
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      default -> unsafe(c) ? unicodeEscape(c) : String.valueOf(c);
    };
  }

  /**
   * A Unicode escape: javac turns it back into the character before it reads the literal, so it
   * is only used for characters that are not line terminators, quotes or backslashes.
   */
  private static String unicodeEscape(char c) {
    return String.format("\\u%04x", (int) c);
  }

  /**
   * Characters that would break the source or hide in it: controls, line and paragraph
   * separators, spaces other than ' ', format characters (such as bidirectional overrides),
   * unpaired surrogates and noncharacters.
   */
  static boolean unsafe(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.CONTROL || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.SURROGATE
        || type == Character.SPACE_SEPARATOR && codePoint != ' '
        || (codePoint & 0xFFFE) == 0xFFFE || codePoint >= 0xFDD0 && codePoint <= 0xFDEF;
  }
}
