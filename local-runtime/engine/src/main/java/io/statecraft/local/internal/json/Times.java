package io.statecraft.local.internal.json;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Timestamps as AWS writes and reads them. */
public final class Times {

  /** AWS writes context-object times with milliseconds: {@code 2024-05-01T12:00:00.000Z}. */
  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Times() {}

  public static String iso(long epochMillis) {
    return MILLIS.format(Instant.ofEpochMilli(epochMillis));
  }

  /**
   * Epoch millis of an ISO-8601 extended offset date-time ({@code 2016-03-14T01:59:00Z}, with
   * optional fraction and a numeric offset), or null when {@code text} is not one.
   */
  public static Long parse(String text) {
    if (!fourDigitYear(text)) {
      // RFC 3339 years have four digits; a year such as +999999999 overflows epoch millis.
      return null;
    }
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant()
          .toEpochMilli();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Whether {@code text} starts with a year of exactly four digits, as RFC 3339 writes it. */
  public static boolean fourDigitYear(String text) {
    if (text.length() < 5 || text.charAt(4) != '-') {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
