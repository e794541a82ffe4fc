package io.statecraft.local.internal.items;

import java.util.Iterator;
import tools.jackson.databind.JsonNode;

/**
 * A distributed Map's items, one after another, read as they are asked for so that a large object
 * never sits in memory whole. {@link #next()} throws {@link ItemReaderFailure} when the content
 * turns out to be malformed part-way. Close it to release the object being read.
 */
public interface ItemStream extends Iterator<JsonNode>, AutoCloseable {

  @Override
  void close();
}
