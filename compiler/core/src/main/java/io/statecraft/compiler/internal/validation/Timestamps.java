package io.statecraft.compiler.internal.validation;

import io.statecraft.compiler.validation.Rule;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** RFC 3339 timestamps, as Choice rules and Wait states take them. */
final class Timestamps {

  private Timestamps() {}

  /** Reports {@code text} unless it is an RFC 3339 timestamp with a time zone. */
  static void check(Findings findings, String pointer, String field, String text) {
    try {
      if (!fourDigitYear(text)) {
        throw new DateTimeParseException("RFC 3339 years have four digits", text, 0);
      }
      OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      findings.report(Rule.TIMESTAMP_FORMAT, pointer, field + " \"" + text + "\" is not an RFC"
          + " 3339 timestamp", "write e.g. 2026-03-14T01:59:00Z");
    }
  }

  private static boolean fourDigitYear(String text) {
    return text.length() > 4 && text.charAt(4) == '-'
        && text.chars().limit(4).allMatch(c -> c >= '0' && c <= '9');
  }
}
