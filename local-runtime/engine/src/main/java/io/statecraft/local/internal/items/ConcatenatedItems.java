package io.statecraft.local.internal.items;

import java.io.IOException;
import java.util.Iterator;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/** The items of several objects in turn, each opened when the one before is used up. */
final class ConcatenatedItems extends ItemSource {
  private final Iterator<Supplier<ItemStream>> parts;
  private ItemStream current;

  ConcatenatedItems(Iterator<Supplier<ItemStream>> parts) {
    this.parts = parts;
  }

  @Override
  protected JsonNode readNext() throws IOException {
    while (current == null || !current.hasNext()) {
      if (current != null) {
        current.close();
        current = null;
      }
      if (!parts.hasNext()) {
        return null;
      }
      current = parts.next().get();
    }
    return current.next();
  }

  @Override
  public void close() {
    if (current != null) {
      current.close();
    }
  }
}
