package io.statecraft.local.internal.replay;

import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.internal.json.Values;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an execution history in the shapes users have it in: what {@code aws stepfunctions
 * get-execution-history} prints ({@code {"events":[...]}}, in either order, one page or several
 * pages one after another or in an array), a bare array of events, or what the emulator and the
 * local runtime write. Timestamps may be epoch seconds, ISO-8601 text (the CLI's) or
 * placeholders of a recording (then unknown); JSON text fields may be given as JSON values.
 */
public final class HistoryJson {

  /** Where unknown times start: any instant does, as long as it is the same every time. */
  private static final long UNKNOWN_START = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
  /** Detail fields AWS sends as JSON text. */
  private static final List<String> TEXT_FIELDS = List.of("input", "output", "parameters");
  /** The events that carry a task's result. */
  private static final java.util.Set<HistoryEventType> ANSWERS = java.util.EnumSet.of(
      HistoryEventType.TASK_SUCCEEDED, HistoryEventType.TASK_SUBMITTED,
      HistoryEventType.LAMBDA_FUNCTION_SUCCEEDED, HistoryEventType.ACTIVITY_SUCCEEDED);

  /**
   * A history read: its events in id order; {@code timesKnown} false when some timestamps were
   * placeholders; {@code withData} false when the events carry no input or output
   * (GetExecutionHistory with includeExecutionData=false).
   */
  public record Read(List<HistoryEvent> events, boolean timesKnown, boolean withData) {}

  private HistoryJson() {}

  /** Reads {@code text}; throws IllegalArgumentException naming what is wrong. */
  public static Read parse(String text) {
    List<JsonNode> raw = new ArrayList<>();
    try (MappingIterator<JsonNode> documents = Values.MAPPER.readerFor(JsonNode.class)
        .readValues(text)) {
      while (documents.hasNextValue()) {
        collect(documents.nextValue(), raw, true);
      }
    } catch (JacksonException e) {
      throw new IllegalArgumentException("it is not JSON: "
          + io.statecraft.compiler.internal.common.JsonText.reason(e));
    }
    return read(raw);
  }

  /** Reads events already parsed (objects in GetExecutionHistory's shape). */
  public static Read read(List<JsonNode> raw) {
    if (raw.isEmpty()) {
      throw new IllegalArgumentException("it holds no events; expected {\"events\":[...]} as"
          + " aws stepfunctions get-execution-history prints it, or an array of events");
    }
    Map<Long, ObjectNode> byId = new TreeMap<>();
    for (JsonNode node : raw) {
      // Whole and in long's range: AWS's event ids are longs.
      if (!node.isObject() || !node.path("id").canConvertToExactIntegral()
          || !node.path("id").canConvertToLong()) {
        throw new IllegalArgumentException("an event needs a numeric id, was "
            + shortText(node));
      }
      long id = node.path("id").asLong();
      ObjectNode before = byId.putIfAbsent(id, (ObjectNode) node);
      if (before != null && !before.equals(node)) {
        throw new IllegalArgumentException("two different events have id " + id
            + "; pages of more than one execution's history?");
      }
    }
    boolean timesKnown = true;
    boolean withData = false;
    List<ObjectNode> copies = new ArrayList<>();
    for (ObjectNode node : byId.values()) {
      ObjectNode event = node.deepCopy();
      withData |= texts(event);
      copies.add(event);
    }
    long last = UNKNOWN_START;
    List<HistoryEvent> events = new ArrayList<>();
    for (ObjectNode event : copies) {
      Long millis = millis(event.get("timestamp"));
      if (millis == null) {
        timesKnown = false;
      } else {
        last = millis;
      }
      event.put("timestamp", BigDecimal.valueOf(last, 3));
      if (!withData) {
        withoutResult(event);
      }
      try {
        events.add(HistoryEvent.fromJson(event));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("event " + event.path("id").asLong() + " cannot be"
            + " read: " + (e instanceof JacksonException json
                ? io.statecraft.compiler.internal.common.JsonText.reason(json)
                : e.getMessage() == null ? e.toString() : e.getMessage()));
      }
    }
    return new Read(List.copyOf(events), timesKnown, withData);
  }

  /**
   * A task's answer in a history without data has no result: it is replayed as {@code {}}
   * (the note of the replay says so).
   */
  private static void withoutResult(ObjectNode event) {
    HistoryEventType type = HistoryEventType.of(event.path("type").asString(""));
    if (type != null && ANSWERS.contains(type)
        && event.get(type.detailsField()) instanceof ObjectNode details
        && !details.has("output")) {
      details.put("output", "{}");
    }
  }

  private static void collect(JsonNode node, List<JsonNode> into, boolean top) {
    if (node.isObject() && node.has("events")) {
      JsonNode events = node.get("events");
      if (!events.isArray()) {
        throw new IllegalArgumentException("\"events\" must be an array, was "
            + shortText(events));
      }
      events.forEach(into::add);
    } else if (node.isArray() && top) {
      for (JsonNode element : node) {
        collect(element, into, false);
      }
    } else if (node.isObject() && node.has("type")) {
      into.add(node);
    } else {
      throw new IllegalArgumentException("expected {\"events\":[...]} or an array of events,"
          + " found " + shortText(node));
    }
  }

  /** Epoch millis of a timestamp, or null when it is a placeholder. */
  private static Long millis(JsonNode timestamp) {
    if (timestamp == null) {
      return null;
    }
    if (timestamp.isNumber()) {
      return timestamp.decimalValue().movePointRight(3).longValue();
    }
    if (timestamp.isString()) {
      String text = timestamp.asString();
      try {
        return OffsetDateTime.parse(text).toInstant().toEpochMilli();
      } catch (DateTimeParseException e) {
        try {
          return Instant.parse(text).toEpochMilli();
        } catch (DateTimeParseException again) {
          return null;
        }
      }
    }
    return null;
  }

  /**
   * Turns the JSON text fields of {@code event}'s details that a recording gave as JSON values
   * back into text, as AWS sends them; true when the event carries data (an input or output).
   */
  private static boolean texts(ObjectNode event) {
    HistoryEventType type = HistoryEventType.of(event.path("type").asString(""));
    if (type == null || type.detailsField() == null
        || !(event.get(type.detailsField()) instanceof ObjectNode details)) {
      return false;
    }
    boolean data = false;
    for (String field : TEXT_FIELDS) {
      JsonNode value = details.get(field);
      if (value != null && !value.isString() && !value.isNull()) {
        details.put(field, Values.text(value));
      }
      data |= value != null && !value.isNull();
    }
    for (String field : List.of("cause", "error")) {
      JsonNode value = details.get(field);
      if (value != null && value.isContainer()) {
        details.put(field, Values.text(value));
      }
    }
    if (details.get("assignedVariables") instanceof ObjectNode assigned) {
      for (Map.Entry<String, JsonNode> variable : assigned.properties()) {
        if (!variable.getValue().isString()) {
          variable.setValue(Values.text(Values.text(variable.getValue())));
        }
      }
    }
    return data;
  }

  static String shortText(JsonNode node) {
    String text = Values.text(node);
    return text.length() > 120 ? text.substring(0, 120) + "..." : text;
  }
}
