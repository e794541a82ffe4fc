package io.statecraft.compiler.internal.jsonata;

import com.dashjoin.jsonata.JException;
import java.util.Map;

/**
 * The checks the picture string of {@code $formatNumber} must pass before it formats anything, the
 * rules of XPath and XQuery Functions and Operators 3.1, section 4.7.3, under the codes JSONata
 * gives them. The JSONata library formats without checking, so {@code $formatNumber(1, "x")}
 * answered "x1" where AWS fails with D3086.
 */
final class NumberPicture {

  private NumberPicture() {}

  /** Throws the JSONata error for the last rule {@code picture} breaks, as JSONata reports it. */
  static void check(String picture, Map<?, ?> options) {
    Properties p = new Properties(options);
    String[] subPictures = split(picture, p.patternSeparator);
    if (subPictures.length > 2) {
      throw new JException("D3080", -1);
    }
    for (String subPicture : subPictures) {
      String code = check(subPicture, p);
      if (code != null) {
        throw new JException(code, -1);
      }
    }
  }

  private static String[] split(String picture, char separator) {
    return picture.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1);
  }

  private static String check(String sub, Properties p) {
    // The active part runs from the first to the last active character, the exponent separator
    // aside; the passive characters around it are the prefix and the suffix.
    int first = -1;
    int last = -1;
    for (int i = 0; i < sub.length(); i++) {
      if (p.isActive(sub.charAt(i)) && sub.charAt(i) != p.exponent) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    String prefix = first < 0 ? "" : sub.substring(0, first);
    String suffix = last < 0 ? "" : sub.substring(last + 1);
    String active = first < 0 ? sub : sub.substring(first, last + 1);
    String mantissa = active;
    String exponent = null;
    int exponentAt = sub.indexOf(p.exponent, prefix.length());
    if (exponentAt >= 0 && exponentAt <= sub.length() - suffix.length()) {
      int inActive = exponentAt - prefix.length();
      mantissa = active.substring(0, Math.min(inActive, active.length()));
      exponent = inActive + 1 <= active.length() ? active.substring(inActive + 1) : "";
    }
    String integer;
    String fraction;
    int decimalAt = mantissa.indexOf(p.decimal);
    if (decimalAt < 0) {
      integer = mantissa;
      fraction = suffix;
    } else {
      integer = mantissa.substring(0, decimalAt);
      fraction = mantissa.substring(decimalAt + 1);
    }

    String error = null;
    int decimal = sub.indexOf(p.decimal);
    if (decimal != sub.lastIndexOf(p.decimal)) {
      error = "D3081";
    }
    if (sub.indexOf(p.percent) != sub.lastIndexOf(p.percent)) {
      error = "D3082";
    }
    if (sub.indexOf(p.perMille) != sub.lastIndexOf(p.perMille)) {
      error = "D3083";
    }
    if (sub.indexOf(p.percent) >= 0 && sub.indexOf(p.perMille) >= 0) {
      error = "D3084";
    }
    boolean hasDigit = false;
    for (int i = 0; i < mantissa.length() && !hasDigit; i++) {
      hasDigit = p.isDecimalDigit(mantissa.charAt(i)) || mantissa.charAt(i) == p.digit;
    }
    if (!hasDigit) {
      error = "D3085";
    }
    for (int i = 0; i < active.length(); i++) {
      if (!p.isActive(active.charAt(i))) {
        error = "D3086";
        break;
      }
    }
    if (decimal >= 0) {
      if (charAt(sub, decimal - 1) == p.grouping || charAt(sub, decimal + 1) == p.grouping) {
        error = "D3087";
      }
    } else if (!integer.isEmpty() && integer.charAt(integer.length() - 1) == p.grouping) {
      error = "D3088";
    }
    if (sub.contains(String.valueOf(p.grouping) + p.grouping)) {
      error = "D3089";
    }
    int optional = integer.indexOf(p.digit);
    if (optional >= 0 && containsDecimalDigit(integer.substring(0, optional), p)) {
      error = "D3090";
    }
    optional = fraction.lastIndexOf(p.digit);
    if (optional >= 0 && containsDecimalDigit(fraction.substring(optional), p)) {
      error = "D3091";
    }
    if (exponent != null && !exponent.isEmpty()
        && (sub.indexOf(p.percent) >= 0 || sub.indexOf(p.perMille) >= 0)) {
      error = "D3092";
    }
    if (exponent != null && (exponent.isEmpty() || !onlyDecimalDigits(exponent, p))) {
      error = "D3093";
    }
    return error;
  }

  private static int charAt(String text, int index) {
    return index >= 0 && index < text.length() ? text.charAt(index) : -1;
  }

  private static boolean containsDecimalDigit(String text, Properties p) {
    for (int i = 0; i < text.length(); i++) {
      if (p.isDecimalDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean onlyDecimalDigits(String text, Properties p) {
    for (int i = 0; i < text.length(); i++) {
      if (!p.isDecimalDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The picture's special characters, as the options argument may redefine them. */
  private static final class Properties {
    final char decimal;
    final char grouping;
    final char exponent;
    final char percent;
    final char perMille;
    final char zero;
    final char digit;
    final char patternSeparator;

    Properties(Map<?, ?> options) {
      decimal = option(options, "decimal-separator", '.');
      grouping = option(options, "grouping-separator", ',');
      exponent = option(options, "exponent-separator", 'e');
      percent = option(options, "percent", '%');
      perMille = option(options, "per-mille", '\u2030');
      zero = option(options, "zero-digit", '0');
      digit = option(options, "digit", '#');
      patternSeparator = option(options, "pattern-separator", ';');
    }

    private static char option(Map<?, ?> options, String name, char standard) {
      Object value = options == null ? null : options.get(name);
      return value instanceof String text && !text.isEmpty() ? text.charAt(0) : standard;
    }

    boolean isDecimalDigit(char c) {
      return c >= zero && c < zero + 10;
    }

    /** JSONata's active characters: the digit family, the separators and the optional digit. */
    boolean isActive(char c) {
      return isDecimalDigit(c) || c == decimal || c == exponent || c == grouping || c == digit
          || c == patternSeparator;
    }
  }
}
