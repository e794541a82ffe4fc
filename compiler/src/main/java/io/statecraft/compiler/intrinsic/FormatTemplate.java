package io.statecraft.compiler.intrinsic;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The template of a States.Format call split at its {@code {}} placeholders. In a string literal
 * {@code \{} and {@code \}} are literal braces; any other brace that is not part of {@code {}}
 * makes the template malformed, which AWS accepts at deploy time and fails on at run time.
 */
final class FormatTemplate {

  private final List<String> pieces;
  private final String malformation;

  private FormatTemplate(List<String> pieces, String malformation) {
    this.pieces = List.copyOf(pieces);
    this.malformation = malformation;
  }

  /** The template of a string literal, {@code raw} being the text between its quotes. */
  static FormatTemplate ofLiteral(String raw) {
    return split(raw, true);
  }

  /** The template of a string value read from a path or returned by a nested call. */
  static FormatTemplate ofValue(String value) {
    return split(value, false);
  }

  private static FormatTemplate split(String text, boolean escapes) {
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (escapes && c == '\\' && i + 1 < text.length()) {
        piece.append(text.charAt(++i));
      } else if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
        pieces.add(piece.toString());
        piece.setLength(0);
        i++;
      } else if (c == '{' || c == '}') {
        return new FormatTemplate(List.of(), "the template has a '" + c + "' at character " + i
            + " that is not part of a {} placeholder" + (escapes ? " (escape it as \\" + c + ")" : ""));
      } else {
        piece.append(c);
      }
    }
    pieces.add(piece.toString());
    return new FormatTemplate(pieces, null);
  }

  /** Why the template is malformed, or null when it is well formed. */
  String malformation() {
    return malformation;
  }

  /** How many {@code {}} placeholders the template has. */
  int placeholders() {
    return pieces.size() - 1;
  }

  /** The template with each placeholder replaced by the rendering of the matching value. */
  String fill(List<JsonNode> values) {
    StringBuilder out = new StringBuilder(64);
    out.append(pieces.get(0));
    for (int i = 1; i < pieces.size(); i++) {
      Values.render(values.get(i - 1), out);
      out.append(pieces.get(i));
    }
    return out.toString();
  }
}
