package io.statecraft.local.internal.tasks;

import io.statecraft.local.internal.json.Values;
import tools.jackson.databind.JsonNode;

/**
 * The failure a recorded or mocked answer gives: {@code {"Throw": {"Error": ..., "Cause": ...}}},
 * with {@code "TimedOut": true} for a time-out. An Error that is not a string counts as none; a
 * Cause that is not a string is its JSON text.
 */
public record RecordedFailure(String error, String cause, boolean timedOut) {

  /** The failure of {@code answer}, an answer without {@code Return}. */
  public static RecordedFailure of(JsonNode answer) {
    JsonNode thrown = answer.path("Throw");
    String error = thrown.path("Error").isString() ? thrown.get("Error").asString() : null;
    JsonNode cause = thrown.get("Cause");
    return new RecordedFailure(error, cause == null || cause.isNull() ? null
        : Values.unquoted(cause), answer.path("TimedOut").asBoolean(false));
  }
}
