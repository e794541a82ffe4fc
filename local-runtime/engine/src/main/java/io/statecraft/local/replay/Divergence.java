package io.statecraft.local.replay;

import java.util.Optional;

/**
 * The first event of a history that the definition does not reproduce: its id, the state it
 * belongs to, what the history did there and what the definition does instead, in words.
 *
 * <pre>{@code
 * result.divergence().ifPresent(d -> System.out.println(d.eventId() + ": " + d.actual()));
 * }</pre>
 *
 * @param eventId the id of the recorded event that differs (its {@code id} in the history)
 * @param stateName the state the event belongs to, or null for the execution's own events
 * @param expected what the history did, e.g. {@code Choice state 'Paid?' went on to state
 *     'Ship'}
 * @param actual what the definition does instead, e.g. {@code Choice state 'Paid?' goes on to
 *     state 'Remind'}
 */
public record Divergence(long eventId, String stateName, String expected, String actual) {

  public Divergence {
    if (eventId < 1) {
      throw new IllegalArgumentException("eventId must be >= 1, was " + eventId);
    }
    if (expected == null || actual == null) {
      throw new NullPointerException("expected == null || actual == null");
    }
  }

  /** The state the event belongs to, when it belongs to one. */
  public Optional<String> state() {
    return Optional.ofNullable(stateName);
  }

  /**
   * Three lines: where, what the history did, what the definition does.
   * <pre>
   * event 7 (state 'Paid?')
   *   history:    Choice state 'Paid?' went on to state 'Ship'
   *   definition: Choice state 'Paid?' goes on to state 'Remind'
   * </pre>
   */
  public String message() {
    return "event " + eventId + (stateName == null ? "" : " (state '" + stateName + "')")
        + "\n  history:    " + expected + "\n  definition: " + actual;
  }
}
