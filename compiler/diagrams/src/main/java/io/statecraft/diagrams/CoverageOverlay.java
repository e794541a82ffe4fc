package io.statecraft.diagrams;

import io.statecraft.diagrams.internal.CoverageMarks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which states and transitions of a definition some executions covered, drawn over its diagram by
 * {@link Diagrams#svg(io.statecraft.asl.StateMachine, CoverageOverlay)}: covered states green,
 * missed ones red, covered transitions bold, missed ones red and dashed, each state's note (say,
 * {@code entered 3×}) under its name. What the overlay does not mention stays grey; the start
 * edge follows the first state, and the end edge of a Succeed or Fail state follows that state.
 *
 * <pre>{@code
 * CoverageOverlay coverage = CoverageOverlay.builder()
 *     .state("Paid?", true, "entered 2×")
 *     .transition("Paid?", CoverageOverlay.Edge.CHOICE_RULE, 0, true)
 *     .transition("Paid?", CoverageOverlay.Edge.DEFAULT, -1, false)
 *     .state("Refund", false, "not entered")
 *     .build();
 * String svg = Diagrams.svg(machine, coverage);
 * }</pre>
 */
public final class CoverageOverlay {

  /** The kinds of transition out of a state, as ASL writes them. */
  public enum Edge {
    /** {@code Next}. */
    NEXT,
    /** The {@code Next} of a Choice rule; the index is the rule's. */
    CHOICE_RULE,
    /** A Choice state's {@code Default}. */
    DEFAULT,
    /** The {@code Next} of a catcher; the index is the catcher's. */
    CATCH,
    /** {@code End}. */
    END
  }

  private final CoverageMarks marks;

  private CoverageOverlay(Builder builder) {
    this.marks = new CoverageMarks(builder.states, builder.notes, builder.transitions);
  }

  /** An empty overlay to fill. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether the state was covered; null when the overlay does not say. */
  public Boolean state(String state) {
    return marks.states().get(state);
  }

  /** The line drawn under the state's name, or null. */
  public String note(String state) {
    return marks.notes().get(state);
  }

  /**
   * Whether the transition was covered; null when the overlay does not say.
   *
   * @param index the rule's or catcher's index for {@code CHOICE_RULE} and {@code CATCH}, else
   *     ignored
   */
  public Boolean transition(String from, Edge edge, int index) {
    return marks.transition(from, edge.name(), index);
  }

  /** What the drawing code reads. */
  CoverageMarks marks() {
    return marks;
  }

  /** Collects what a {@link CoverageOverlay} says; a later call for the same item wins. */
  public static final class Builder {
    private final Map<String, Boolean> states = new LinkedHashMap<>();
    private final Map<String, String> notes = new LinkedHashMap<>();
    private final Map<String, Boolean> transitions = new LinkedHashMap<>();

    private Builder() {}

    /** Whether the state named {@code state} was covered, and its note (null for none). */
    public Builder state(String state, boolean covered, String note) {
      Objects.requireNonNull(state, "state == null");
      states.put(state, covered);
      if (note == null) {
        notes.remove(state);
      } else {
        notes.put(state, note);
      }
      return this;
    }

    /** Whether the transition of kind {@code edge} (rule or catcher {@code index}) was covered. */
    public Builder transition(String from, Edge edge, int index, boolean covered) {
      Objects.requireNonNull(from, "from == null");
      Objects.requireNonNull(edge, "edge == null");
      transitions.put(CoverageMarks.key(from, edge.name(), index), covered);
      return this;
    }

    public CoverageOverlay build() {
      return new CoverageOverlay(this);
    }
  }
}
