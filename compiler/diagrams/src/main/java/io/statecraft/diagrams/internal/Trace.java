package io.statecraft.diagrams.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What one execution did, as {@link HistoryReader} replays it from a history: each state's
 * entries, the transitions taken and the timeline. {@code io.statecraft.diagrams.ExecutionOverlay}
 * is its public face; the drawing code reads it directly.
 *
 * <pre>{@code
 * Trace trace = Trace.fromHistory(Files.readString(Path.of("history.json")));
 * String svg = Drawing.svg(machine, trace);
 * }</pre>
 */
public final class Trace {

  /**
   * How a state fared; the constants are those of {@code ExecutionOverlay.Status}, which is
   * mapped from this by name and documents each.
   */
  public enum Status { SUCCEEDED, FAILED, CAUGHT, CANCELLED, RUNNING, NOT_REACHED }

  /** One transition the execution took, by state names ({@code null} for start and end). */
  record Transition(String from, String to, boolean viaCatch) {}

  /**
   * One entry into a state.
   *
   * @param input the state's input, or null
   * @param output the state's output, or null when it did not leave
   */
  record Run(String state, long enteredEventId, JsonNode input, JsonNode output, String error,
      String cause, Status status, int attempts) {}

  /** One history event, reduced to what the timeline shows. */
  record Event(String id, String timestamp, String type, String state, String detail) {}

  private final Map<String, List<Run>> runs;
  private final Set<Transition> taken;
  private final List<Event> events;
  private final String executionStatus;
  private final String error;
  private final String cause;

  Trace(Map<String, List<Run>> runs, Set<Transition> taken, List<Event> events,
      String executionStatus, String error, String cause) {
    Map<String, List<Run>> copy = new LinkedHashMap<>();
    runs.forEach((name, list) -> copy.put(name, List.copyOf(list)));
    this.runs = Collections.unmodifiableMap(copy);
    this.taken = Collections.unmodifiableSet(new LinkedHashSet<>(taken));
    this.events = List.copyOf(events);
    this.executionStatus = executionStatus;
    this.error = error;
    this.cause = cause;
  }

  /**
   * Reads a history: {@code {"events": [...]}} as GetExecutionHistory returns it, or the bare
   * array of events. Event details may hold JSON as text (as AWS sends it) or already parsed.
   *
   * @throws IllegalArgumentException when {@code history} is not JSON of that shape, naming
   *     what is wrong and where
   */
  public static Trace fromHistory(String history) {
    return HistoryReader.read(HistoryReader.parse(history));
  }

  /** Reads a history already parsed; see {@link #fromHistory(String)}. */
  public static Trace fromHistory(JsonNode history) {
    return HistoryReader.read(history);
  }

  /** How the state fared; {@code NOT_REACHED} when it never ran, else its most alarming entry. */
  public Status status(String state) {
    List<Run> list = runs.get(state);
    if (list == null || list.isEmpty()) {
      return Status.NOT_REACHED;
    }
    Status worst = Status.SUCCEEDED;
    for (Run run : list) {
      if (severity(run.status()) > severity(worst)) {
        worst = run.status();
      }
    }
    return worst;
  }

  /** Which status a state shows when its entries fared differently: the most alarming. */
  private static int severity(Status status) {
    return switch (status) {
      case SUCCEEDED, NOT_REACHED -> 0;
      case CAUGHT -> 1;
      case CANCELLED -> 2;
      case RUNNING -> 3;
      case FAILED -> 4;
    };
  }

  /** How many times the state was entered. */
  public int entries(String state) {
    List<Run> list = runs.get(state);
    return list == null ? 0 : list.size();
  }

  /** How many retries the state made, over all its entries. */
  public int retries(String state) {
    int retries = 0;
    for (Run run : runs.getOrDefault(state, List.of())) {
      retries += Math.max(0, run.attempts() - 1);
    }
    return retries;
  }

  /** The error the state failed with (the last one, if several), or null. */
  public String error(String state) {
    String found = null;
    for (Run run : runs.getOrDefault(state, List.of())) {
      if (run.error() != null) {
        found = run.error();
      }
    }
    return found;
  }

  /** {@code SUCCEEDED}, {@code FAILED}, {@code TIMED_OUT}, {@code ABORTED} or {@code RUNNING}. */
  public String executionStatus() {
    return executionStatus;
  }

  /** The execution's error when it failed, else null. */
  public String executionError() {
    return error;
  }

  String executionCause() {
    return cause;
  }

  Map<String, List<Run>> allRuns() {
    return runs;
  }

  boolean took(String from, String to, boolean viaCatch) {
    return taken.contains(new Transition(from, to, viaCatch));
  }

  List<Event> events() {
    return events;
  }

  /** The extra line a state's box gets in the overlay, e.g. {@code ✗ States.Timeout · retried 2×}. */
  String note(String state) {
    List<String> parts = new ArrayList<>();
    Status status = status(state);
    if (status == Status.FAILED || status == Status.CAUGHT) {
      String failed = error(state);
      String what = failed != null ? failed : status == Status.FAILED ? "failed" : "an error";
      parts.add((status == Status.FAILED ? "✗ " : "caught ") + what);
    } else if (status == Status.CANCELLED) {
      parts.add("cancelled");
    } else if (status == Status.RUNNING) {
      parts.add("running");
    }
    int entries = entries(state);
    if (entries > 1) {
      parts.add("ran " + entries + "×");
    }
    int retries = retries(state);
    if (retries > 0) {
      parts.add("retried " + retries + "×");
    }
    return parts.isEmpty() ? null : ConditionText.abbreviate(String.join(" · ", parts),
        GraphBuilder.MAX_LABEL);
  }
}
