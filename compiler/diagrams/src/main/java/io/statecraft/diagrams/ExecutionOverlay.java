package io.statecraft.diagrams;

import io.statecraft.diagrams.internal.Trace;
import tools.jackson.databind.JsonNode;

/**
 * What one execution did, read from its history in the shape of AWS GetExecutionHistory
 * ({@code {"events": [...]}}): which states ran, failed, caught an error or were never reached,
 * how often each was retried, and which transitions were taken. Drawn over a definition's diagram
 * by {@link Diagrams#svg(io.statecraft.asl.StateMachine, ExecutionOverlay)}.
 *
 * <pre>{@code
 * ExecutionOverlay run = ExecutionOverlay.fromHistory(Files.readString(Path.of("history.json")));
 * String svg = Diagrams.svg(machine, run);
 * run.status("ChargeCard");   // FAILED
 * }</pre>
 */
public final class ExecutionOverlay {

  /** How a state fared in the execution. */
  public enum Status {
    /** Entered and left normally (at least once). */
    SUCCEEDED,
    /** Failed and the error was not caught there: the execution (or its branch) failed in it. */
    FAILED,
    /** Failed, and a Catch of the state handled the error. */
    CAUGHT,
    /** Stopped because a sibling branch or iteration failed, or the execution was stopped. */
    CANCELLED,
    /** Entered and not yet left: the execution is still running there. */
    RUNNING,
    /** Never entered. */
    NOT_REACHED
  }

  private final Trace trace;

  private ExecutionOverlay(Trace trace) {
    this.trace = trace;
  }

  /**
   * Reads a history: {@code {"events": [...]}} as GetExecutionHistory returns it, or the bare
   * array of events. Event details may hold JSON as text (as AWS sends it) or already parsed.
   *
   * @throws IllegalArgumentException when {@code history} is not JSON of that shape, naming
   *     what is wrong and where
   */
  public static ExecutionOverlay fromHistory(String history) {
    return new ExecutionOverlay(Trace.fromHistory(history));
  }

  /** Reads a history already parsed; see {@link #fromHistory(String)}. */
  public static ExecutionOverlay fromHistory(JsonNode history) {
    return new ExecutionOverlay(Trace.fromHistory(history));
  }

  /** How the state named {@code state} fared; {@code NOT_REACHED} when it never ran. */
  public Status status(String state) {
    return Status.valueOf(trace.status(state).name());
  }

  /** How many times the state was entered (more than once in a loop or a Map). */
  public int entries(String state) {
    return trace.entries(state);
  }

  /** How many retries the state made, over all its entries. */
  public int retries(String state) {
    return trace.retries(state);
  }

  /** The error the state failed with (the last one, if several), or null. */
  public String error(String state) {
    return trace.error(state);
  }

  /** {@code SUCCEEDED}, {@code FAILED}, {@code TIMED_OUT}, {@code ABORTED} or {@code RUNNING}. */
  public String executionStatus() {
    return trace.executionStatus();
  }

  /** The execution's error when it failed, else null. */
  public String executionError() {
    return trace.executionError();
  }

  /** What the drawing code reads. */
  Trace trace() {
    return trace;
  }
}
