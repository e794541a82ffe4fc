package io.statecraft.local.replay;

import java.util.List;
import java.util.Optional;

/**
 * How a replay went: consistent (the definition reproduced every event of the history), or the
 * first {@link Divergence}. {@link #notes()} say what could not be compared and why (a history
 * read without its data, one cut while the execution ran, placeholder timestamps).
 *
 * <pre>{@code
 * ReplayResult result = Replayer.of(definition).check(history);
 * if (!result.consistent()) {
 *   System.err.println(result.divergence().orElseThrow().message());
 * }
 * }</pre>
 */
public final class ReplayResult {

  private final Divergence divergence;
  private final int eventsChecked;
  private final int eventCount;
  private final List<String> notes;

  ReplayResult(Divergence divergence, int eventsChecked, int eventCount, List<String> notes) {
    this.divergence = divergence;
    this.eventsChecked = eventsChecked;
    this.eventCount = eventCount;
    this.notes = List.copyOf(notes);
  }

  /** Whether the definition reproduced every event of the history. */
  public boolean consistent() {
    return divergence == null;
  }

  /** The first event the definition does not reproduce; empty when consistent. */
  public Optional<Divergence> divergence() {
    return Optional.ofNullable(divergence);
  }

  /** How many events of the history the definition reproduced before the divergence, if any. */
  public int eventsChecked() {
    return eventsChecked;
  }

  /** How many events the history holds. */
  public int eventCount() {
    return eventCount;
  }

  /** What was not compared and why; empty when everything was. */
  public List<String> notes() {
    return notes;
  }

  /**
   * One line: {@code consistent (42 events)} or {@code divergent at event 7 (state 'Paid?')},
   * then the divergence's two lines and one line per note.
   */
  public String summary() {
    StringBuilder text = new StringBuilder();
    if (divergence == null) {
      text.append("consistent (").append(eventCount).append(eventCount == 1 ? " event)"
          : " events)");
    } else {
      text.append("divergent at ").append(divergence.message());
    }
    for (String note : notes) {
      text.append("\n  note: ").append(note);
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return summary();
  }
}
