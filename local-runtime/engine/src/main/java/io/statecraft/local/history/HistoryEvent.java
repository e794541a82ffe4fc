package io.statecraft.local.history;

import java.math.BigDecimal;
import java.time.Instant;
import io.statecraft.local.internal.json.Values;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One event of an execution's history, as AWS's {@code GetExecutionHistory} reports it: an id, the
 * id of the event it follows, a timestamp, a type such as {@code PassStateEntered}, and the type's
 * details.
 *
 * <pre>{@code
 * for (HistoryEvent event : execution.history().events()) {
 *   System.out.println(event.id() + " " + event.type() + " " + event.details());
 * }
 * }</pre>
 *
 * <p>Details are kept compact and rendered on request, so recording an event costs one object.
 */
public final class HistoryEvent {

  private final long id;
  private final long previousEventId;
  private final long timestampMillis;
  private final HistoryEventType type;
  private final String name;
  private final JsonNode data;
  private final long index;
  private final String error;
  private final String cause;
  private final ObjectNode task;

  private HistoryEvent(long id, long previousEventId, long timestampMillis, HistoryEventType type,
      String name, JsonNode data, long index, String error, String cause, ObjectNode task) {
    this.id = id;
    this.previousEventId = previousEventId;
    this.timestampMillis = timestampMillis;
    this.type = type;
    this.name = name;
    this.data = data;
    this.index = index;
    this.error = error;
    this.cause = cause;
    this.task = task;
  }

  /**
   * An event as the runtime records it: {@code name} is the state (or, for ExecutionStarted, the
   * role ARN), {@code data} the input or output, {@code index} a Map iteration's index or a Map's
   * length, {@code extra} further details merged into the details object. The runtime never
   * changes {@code data} or {@code extra} after handing them over.
   */
  public static HistoryEvent of(long id, long previousEventId, long timestampMillis,
      HistoryEventType type, String name, JsonNode data, long index, String error, String cause,
      ObjectNode extra) {
    return new HistoryEvent(id, previousEventId, timestampMillis, type, name, data, index, error,
        cause, extra);
  }

  /**
   * The event {@code json} is in the shape of {@link #toJson()} (GetExecutionHistory's): what a
   * host that kept events as JSON reads back, e.g. to resume an execution after a restart.
   *
   * <pre>{@code
   * HistoryEvent event = HistoryEvent.fromJson(Values.parse(line));
   * }</pre>
   *
   * @throws IllegalArgumentException when {@code json} has no such shape
   */
  public static HistoryEvent fromJson(JsonNode json) {
    HistoryEventType type = json == null ? null : HistoryEventType.of(json.path("type").asString(""));
    if (type == null || !json.path("id").canConvertToExactIntegral()
        || !json.path("timestamp").isNumber()) {
      throw new IllegalArgumentException("a history event needs an id, a numeric timestamp and"
          + " a known type, was " + json);
    }
    long id = json.path("id").asLong();
    long previous = json.path("previousEventId").asLong(0);
    long millis = json.path("timestamp").decimalValue().movePointRight(3).longValue();
    JsonNode found = type.detailsField() == null ? null : json.get(type.detailsField());
    ObjectNode rest = found instanceof ObjectNode details ? details.deepCopy() : Values.object();
    String name = null;
    JsonNode data = null;
    long index = 0;
    String error = null;
    String cause = null;
    switch (type.awsName()) {
      case "ExecutionStarted" -> {
        data = parsed(take(rest, "input"));
        rest.remove("inputDetails");
        name = take(rest, "roleArn");
      }
      case "ExecutionFailed", "ExecutionTimedOut", "ExecutionAborted", "EvaluationFailed",
          "TaskFailed", "TaskTimedOut", "LambdaFunctionFailed", "LambdaFunctionTimedOut",
          "LambdaFunctionScheduleFailed", "LambdaFunctionStartFailed", "TaskStartFailed",
          "TaskSubmitFailed", "ActivityFailed", "ActivityTimedOut", "MapRunFailed" -> {
        error = take(rest, "error");
        cause = take(rest, "cause");
      }
      case "MapStateStarted" -> index = rest.path("length").asLong(0);
      case "MapIterationStarted", "MapIterationSucceeded", "MapIterationFailed",
          "MapIterationAborted" -> {
        name = take(rest, "name");
        index = rest.path("index").asLong(0);
      }
      case "TaskScheduled" -> data = parsed(take(rest, "parameters"));
      case "LambdaFunctionScheduled", "ActivityScheduled" -> {
        data = parsed(take(rest, "input"));
        rest.remove("inputDetails");
      }
      default -> {
        name = take(rest, "name");
        String text = take(rest, type.isStateEntered() ? "input" : "output");
        data = parsed(text);
        rest.remove(type.isStateEntered() ? "inputDetails" : "outputDetails");
      }
    }
    rest.remove("length");
    rest.remove("index");
    JsonNode assigned = rest.get("assignedVariables");
    if (assigned instanceof ObjectNode texts) {
      // Kept as values while an execution runs: read each text back.
      ObjectNode values = Values.object();
      for (java.util.Map.Entry<String, JsonNode> variable : texts.properties()) {
        values.set(variable.getKey(), parsed(variable.getValue().asString()));
      }
      rest.set("assignedVariables", values);
    }
    return new HistoryEvent(id, previous, millis, type, name, data, index, error, cause,
        rest.isEmpty() ? null : rest);
  }

  private static String take(ObjectNode details, String field) {
    JsonNode value = details.remove(field);
    return value == null || value.isNull() ? null : value.asString();
  }

  private static JsonNode parsed(String text) {
    return text == null ? null : Values.parse(text);
  }

  /**
   * The further details of a state's exit that assigned {@code assigned} (variable name to value),
   * as the runtime keeps them while it runs: rendered as AWS's {@code assignedVariables} texts
   * when read.
   */
  public static ObjectNode assignedDetails(JsonNode assigned) {
    ObjectNode extra = Values.object();
    extra.set("assignedVariables", assigned);
    extra.putObject("assignedVariablesDetails").put("truncated", false);
    return extra;
  }

  /** Sequential id, from 1. */
  public long id() {
    return id;
  }

  /** The id of the event this one follows (0 for none). */
  public long previousEventId() {
    return previousEventId;
  }

  /** When the event happened, on the execution's clock. */
  public Instant timestamp() {
    return Instant.ofEpochMilli(timestampMillis);
  }

  /** Epoch milliseconds of {@link #timestamp()}. */
  public long timestampMillis() {
    return timestampMillis;
  }

  /** The event's type, e.g. {@link HistoryEventType#TASK_STATE_ENTERED}. */
  public HistoryEventType type() {
    return type;
  }

  /** The state this event is about (entered/exited events, Map iterations), or null. */
  public String stateName() {
    return name;
  }

  /**
   * The input of an entered event or the output of an exited/succeeded event (a copy of its own),
   * or null.
   */
  public JsonNode value() {
    return data == null ? null : data.deepCopy();
  }

  /** The error of a failed or timed-out event, or null. */
  public String error() {
    return error;
  }

  /** The cause of a failed or timed-out event, or null. */
  public String cause() {
    return cause;
  }

  /** The name of the details field in AWS's shape, e.g. {@code stateEnteredEventDetails}, or null. */
  public String detailsField() {
    return type.detailsField();
  }

  /** The details object in AWS's shape (a fresh tree), or null for types without details. */
  public ObjectNode details() {
    String field = detailsField();
    if (field == null) {
      return null;
    }
    ObjectNode details = Values.object();
    if (task != null) {
      details.setAll(task);
      JsonNode assigned = task.get("assignedVariables");
      if (assigned != null && assigned.isObject()) {
        // Kept as values while the execution ran; AWS reports each as its JSON text.
        ObjectNode texts = Values.object();
        for (java.util.Map.Entry<String, JsonNode> variable : assigned.properties()) {
          texts.put(variable.getKey(), Values.text(variable.getValue()));
        }
        details.set("assignedVariables", texts);
      }
    }
    switch (type.awsName()) {
      case "ExecutionStarted" -> {
        if (data != null) {
          // A history read without its data (includeExecutionData=false) has no input.
          details.put("input", Values.text(data));
          details.set("inputDetails", notTruncated());
        }
        details.put("roleArn", name);
      }
      case "ExecutionFailed", "ExecutionTimedOut", "ExecutionAborted", "EvaluationFailed", "TaskFailed",
          "TaskTimedOut", "LambdaFunctionFailed", "LambdaFunctionTimedOut",
          "LambdaFunctionScheduleFailed", "LambdaFunctionStartFailed", "TaskStartFailed",
          "TaskSubmitFailed", "ActivityFailed", "ActivityTimedOut", "MapRunFailed" -> {
        if (error != null) {
          details.put("error", error);
        }
        if (cause != null) {
          details.put("cause", cause);
        }
      }
      case "MapStateStarted" -> details.put("length", index);
      case "MapIterationStarted", "MapIterationSucceeded", "MapIterationFailed",
          "MapIterationAborted" -> {
        details.put("name", name);
        details.put("index", index);
      }
      case "TaskScheduled" -> {
        if (data != null) {
          details.put("parameters", Values.text(data));
        }
      }
      case "LambdaFunctionScheduled", "ActivityScheduled" -> {
        if (data != null) {
          details.put("input", Values.text(data));
          details.set("inputDetails", notTruncated());
        }
      }
      default -> {
        if (type.isStateEntered()) {
          details.put("name", name);
          if (data != null) {
            details.put("input", Values.text(data));
            details.set("inputDetails", notTruncated());
          }
        } else if (data != null) {
          if (name != null) {
            details.put("name", name);
          }
          details.put("output", Values.text(data));
          details.set("outputDetails", notTruncated());
        } else if (name != null) {
          details.put("name", name);
        }
      }
    }
    return details;
  }

  /**
   * The event in the JSON shape of GetExecutionHistory; the timestamp in epoch seconds with
   * millisecond fraction, as AWS's JSON protocol sends it.
   */
  public ObjectNode toJson() {
    ObjectNode json = Values.object();
    json.put("id", id);
    json.put("previousEventId", previousEventId);
    json.put("timestamp", BigDecimal.valueOf(timestampMillis, 3));
    json.put("type", type.awsName());
    ObjectNode details = details();
    if (details != null) {
      json.set(detailsField(), details);
    }
    return json;
  }

  private static ObjectNode notTruncated() {
    ObjectNode node = Values.object();
    node.put("truncated", false);
    return node;
  }

  @Override
  public String toString() {
    ObjectNode details = details();
    return id + " (" + previousEventId + ") " + type + (details == null ? "" : " " + details);
  }
}
