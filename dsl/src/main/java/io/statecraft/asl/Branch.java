package io.statecraft.asl;

import io.statecraft.asl.internal.Copies;
import java.util.Map;
import java.util.Objects;

/**
 * One of a Parallel state's {@code Branches}: a nested graph of states with its own
 * {@code StartAt}.
 *
 * @param comment {@code Comment}, or null
 * @param startAt the name of the first state
 * @param states the states by name, in document order
 */
public record Branch(String comment, String startAt, Map<String, State> states) {

  public Branch {
    Objects.requireNonNull(startAt, "startAt");
    states = Copies.orderedMap(states);
  }
}
