package io.statecraft.emulator.internal.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tables of an open data directory: JSON documents by key. Reads may happen on any thread;
 * changes only in a {@link DataStore#write} change, on the writer's thread.
 */
public final class Tables {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Map<Table, MVMap<String, String>> maps = new LinkedHashMap<>();

  Tables(MVStore store) {
    for (Table table : Table.values()) {
      maps.put(table, store.openMap(table.mapName()));
    }
  }

  /** The key of event {@code id} of {@code executionArn}: events sort by id within it. */
  public static String eventKey(String executionArn, long id) {
    return executionArn + '\u0000' + String.format("%010d", id);
  }

  public void put(Table table, String key, JsonNode document) {
    maps.get(table).put(key, JSON.writeValueAsString(document));
  }

  public void remove(Table table, String key) {
    maps.get(table).remove(key);
  }

  /** The document at {@code key}, or null. */
  public JsonNode get(Table table, String key) {
    String text = maps.get(table).get(key);
    return text == null ? null : JSON.readTree(text);
  }

  /** Every document of {@code table} in key order. */
  public Map<String, JsonNode> all(Table table) {
    Map<String, JsonNode> all = new LinkedHashMap<>();
    maps.get(table).forEach((key, text) -> all.put(key, JSON.readTree(text)));
    return all;
  }

  /** The events of {@code executionArn}, in id order. */
  public java.util.List<JsonNode> events(String executionArn) {
    String from = executionArn + '\u0000';
    String to = executionArn + '\u0001';
    java.util.List<JsonNode> events = new java.util.ArrayList<>();
    Cursor<String, String> cursor = maps.get(Table.EVENTS).cursor(from, to, false);
    while (cursor.hasNext()) {
      cursor.next();
      events.add(JSON.readTree(cursor.getValue()));
    }
    return events;
  }
}
