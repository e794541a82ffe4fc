package io.statecraft.diagrams.internal;

/**
 * Text widths without a font: each character counts a fixed fraction of the font size, by class
 * (narrow like {@code i l .}, wide like {@code m W}, capitals, digits, the rest), taken from
 * Helvetica/Arial-like metrics and rounded up. Nothing depends on the fonts of the machine that
 * draws, so the same definition gives the same bytes everywhere; the estimates err wide, so text
 * fits in any common sans-serif font.
 */
final class TextMetrics {

  /** Font size of state names. */
  static final double NAME_SIZE = 13;
  /** Font size of detail lines, edge labels and cluster details. */
  static final double SMALL_SIZE = 11;

  private TextMetrics() {}

  /** Width of {@code text} at {@code size} px; bold text is 8 % wider. */
  static double width(String text, double size, boolean bold) {
    double ems = 0;
    for (int i = 0; i < text.length(); i++) {
      ems += em(text.charAt(i));
    }
    return Math.ceil(ems * size * (bold ? 1.08 : 1.0));
  }

  private static double em(char c) {
    if ("iljI.,:;'|!".indexOf(c) >= 0) {
      return 0.30;
    }
    if ("frt()[]{}- /\\\"*".indexOf(c) >= 0) {
      return 0.40;
    }
    if ("mwMW@%".indexOf(c) >= 0) {
      return 0.92;
    }
    if (Character.isUpperCase(c) || "#&~<>=+?$".indexOf(c) >= 0) {
      return 0.70;
    }
    if (c >= 0x2E80) {
      return 1.0;
    }
    return 0.58;
  }
}
