package io.statecraft.local.internal.items;

import tools.jackson.databind.JsonNode;

/** Placeholder until the readers land: JSON arrays only. */
public final class ItemFormats {
  private ItemFormats() {}

  public static ItemStream read(java.io.InputStream content, ReaderSettings settings,
      ObjectStore store) {
    try {
      JsonNode array = io.statecraft.local.internal.json.Values.parse(
          new String(content.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      return fromHandlerResult(array, settings, store);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public static ItemStream fromHandlerResult(JsonNode result, ReaderSettings settings,
      ObjectStore store) {
    if (!result.isArray()) {
      throw new ItemReaderFailure("Attempting to map over non-iterable node.");
    }
    java.util.Iterator<JsonNode> items = result.values().iterator();
    long max = settings.maxItems();
    return new ItemStream() {
      long n;

      @Override
      public boolean hasNext() {
        return (max == 0 || n < max) && items.hasNext();
      }

      @Override
      public JsonNode next() {
        n++;
        return items.next();
      }

      @Override
      public void close() {}
    };
  }
}
