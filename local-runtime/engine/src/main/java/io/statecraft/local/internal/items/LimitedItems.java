package io.statecraft.local.internal.items;

import java.util.NoSuchElementException;
import tools.jackson.databind.JsonNode;

/** At most {@code limit} items of another stream; stops reading there. */
final class LimitedItems implements ItemStream {
  private final ItemStream items;
  private final long limit;
  private long count;

  private LimitedItems(ItemStream items, long limit) {
    this.items = items;
    this.limit = limit;
  }

  static ItemStream of(ItemStream items, long limit) {
    return limit == Long.MAX_VALUE ? items : new LimitedItems(items, limit);
  }

  @Override
  public boolean hasNext() {
    return count < limit && items.hasNext();
  }

  @Override
  public JsonNode next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    count++;
    return items.next();
  }

  @Override
  public void close() {
    items.close();
  }
}
