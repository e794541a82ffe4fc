package io.statecraft.local.internal.kernel;

import io.statecraft.local.history.HistoryEvent;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * How a run ended: its status, output or error and cause, when it stopped, and its history.
 *
 * @param status how it ended
 * @param output the output when it succeeded, else null
 * @param error the error when it failed, timed out or was stopped (may be null)
 * @param cause the cause, or null
 * @param stopMillis when it ended, on its clock
 * @param events every event it recorded, in id order
 */
public record Outcome(Status status, JsonNode output, String error, String cause,
    long stopMillis, List<HistoryEvent> events) {

  /** The four ways an execution ends. */
  public enum Status {
    SUCCEEDED,
    FAILED,
    TIMED_OUT,
    ABORTED
  }
}
