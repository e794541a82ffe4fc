package io.statecraft.emulator.internal.console;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import tools.jackson.databind.JsonNode;

/**
 * The pieces every console page is made of: escaping, links, dates, status badges and the page
 * frame. Every text that comes from a user (names, inputs, outputs, causes, ARNs) goes through
 * {@link #text(String)} or {@link #link(String, String...)}.
 */
final class Html {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'").withZone(ZoneOffset.UTC);

  private static final String CSS = """
      body{margin:0;font:14px/1.45 Helvetica,Arial,sans-serif;color:#16191f;background:#f2f3f3}
      header{background:#232f3e;color:#fff;padding:12px 20px}
      header h1{font-size:18px;margin:0 0 4px}
      header a{color:#fff}
      header .crumb{font-size:12px;color:#d5dbdb}
      main{padding:16px 20px}
      h2{font-size:16px;margin:16px 0 8px}
      a{color:#0972d3}
      table{border-collapse:collapse;width:100%;background:#fff;font-size:13px;border:1px solid #d5dbdb}
      th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #eaeded;vertical-align:top}
      th{background:#fafafa}
      .status{display:inline-block;padding:1px 8px;border-radius:10px;font-weight:bold;font-size:12px;color:#fff;background:#687078}
      .status.SUCCEEDED,.status.ACTIVE{background:#1d8102}
      .status.FAILED,.status.TIMED_OUT{background:#d13212}
      .status.RUNNING{background:#0972d3}.status.PENDING_REDRIVE{background:#8d6605}
      .filters{margin:0 0 8px}.filters a,.filters strong{margin-right:10px}
      .hint{color:#687078}
      .fields{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0}
      .fields dt{color:#414d5c}.fields dd{margin:0}
      pre{background:#fff;border:1px solid #eaeded;padding:8px;margin:0 0 8px;overflow:auto;font-size:12px;max-height:240px;white-space:pre-wrap}
      iframe.report{width:100%;min-height:480px;border:1px solid #d5dbdb;border-radius:6px;background:#fff}
      """;

  private Html() {}

  /** {@code value} as HTML text or attribute value: nothing in it is markup. Null is empty. */
  static String text(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * An {@code href} value (escaped for an attribute): {@code path} with the query parameters
   * given as name, value pairs; a null value leaves its parameter out.
   */
  static String link(String path, String... params) {
    StringBuilder out = new StringBuilder(path);
    char separator = '?';
    for (int i = 0; i + 1 < params.length; i += 2) {
      if (params[i + 1] != null) {
        out.append(separator).append(params[i]).append('=')
            .append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        separator = '&';
      }
    }
    return text(out.toString());
  }

  /** {@code <a href=...>label</a>}, the label escaped. */
  static String anchor(String href, String label) {
    return "<a href=\"" + href + "\">" + text(label) + "</a>";
  }

  /** A date of the API (epoch seconds) as a UTC time, or empty when absent. */
  static String date(JsonNode seconds) {
    if (seconds == null || !seconds.isNumber()) {
      return "";
    }
    Instant at = Instant.ofEpochMilli(millis(seconds));
    return "<time datetime=\"" + at + "\">" + DATE.format(at) + "</time>";
  }

  /** A date of the API (epoch seconds) as plain UTC text. */
  static String dateText(JsonNode seconds) {
    return DATE.format(Instant.ofEpochMilli(millis(seconds)));
  }

  /** Epoch milliseconds of an API date, 0 when absent: for sorting. */
  static long millis(JsonNode seconds) {
    return seconds == null || !seconds.isNumber() ? 0
        : seconds.decimalValue().multiply(BigDecimal.valueOf(1000)).longValue();
  }

  /** A status badge; {@code id} names it for scripts, or null. */
  static String status(String status, String id) {
    return "<span class=\"status " + text(status) + "\"" + (id == null ? "" : " id=\"" + id + "\"")
        + ">" + text(status) + "</span>";
  }

  /** A whole page: {@code title} (text), the header's {@code heading} and {@code body} (HTML). */
  static String page(String title, String heading, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + text(title) + " · Statecraft emulator</title>\n<style>\n" + CSS
        + "</style>\n</head>\n<body>\n<header><div class=\"crumb\">" + anchor("/",
            "Statecraft · Step Functions emulator") + "</div>\n" + heading + "</header>\n<main>\n"
        + body + "</main>\n</body>\n</html>\n";
  }
}
