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
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant()
          .toEpochMilli();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
