package io.statecraft.local.internal.items;

import io.statecraft.local.internal.json.Values;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The values of JSON Lines text, one per line. Blank lines (a trailing newline, say) are skipped;
 * a line that is not JSON fails the read, naming the line.
 */
final class JsonLinesItems extends ItemSource {
  private final BufferedReader lines;
  private long lineNumber;

  JsonLinesItems(InputStream content) {
    this.lines = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8));
  }

  @Override
  protected JsonNode readNext() throws IOException {
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      lineNumber++;
      if (!line.isBlank()) {
        return parse(line);
      }
    }
    return null;
  }

  private JsonNode parse(String line) {
    try {
      return Values.MAPPER.readTree(line);
    } catch (JacksonException e) {
      throw new ItemReaderFailure(
          "Line " + lineNumber + " of the JSON Lines input is not JSON: " + e.getOriginalMessage());
    }
  }

  @Override
  public void close() {
    closeQuietly(lines);
  }
}
