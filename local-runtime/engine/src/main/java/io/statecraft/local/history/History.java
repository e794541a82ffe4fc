package io.statecraft.local.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import io.statecraft.local.internal.json.Values;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The events of one execution, in id order, writable in the JSON shape of AWS's
 * {@code GetExecutionHistory} ({@code {"events":[...]}}), which the diagram overlay reads.
 *
 * <pre>{@code
 * execution.history().write(Path.of("target/order-flow.history.json"));
 * }</pre>
 */
public final class History {

  private final List<HistoryEvent> events;

  /** Takes {@code events} over: callers pass a snapshot or copy that nothing changes later. */
  public History(List<HistoryEvent> events) {
    this.events = Collections.unmodifiableList(events);
  }

  /** Every event, in id order. */
  public List<HistoryEvent> events() {
    return events;
  }

  /** Number of events. */
  public int size() {
    return events.size();
  }

  /** {@code {"events":[...]}}, a fresh tree. */
  public ObjectNode toJson() {
    ObjectNode root = Values.object();
    ArrayNode array = root.putArray("events");
    for (HistoryEvent event : events) {
      array.add(event.toJson());
    }
    return root;
  }

  /** Writes {@link #toJson()} to {@code file}, pretty-printed, creating parent folders. */
  public void write(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, Values.MAPPER.writerWithDefaultPrettyPrinter()
          .writeValueAsString(toJson()) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write history to " + file, e);
    }
  }

  /** One line per event: {@code id (previous) Type {details}}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (HistoryEvent event : events) {
      out.append("  ").append(event).append('\n');
    }
    return out.toString();
  }
}
