package io.statecraft.diagrams.internal;

import io.statecraft.asl.internal.JsonMappers;
import io.statecraft.diagrams.internal.Trace.Event;
import io.statecraft.diagrams.internal.Trace.Run;
import io.statecraft.diagrams.internal.Trace.Status;
import io.statecraft.diagrams.internal.Trace.Transition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replays a GetExecutionHistory event list into a {@link Trace}. Events are matched to
 * the state entry they belong to through {@code previousEventId} where the ids are usable (a
 * Parallel's branches interleave), else by order.
 */
final class HistoryReader {

  private static final JsonMapper JSON = JsonMappers.STANDARD;

  /** One entry into a state while the history is replayed. */
  private static final class OpenRun {
    final String state;
    final String kind;
    final long enteredId;
    final JsonNode input;
    JsonNode output;
    String error;
    String cause;
    boolean lastAttemptFailed;
    boolean exited;
    boolean aborted;
    int attempts;

    OpenRun(String state, String kind, long enteredId, JsonNode input) {
      this.state = state;
      this.kind = kind;
      this.enteredId = enteredId;
      this.input = input;
    }
  }

  private final Map<Long, OpenRun> ownerByEvent = new HashMap<>();
  private final Map<Long, OpenRun> exitedByEvent = new HashMap<>();
  private final Set<Long> seenIds = new java.util.HashSet<>();
  private final List<OpenRun> all = new ArrayList<>();
  private final List<OpenRun> open = new ArrayList<>();
  private final Set<Transition> taken = new LinkedHashSet<>();
  private final List<Event> events = new ArrayList<>();
  private OpenRun lastExited;
  private String lastError;
  private String lastCause;
  private String status = "RUNNING";
  private String error;
  private String cause;

  private HistoryReader() {}

  static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("execution history is not JSON: "
          + io.statecraft.compiler.internal.common.JsonText.reason(e));
    }
  }

  static Trace read(JsonNode history) {
    JsonNode list = history != null && history.isObject() ? history.get("events") : history;
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException(
          "execution history must be {\"events\": [...]} as GetExecutionHistory returns it");
    }
    HistoryReader reader = new HistoryReader();
    for (int i = 0; i < list.size(); i++) {
      JsonNode event = list.get(i);
      if (!event.isObject() || !event.path("type").isString()) {
        String pointer = (history.isObject() ? "/events/" : "/") + i;
        throw new IllegalArgumentException(pointer + " has no \"type\"");
      }
      reader.replay(event);
    }
    return reader.result();
  }

  private void replay(JsonNode event) {
    String type = event.get("type").asString();
    long id = event.path("id").isIntegralNumber() ? event.get("id").asLong() : -1;
    long previous = event.path("previousEventId").isIntegralNumber()
        ? event.get("previousEventId").asLong() : -1;
    JsonNode details = details(event);
    OpenRun owner;
    if (type.endsWith("StateEntered")) {
      owner = enter(type, id, previous, details);
    } else if (type.endsWith("StateExited")) {
      owner = exit(id, previous, details);
    } else {
      owner = other(type, previous, details);
    }
    if (id >= 0 && owner != null) {
      ownerByEvent.put(id, owner);
    }
    if (id > 0) {
      seenIds.add(id);
    }
    events.add(new Event(id >= 0 ? String.valueOf(id) : event.path("id").toString(),
        timestamp(event.get("timestamp")), type, owner == null ? null : owner.state,
        summary(type, details)));
  }

  private OpenRun enter(String type, long id, long previous, JsonNode details) {
    String name = details.path("name").asString(null);
    if (name == null) {
      return null;
    }
    OpenRun run = new OpenRun(name, type.substring(0, type.length() - "StateEntered".length()), id,
        json(details.get("input")));
    // With usable ids the previous event tells where the execution came from; in histories whose
    // ids were blanked, the state left last.
    OpenRun from = seenIds.contains(previous) ? exitedByEvent.get(previous) : lastExited;
    if (from != null) {
      taken.add(new Transition(from.state, name, from.lastAttemptFailed));
    } else if (all.isEmpty()) {
      taken.add(new Transition(null, name, false));
    }
    lastExited = null;
    all.add(run);
    open.add(run);
    return run;
  }

  private OpenRun exit(long id, long previous, JsonNode details) {
    String name = details.path("name").asString(null);
    OpenRun run = ownerByEvent.get(previous);
    if (run == null || !run.state.equals(name) || run.exited) {
      run = latestOpen(name, null);
    }
    if (run == null) {
      return null;
    }
    run.exited = true;
    run.output = json(details.get("output"));
    open.remove(run);
    exitedByEvent.put(id, run);
    lastExited = run;
    return run;
  }

  private OpenRun other(String type, long previous, JsonNode details) {
    if (type.startsWith("Execution")) {
      execution(type, details);
      return null;
    }
    if (type.equals("EvaluationFailed")) {
      OpenRun run = latestOpen(details.path("state").asString(null), null);
      fail(run, details);
      return run;
    }
    if (type.startsWith("MapState") || type.startsWith("ParallelState")) {
      OpenRun run = latestOpen(null, type.startsWith("Map") ? "Map" : "Parallel");
      if (type.endsWith("Started") && run != null) {
        run.attempts++;
      }
      if (type.endsWith("Failed")) {
        fail(run, details);
      }
      if (type.endsWith("Aborted") && run != null) {
        run.aborted = true;
      }
      return run;
    }
    if (type.startsWith("MapIteration") || type.startsWith("MapRun")) {
      return latestOpen(null, "Map");
    }
    OpenRun run = ownerByEvent.get(previous);
    if (run == null || run.exited || !open.contains(run)) {
      run = latestOpen(null, "Task");
    }
    if (run == null) {
      return null;
    }
    if (type.endsWith("StateAborted")) {
      run.aborted = true;
    } else if (type.endsWith("Scheduled")) {
      run.attempts++;
    } else if (type.endsWith("Failed") || type.endsWith("TimedOut")) {
      fail(run, details);
    } else if (type.endsWith("Succeeded")) {
      run.lastAttemptFailed = false;
    }
    return run;
  }

  /**
   * Records a failure of {@code run}. Map and Parallel failures carry no error of their own: they
   * fail with the error last seen inside them.
   */
  private void fail(OpenRun run, JsonNode details) {
    String eventError = details.path("error").asString(null);
    String eventCause = text(details.get("cause"));
    if (eventError != null) {
      lastError = eventError;
      lastCause = eventCause;
    }
    if (run == null) {
      return;
    }
    run.lastAttemptFailed = true;
    boolean container = run.kind.equals("Map") || run.kind.equals("Parallel");
    run.error = eventError != null ? eventError : container ? lastError : null;
    run.cause = eventError != null ? eventCause : container ? lastCause : null;
  }

  private void execution(String type, JsonNode details) {
    switch (type) {
      case "ExecutionSucceeded" -> status = "SUCCEEDED";
      case "ExecutionFailed" -> status = "FAILED";
      case "ExecutionTimedOut" -> status = "TIMED_OUT";
      case "ExecutionAborted" -> status = "ABORTED";
      default -> {
        return;
      }
    }
    if (!type.equals("ExecutionSucceeded")) {
      error = details.path("error").asString(null);
      cause = text(details.get("cause"));
    }
  }

  /** The latest entry not yet left, of the state named {@code name} or of the kind given. */
  private OpenRun latestOpen(String name, String kind) {
    for (int i = open.size() - 1; i >= 0; i--) {
      OpenRun run = open.get(i);
      if ((name == null || run.state.equals(name)) && (kind == null || run.kind.equals(kind))) {
        return run;
      }
    }
    return null;
  }

  private Trace result() {
    Map<String, List<Run>> runs = new LinkedHashMap<>();
    boolean ended = !status.equals("RUNNING");
    for (OpenRun run : all) {
      Status runStatus;
      if (run.exited) {
        runStatus = run.lastAttemptFailed ? Status.CAUGHT : Status.SUCCEEDED;
      } else if (run.lastAttemptFailed || run.kind.equals("Fail")) {
        // AWS also reports a failed state as aborted when its Map iteration is torn down.
        runStatus = Status.FAILED;
      } else if (run.aborted) {
        runStatus = Status.CANCELLED;
      } else if (ended) {
        // Left open by the end of the execution without an error of its own: the execution's
        // error (a States.Runtime in a Pass, a time-out, a stop) ended it here.
        runStatus = status.equals("ABORTED") ? Status.CANCELLED : Status.FAILED;
      } else {
        runStatus = Status.RUNNING;
      }
      String runError = run.error;
      String runCause = run.cause;
      if (runStatus == Status.FAILED && runError == null) {
        runError = error;
        runCause = cause;
      }
      if (runStatus == Status.CAUGHT && runError == null && run.output != null
          && run.output.path("Error").isString()) {
        // A caught error with no event naming it (a Fail state in a branch): the catcher's
        // error output, when ResultPath kept it, says what it was.
        runError = run.output.get("Error").asString();
        runCause = text(run.output.get("Cause"));
      }
      runs.computeIfAbsent(run.state, k -> new ArrayList<>()).add(new Run(run.state,
          run.enteredId, run.input, run.output, runError, runCause, runStatus, run.attempts));
      if (run.exited && !run.lastAttemptFailed || run.kind.equals("Fail")) {
        taken.add(new Transition(run.state, null, false));
      }
    }
    return new Trace(runs, taken, events, status, error, cause);
  }

  /** The {@code ...EventDetails} object of an event, or an empty one. */
  private static JsonNode details(JsonNode event) {
    for (String field : event.propertyNames()) {
      if (field.endsWith("EventDetails") && event.get(field).isObject()) {
        return event.get(field);
      }
    }
    return JSON.createObjectNode();
  }

  /** A JSON payload, which AWS sends as text and recordings may hold parsed. */
  private static JsonNode json(JsonNode value) {
    if (value == null || !value.isString()) {
      return value;
    }
    try {
      return JSON.readTree(value.asString());
    } catch (JacksonException e) {
      return value;
    }
  }

  private static String text(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isString() ? value.asString() : value.toString();
  }

  private static String timestamp(JsonNode value) {
    if (value == null) {
      return "";
    }
    return value.isString() ? value.asString() : value.asString();
  }

  private static String summary(String type, JsonNode details) {
    if (details.has("error")) {
      return details.path("error").asString("");
    }
    if (details.has("resourceType")) {
      return details.path("resourceType").asString("") + ":" + details.path("resource").asString("");
    }
    if (details.has("resource")) {
      return details.path("resource").asString("");
    }
    return "";
  }
}
