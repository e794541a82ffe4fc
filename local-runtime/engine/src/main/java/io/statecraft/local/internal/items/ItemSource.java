package io.statecraft.local.internal.items;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** An item stream that reads one item ahead, so {@link #hasNext()} can answer honestly. */
abstract class ItemSource implements ItemStream {
  private JsonNode ahead;
  private boolean finished;

  /** The next item, or null after the last one. */
  protected abstract JsonNode readNext() throws IOException;

  @Override
  public final boolean hasNext() {
    if (ahead == null && !finished) {
      try {
        ahead = readNext();
      } catch (ItemReaderFailure e) {
        finished = true;
        throw e;
      } catch (IOException | UncheckedIOException e) {
        finished = true;
        throw new ItemReaderFailure("Failed to read the items: " + e.getMessage());
      } catch (JacksonException e) {
        finished = true;
        throw new ItemReaderFailure("Failed to parse the items: " + e.getOriginalMessage());
      }
      finished = ahead == null;
    }
    return ahead != null;
  }

  @Override
  public final JsonNode next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    JsonNode item = ahead;
    ahead = null;
    return item;
  }

  /** Closes {@code resource}, ignoring a failure to close it. */
  static void closeQuietly(AutoCloseable resource) {
    try {
      resource.close();
    } catch (Exception e) {
      // Nothing more is read from it; a failure to release it changes no item.
    }
  }
}
