package io.statecraft.testing.coverage.internal;

import java.util.List;

/**
 * One thing of a definition that tests may or may not cover.
 *
 * <pre>{@code
 * new Item(Item.Kind.TRANSITION, "Route", "Choices[1]", "Ship", List.of()).label()
 *     // "Route -> Ship (Choices[1])"
 * }</pre>
 *
 * @param kind what it is
 * @param state the state it belongs to (for a transition, the state it leaves)
 * @param via how it is named in the state: {@code Next}, {@code End}, {@code Default},
 *     {@code Choices[i]}, {@code Retry[i]}, {@code Catch[i]}; null for a state
 * @param to where a transition or catcher leads; null otherwise, and for {@code End}
 * @param errors a retrier's or catcher's ErrorEquals; empty otherwise
 */
public record Item(Kind kind, String state, String via, String to, List<String> errors) {

  /**
   * What an item is; the constants are those of {@code WorkflowCoverage.Kind}, which is mapped
   * from this by name and documents each.
   */
  public enum Kind { STATE, TRANSITION, CHOICE_RULE, RETRIER, CATCHER }

  public Item {
    errors = List.copyOf(errors);
  }

  /** How reports and assertions name it: {@code Route -> Ship (Choices[1])}, {@code Call Retry[0]}. */
  public String label() {
    return switch (kind) {
      case STATE -> state;
      case TRANSITION -> to == null ? state + " (" + via + ")"
          : state + " -> " + to + " (" + via + ")";
      default -> state + " " + via;
    };
  }
}
