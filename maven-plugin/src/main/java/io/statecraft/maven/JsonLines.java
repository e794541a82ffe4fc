package io.statecraft.maven;

import io.statecraft.asl.internal.JsonMappers;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;

/**
 * The line of each JSON pointer in a JSON text, so that a diagnostic of an {@code *.asl.json}
 * file reads {@code orders.asl.json:12: /States/Pay/Next: ...} and build output links to the line.
 *
 * <pre>{@code
 * int line = JsonLines.of(text).line("/States/Pay/Next");   // the line of "Next", or of Pay
 * }</pre>
 */
final class JsonLines {

  private final Map<String, Integer> lines;

  private JsonLines(Map<String, Integer> lines) {
    this.lines = lines;
  }

  /** The lines of every member and element of {@code text}; none when it is not JSON. */
  static JsonLines of(String text) {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = JsonMappers.STANDARD.createParser(text)) {
      while (parser.nextToken() != null) {
        lines.putIfAbsent(parser.streamReadContext().pathAsPointer().toString(),
            parser.currentTokenLocation().getLineNr());
      }
    } catch (JacksonException e) {
      // Malformed JSON: the validator's diagnostic already names the line.
    }
    return new JsonLines(lines);
  }

  /**
   * The line where {@code pointer} is written; for a member that is missing (a required field),
   * the line of the nearest enclosing one; 1 when nothing of it is there.
   */
  int line(String pointer) {
    String path = pointer;
    while (!path.isEmpty()) {
      Integer line = lines.get(path);
      if (line != null) {
        return line;
      }
      path = path.substring(0, path.lastIndexOf('/'));
    }
    return 1;
  }
}
