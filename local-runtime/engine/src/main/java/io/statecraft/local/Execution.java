package io.statecraft.local;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One finished execution: how it ended, its output or error and cause, and its history.
 *
 * <pre>{@code
 * Execution execution = machine.run("{\"total\": 42}");
 * if (execution.status() == ExecutionStatus.SUCCEEDED) {
 *   System.out.println(execution.output());
 * } else {
 *   System.out.println(execution.error() + ": " + execution.cause());
 * }
 * System.out.println(execution.path());        // [Validate, Charge, Done]
 * }</pre>
 */
public final class Execution {

  private final LocalStateMachine machine;
  private final String arn;
  private final String name;
  private final JsonNode input;
  private final ExecutionStatus status;
  private final JsonNode output;
  private final String error;
  private final String cause;
  private final long startMillis;
  private final long stopMillis;
  private final History history;

  Execution(LocalStateMachine machine, String arn, String name, JsonNode input,
      ExecutionStatus status, JsonNode output, String error, String cause, long startMillis,
      long stopMillis, History history) {
    this.machine = machine;
    this.arn = arn;
    this.name = name;
    this.input = input;
    this.status = status;
    this.output = output;
    this.error = error;
    this.cause = cause;
    this.startMillis = startMillis;
    this.stopMillis = stopMillis;
    this.history = history;
  }

  /** The machine that ran. */
  public LocalStateMachine stateMachine() {
    return machine;
  }

  /** The execution's ARN ({@code $$.Execution.Id}). */
  public String arn() {
    return arn;
  }

  /** The execution's name. */
  public String name() {
    return name;
  }

  /** The execution input. */
  public JsonNode input() {
    return input;
  }

  /** How it ended. */
  public ExecutionStatus status() {
    return status;
  }

  /** The output when it succeeded, else null. */
  public JsonNode output() {
    return output;
  }

  /** The error when it failed or timed out (may be null for a Fail state without Error). */
  public String error() {
    return error;
  }

  /** The cause when it failed, or null. */
  public String cause() {
    return cause;
  }

  /** When it started, on its clock. */
  public Instant startDate() {
    return Instant.ofEpochMilli(startMillis);
  }

  /** When it ended, on its clock. */
  public Instant stopDate() {
    return Instant.ofEpochMilli(stopMillis);
  }

  /** Every event it recorded. */
  public History history() {
    return history;
  }

  /** The names of the states entered, in the order of their entered events. */
  public List<String> path() {
    List<String> path = new ArrayList<>();
    for (HistoryEvent event : history.events()) {
      if (event.type().endsWith("StateEntered")) {
        path.add(event.stateName());
      }
    }
    return path;
  }

  /** The input of the first entry into {@code state}, if it was entered. */
  public Optional<JsonNode> stateInput(String state) {
    for (HistoryEvent event : history.events()) {
      if (event.type().endsWith("StateEntered") && state.equals(event.stateName())) {
        return Optional.of(event.value());
      }
    }
    return Optional.empty();
  }

  /** The output of the last exit from {@code state}, if it exited. */
  public Optional<JsonNode> stateOutput(String state) {
    JsonNode found = null;
    for (HistoryEvent event : history.events()) {
      if (event.type().endsWith("StateExited") && state.equals(event.stateName())) {
        found = event.value();
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * How many times {@code state}'s work was retried: each Task call, Parallel or Map run after
   * the first, summed over every entry into the state.
   */
  public int retries(String state) {
    int retries = 0;
    boolean inside = false;
    int attempts = 0;
    for (HistoryEvent event : history.events()) {
      String type = event.type();
      if (type.endsWith("StateEntered")) {
        if (state.equals(event.stateName())) {
          inside = true;
          attempts = 0;
        }
      } else if (inside && (type.equals("TaskScheduled") || type.equals("LambdaFunctionScheduled")
          || type.equals("ParallelStateStarted") || type.equals("MapStateStarted"))) {
        attempts++;
      } else if (type.endsWith("StateExited") && state.equals(event.stateName())
          || type.startsWith("Execution") && inside) {
        retries += Math.max(0, attempts - 1);
        inside = false;
      }
    }
    return retries;
  }

  @Override
  public String toString() {
    return name + " " + status + (status == ExecutionStatus.SUCCEEDED ? " " + Values.text(output)
        : " " + error + (cause == null ? "" : ": " + cause)) + " via " + path();
  }
}
