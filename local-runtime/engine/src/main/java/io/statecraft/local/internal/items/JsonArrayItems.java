package io.statecraft.local.internal.items;

import io.statecraft.local.internal.json.Values;
import java.io.InputStream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/** The elements of a JSON array, parsed one at a time from the stream. */
final class JsonArrayItems extends ItemSource {
  /** Recorded against AWS for a JSON object whose top level is not an array. */
  static final String NOT_ITERABLE = "Attempting to map over non-iterable node.";

  /** Reads one element at a time, so the elements after it are not trailing tokens. */
  private static final ObjectReader ELEMENT =
      Values.MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final JsonParser parser;
  private boolean started;

  JsonArrayItems(InputStream content) {
    this.parser = Values.MAPPER.createParser(content);
  }

  @Override
  protected JsonNode readNext() {
    if (!started) {
      started = true;
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new ItemReaderFailure(NOT_ITERABLE);
      }
    }
    JsonToken token = parser.nextToken();
    if (token == null || token == JsonToken.END_ARRAY) {
      return null;
    }
    return ELEMENT.readTree(parser);
  }

  @Override
  public void close() {
    closeQuietly(parser);
  }
}
