package io.statecraft.compiler.internal.common;

import io.statecraft.asl.internal.JsonMappers;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;

/**
 * JSON text in and out, the way ASL needs it: numbers keep how they were written ({@code 2.0} stays
 * {@code 2.0}, so BackoffRate reads back unchanged), duplicate keys are refused (AWS refuses them
 * too, and a silently dropped duplicate would lose a state), and output is one canonical layout.
 *
 * <pre>{@code
 * String canonical = JsonText.pretty(JsonText.parse("{\"a\":[1,2.50]}"));   // {\n  "a": [\n    1, ...
 * }</pre>
 */
public final class JsonText {

  private JsonText() {}

  /** Parses {@code text}, or explains where and why it is not JSON. */
  public static JsonNode parse(String text) throws MalformedJson {
    JsonNode document;
    try {
      document = JsonMappers.STRICT.readTree(text);
    } catch (StreamConstraintsException e) {
      throw new MalformedJson(reason(e));
    } catch (StreamReadException e) {
      var location = e.getLocation();
      String where = location == null
          ? ""
          : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
      throw new MalformedJson("malformed JSON" + where + ": " + reason(e));
    } catch (JacksonException e) {
      throw new MalformedJson("malformed JSON: " + reason(e));
    }
    if (document == null || document.isMissingNode()) {
      throw new MalformedJson(text.isEmpty() ? "the text is empty: no JSON value"
          : "the text holds only white space: no JSON value");
    }
    return document;
  }

  /**
   * The most levels of arrays and objects JSON text may nest, here as everywhere Statecraft reads
   * or writes JSON: Jackson's default, which AWS does not document one of its own against.
   */
  public static final int MAX_DEPTH = 500;

  /**
   * Why Jackson refused a text, in one line and in this project's words for its size limits
   * (Jackson names its own setting: {@code from StreamReadConstraints.getMaxNestingDepth()}).
   */
  public static String reason(JacksonException e) {
    String message = firstLine(e.getOriginalMessage());
    if (!(e instanceof StreamConstraintsException)) {
      return withoutJacksonTerms(message);
    }
    if (message.startsWith("Document nesting depth")) {
      return "the JSON nests arrays and objects more than " + MAX_DEPTH + " levels deep, the most"
          + " Statecraft reads";
    }
    return message.replaceAll(", from `[^`]*`", "");
  }

  /**
   * {@code message} without what only a Jackson programmer can act on: the features that would
   * allow comments, {@code NaN} or text after the value, and where a source that is never shown
   * was ("[Source: REDACTED ...]"). The rest of the message already says what is wrong.
   */
  private static String withoutJacksonTerms(String message) {
    if (message.startsWith("Trailing token")) {
      return "more text after the JSON value, which must be the only one";
    }
    if (message.contains("(code 65279 / 0xfeff)")) {
      return "a byte order mark (U+FEFF) where a JSON value must start; save the text without it";
    }
    return message
        .replaceAll(" \\(start marker at \\[Source: [^\\]]*\\]\\)", "")
        .replaceAll(" \\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)",
            "")
        .replaceAll(": enable `[A-Za-z.]+Feature\\.[A-Z_]+` to allow", ": JSON does not allow it");
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable input";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /**
   * The canonical layout: two-space indent, {@code "key": value}, one array element per line,
   * {@code []} and {@code {}} when empty, a newline at the end. Written by hand because Jackson's
   * pretty printer puts a space before colons and inside empty brackets, and its line separator
   * follows the platform; canonical output must be byte-identical everywhere.
   */
  public static String pretty(JsonNode node) {
    StringBuilder out = new StringBuilder(256);
    write(node, 0, out);
    return out.append('\n').toString();
  }

  private static void write(JsonNode node, int depth, StringBuilder out) {
    if (node.isObject()) {
      if (node.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append('{');
      String separator = "\n";
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        out.append(separator);
        indent(depth + 1, out);
        out.append(JsonMappers.STANDARD.writeValueAsString(field.getKey())).append(": ");
        write(field.getValue(), depth + 1, out);
        separator = ",\n";
      }
      out.append('\n');
      indent(depth, out);
      out.append('}');
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append('[');
      String separator = "\n";
      for (JsonNode element : node.values()) {
        out.append(separator);
        indent(depth + 1, out);
        write(element, depth + 1, out);
        separator = ",\n";
      }
      out.append('\n');
      indent(depth, out);
      out.append(']');
    } else {
      out.append(JsonMappers.STANDARD.writeValueAsString(node));
    }
  }

  private static void indent(int depth, StringBuilder out) {
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }

  /** Input that is not JSON at all; the message says where. */
  public static final class MalformedJson extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedJson(String message) {
      super(message);
    }
  }
}
