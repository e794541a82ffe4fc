package io.statecraft.local.internal.items;

import io.statecraft.local.internal.json.Values;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Test helpers: reading content to a list, and items as compact JSON text. */
final class Items {
  private Items() {}

  static List<JsonNode> read(String content, ReaderSettings settings) {
    return read(content, settings, null);
  }

  static List<JsonNode> read(String content, ReaderSettings settings, ObjectStore store) {
    return drain(ItemFormats.read(
        new ByteArrayInputStream(Values.utf8(content)), settings, store));
  }

  static List<JsonNode> drain(ItemStream stream) {
    List<JsonNode> items = new ArrayList<>();
    try (stream) {
      stream.forEachRemaining(items::add);
    }
    return items;
  }

  /** The items as one compact JSON array text, field order included. */
  static String text(List<JsonNode> items) {
    return Values.text(Values.fromJava(items));
  }
}
