package io.statecraft.compiler.internal.intrinsic;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The template of a States.Format call split at its {@code {}} placeholders. In a string literal
 * {@code \{} and {@code \}} are literal braces, and {@code ${Name}} deploy-time placeholders are
 * text; any other brace that is not part of {@code {}} makes the template malformed, which AWS
 * accepts at deploy time and fails on at run time.
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
      int placeholderEnd = c == '$' ? deployTimePlaceholderEnd(text, i) : -1;
      if (placeholderEnd > 0) {
        piece.append(text, i, placeholderEnd);
        i = placeholderEnd - 1;
      } else if (escapes && c == '\\' && i + 1 < text.length()) {
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

  /**
   * Where a {@code ${Name}} deploy-time placeholder starting at {@code start} ends (exclusive), or
   * -1. CloudFormation, SAM and CDK replace these before AWS sees the template, so their braces
   * are not placeholders of States.Format; left unreplaced they stay as written.
   */
  private static int deployTimePlaceholderEnd(String text, int start) {
    if (start + 2 >= text.length() || text.charAt(start + 1) != '{') {
      return -1;
    }
    for (int i = start + 2; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '}') {
        return i > start + 2 ? i + 1 : -1;
      }
      if (c == '{' || c == '\\' || c == '\'') {
        return -1;
      }
    }
    return -1;
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
