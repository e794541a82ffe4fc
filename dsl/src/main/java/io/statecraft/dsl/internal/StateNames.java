package io.statecraft.dsl.internal;

import io.statecraft.dsl.flow.Flow;

/**
 * The name of the one state a DSL object declares, for tools that refer to a state by its object
 * (the local runtime binds a handler to a {@code TaskStep}) instead of retyping its name.
 */
public final class StateNames {

  private StateNames() {}

  /**
   * The name of {@code state}.
   *
   * @throws IllegalArgumentException when {@code state} is a chain of several states
   */
  public static String of(Flow state) {
    if (state instanceof StateNode node) {
      return node.name();
    }
    if (state instanceof Fragmented fragmented) {
      Fragment fragment = fragmented.fragment();
      int size = fragment.contents().nodes().size();
      if (size == 1) {
        return fragment.start().name();
      }
      throw new IllegalArgumentException("state must be one state, was a chain of "
          + size + " states starting at '" + fragment.start().name()
          + "': pass the state's own object");
    }
    throw new IllegalArgumentException("state must be a state made by the DSL, was " + state);
  }
}
