package io.statecraft.local.internal.tasks;

import io.statecraft.compiler.internal.common.Glob;
import io.statecraft.local.internal.expr.StatesError;
import io.statecraft.local.internal.json.Values;
import io.statecraft.local.task.TaskHandler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The handlers a user bound, by state name (first) or resource (exact ARN, then glob patterns in
 * the order bound). A Lambda {@code :invoke} integration hands the handler the {@code Payload}
 * and wraps its result in Lambda's Invoke response, as AWS does, unless the handler is a
 * {@link TaskHandler.Raw}.
 */
public final class TaskBindings implements TaskDispatcher {

  private final Map<String, TaskHandler> byState;
  private final Map<String, TaskHandler> byResource;
  private final List<Map.Entry<Glob, TaskHandler>> byPattern;
  private final boolean unboundCallbacksSent;
  /** What to tell the user of a task no handler answers: how to bind one on their interface. */
  private volatile UnboundAdvice advice = TaskBindings::javaAdvice;

  /** How a user binds a handler to a state and a resource, on the interface they use. */
  @FunctionalInterface
  public interface UnboundAdvice {
    /** The advice for state {@code stateName} calling {@code resource}, a sentence or more. */
    String advise(String stateName, String resource);
  }

  /**
   * Handlers by state name and by resource (exact or a pattern); with
   * {@code unboundCallbacksSent}, a callback task no handler answers counts its message as sent.
   */
  public TaskBindings(Map<String, TaskHandler> byState, Map<String, TaskHandler> byResource,
      boolean unboundCallbacksSent) {
    this.byState = new LinkedHashMap<>(byState);
    this.byResource = new LinkedHashMap<>();
    this.byPattern = new ArrayList<>();
    this.unboundCallbacksSent = unboundCallbacksSent;
    byResource.forEach((resource, handler) -> {
      if (resource.contains("*") || resource.contains("?")) {
        byPattern.add(Map.entry(Glob.resource(resource), handler));
      } else {
        this.byResource.put(resource, handler);
      }
    });
  }

  @Override
  public JsonNode call(TaskCall task, JsonNode input, CallContext context) {
    TaskHandler handler = find(task);
    if (handler == null && task.callback() && unboundCallbacksSent) {
      return Values.object();
    }
    if (handler == null) {
      throw new StatesError(StatesError.UNBOUND_TASK, "No task handler is bound to state '"
          + task.stateName() + "' or to its resource '" + task.resource() + "'."
          + misspelt(task.stateName()) + " " + advice.advise(task.stateName(), task.resource()));
    }
    if (handler instanceof TaskHandler.Raw) {
      return notTooDeep(task, orNull(handler.handle(input.deepCopy(), context)));
    }
    boolean invoke = isLambdaInvoke(task.resource());
    JsonNode handlerInput = invoke ? payload(input) : input;
    // Handlers are user code: give them a private copy so a template constant cannot be changed.
    JsonNode result = notTooDeep(task, orNull(handler.handle(handlerInput.deepCopy(), context)));
    return invoke ? invokeResponse(result, context) : result;
  }

  /**
   * A handler's {@code result}, unless it nests deeper than JSON text may, which could neither be
   * written into the history nor sent on: then States.Runtime, as for any state's output.
   */
  private static JsonNode notTooDeep(TaskCall task, JsonNode result) {
    if (Values.deeperThan(result, Values.MAX_DEPTH)) {
      throw new StatesError(io.statecraft.asl.ErrorNames.RUNTIME, "The state/task '"
          + task.stateName() + "' returned a result nested more than " + Values.MAX_DEPTH
          + " levels deep, the most a JSON value may nest.");
    }
    return result;
  }

  private static JsonNode orNull(JsonNode result) {
    return result == null ? Values.NODES.nullNode() : result;
  }

  /** Replaces how the cause of an unbound task says to bind one (the emulator's interface). */
  public void advice(UnboundAdvice advice) {
    this.advice = java.util.Objects.requireNonNull(advice, "advice == null");
  }

  private static String javaAdvice(String stateName, String resource) {
    return "Bind one with LocalStepFunctions.builder().task(\"" + stateName + "\", handler) or"
        + " .resource(\"" + resource + "\", handler), or on the workflow with"
        + " LocalStateMachine.withTask(\"" + stateName + "\", handler).";
  }

  /** A hint when a handler is bound to a name close to {@code stateName}: a likely typo. */
  private String misspelt(String stateName) {
    String closest = io.statecraft.compiler.internal.common.Spelling.closest(stateName,
        byState.keySet());
    return closest == null ? "" : " A handler is bound to state '" + closest
        + "'; did you mean that name?";
  }

  @Override
  public boolean handles(TaskCall task) {
    return find(task) != null;
  }

  private TaskHandler find(TaskCall task) {
    TaskHandler handler = byState.get(task.stateName());
    if (handler == null) {
      handler = byResource.get(task.resource());
    }
    if (handler == null) {
      for (Map.Entry<Glob, TaskHandler> entry : byPattern) {
        if (entry.getKey().matches(task.resource())) {
          return entry.getValue();
        }
      }
    }
    return handler;
  }

  public static boolean isLambdaInvoke(String resource) {
    return resource.startsWith("arn:") && resource.endsWith(":states:::lambda:invoke");
  }

  private static JsonNode payload(JsonNode parameters) {
    JsonNode payload = parameters.get("Payload");
    return payload == null ? Values.object() : payload;
  }

  /** Lambda's Invoke response as Step Functions returns it for {@code lambda:invoke}. */
  private static ObjectNode invokeResponse(JsonNode payload, CallContext context) {
    String requestId = new UUID(context.random().nextLong(), context.random().nextLong()).toString();
    String length = String.valueOf(Values.text(payload).getBytes(StandardCharsets.UTF_8).length);
    String date = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
        .format(context.now().atZone(java.time.ZoneOffset.UTC));
    String trace = "Root=1-" + requestId.replace("-", "").substring(0, 8) + "-"
        + requestId.replace("-", "").substring(8, 32) + ";Sampled=0";
    // The headers, in the order AWS's recorded AllHttpHeaders list them.
    Map<String, String> received = new LinkedHashMap<>();
    received.put("X-Amz-Executed-Version", "$LATEST");
    received.put("x-amzn-Remapped-Content-Length", "0");
    received.put("Connection", "keep-alive");
    received.put("x-amzn-RequestId", requestId);
    received.put("Content-Length", length);
    received.put("Date", date);
    received.put("X-Amzn-Trace-Id", trace);
    received.put("Content-Type", "application/json");
    ObjectNode response = Values.object();
    response.put("ExecutedVersion", "$LATEST");
    response.set("Payload", payload);
    ObjectNode http = response.putObject("SdkHttpMetadata");
    ObjectNode all = http.putObject("AllHttpHeaders");
    received.forEach((name, value) -> all.putArray(name).add(value));
    // HttpHeaders, as recorded, in case-insensitive name order.
    ObjectNode headers = http.putObject("HttpHeaders");
    Map<String, String> sorted = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    sorted.putAll(received);
    sorted.forEach(headers::put);
    http.put("HttpStatusCode", 200);
    response.putObject("SdkResponseMetadata").put("RequestId", requestId);
    response.put("StatusCode", 200);
    return response;
  }
}
