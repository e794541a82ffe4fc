package io.statecraft.local.internal.items;

/** Items one after another. */
public interface ItemStream extends java.util.Iterator<tools.jackson.databind.JsonNode>,
    AutoCloseable {
  @Override
  void close();
}
