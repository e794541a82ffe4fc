package io.statecraft.compiler.internal.sarif;

import io.statecraft.asl.internal.JsonMappers;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * Where each JSON pointer of a document starts in its text, as 1-based line and column: a member at
 * its name ({@code "Next"} of {@code /States/Charge/Next}), an array element at its value. The
 * reader works on trees without locations, so a report that points into the file reads the text
 * once more with a streaming parser.
 *
 * <pre>{@code
 * JsonLocations at = JsonLocations.of(text);
 * JsonLocations.Position where = at.find("/States/Charge/Next");   // line 7, column 7
 * }</pre>
 */
public final class JsonLocations {

  /** A 1-based line and column (columns count UTF-16 code units, as SARIF's default does). */
  public record Position(int line, int column) {}

  private final Map<String, Position> starts;
  private final Position syntaxError;

  private JsonLocations(Map<String, Position> starts, Position syntaxError) {
    this.starts = starts;
    this.syntaxError = syntaxError;
  }

  /** The positions of every pointer of {@code text}; text that is not JSON keeps those before the fault. */
  public static JsonLocations of(String text) {
    Map<String, Position> starts = new HashMap<>();
    Position fault = null;
    try (JsonParser parser = JsonMappers.STANDARD.createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        TokenStreamContext context = parser.streamReadContext();
        // A container's own context is the one it opens; its pointer is its parent's.
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          context = context.getParent();
        }
        // A member is located at its name; the name token comes first, so the value does not win.
        starts.putIfAbsent(context.pathAsPointer().toString(), position(parser.currentTokenLocation()));
      }
    } catch (JacksonException e) {
      fault = e.getLocation() == null ? new Position(1, 1) : position(e.getLocation());
    }
    return new JsonLocations(Map.copyOf(starts), fault);
  }

  /**
   * Where {@code pointer} starts; for a pointer the text lacks (a missing field), where its nearest
   * existing parent starts. The document's start when nothing matches.
   */
  public Position find(String pointer) {
    String at = pointer;
    while (true) {
      Position found = starts.get(at);
      if (found != null) {
        return found;
      }
      if (at.isEmpty()) {
        return syntaxError != null ? syntaxError : new Position(1, 1);
      }
      at = at.substring(0, at.lastIndexOf('/'));
    }
  }

  /** Where the text stops being JSON, or {@code null} when it is JSON. */
  public Position syntaxError() {
    return syntaxError;
  }

  private static Position position(TokenStreamLocation location) {
    return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }
}
