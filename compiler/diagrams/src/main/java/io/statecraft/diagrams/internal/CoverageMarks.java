package io.statecraft.diagrams.internal;

import java.util.Map;

/**
 * Which states and transitions were covered, as {@code io.statecraft.diagrams.CoverageOverlay}
 * collects them; the drawing code reads it directly.
 *
 * <pre>{@code
 * CoverageMarks marks = new CoverageMarks(Map.of("Pay", true), Map.of(),
 *     Map.of(CoverageMarks.key("Pay", "NEXT", 0), false));
 * String svg = Drawing.coverageSvg(machine, marks);
 * }</pre>
 *
 * @param states covered or not, by state name
 * @param notes the line drawn under a state's name, by state name
 * @param transitions covered or not, by {@link #key}
 */
public record CoverageMarks(Map<String, Boolean> states, Map<String, String> notes,
    Map<String, Boolean> transitions) {

  public CoverageMarks {
    states = Map.copyOf(states);
    notes = Map.copyOf(notes);
    transitions = Map.copyOf(transitions);
  }

  /**
   * The key of a transition: its state, its kind ({@code NEXT}, {@code CHOICE_RULE},
   * {@code DEFAULT}, {@code CATCH} or {@code END}) and, for rules and catchers, its index.
   */
  public static String key(String from, String kind, int index) {
    boolean indexed = kind.equals("CHOICE_RULE") || kind.equals("CATCH");
    return from + '\u0000' + kind + '\u0000' + (indexed ? index : 0);
  }

  /** Whether the transition was covered; null when not said. */
  public Boolean transition(String from, String kind, int index) {
    return transitions.get(key(from, kind, index));
  }
}
