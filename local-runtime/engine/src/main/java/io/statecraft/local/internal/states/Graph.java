package io.statecraft.local.internal.states;

import java.util.Map;

/** A compiled scope of states: the machine, a Parallel branch or a Map's item processor. */
public final class Graph {

  final Node start;
  final Map<String, Node> nodes;

  /** The state the scope starts at, as a line runs it. */
  public io.statecraft.local.internal.kernel.Step start() {
    return start;
  }

  /** The state named {@code name} of this scope (not of nested ones), or null. */
  public io.statecraft.local.internal.kernel.Step step(String name) {
    return nodes.get(name);
  }

  /** The names of this scope's states, in document order. */
  public java.util.Set<String> names() {
    return java.util.Collections.unmodifiableSet(nodes.keySet());
  }

  Graph(Node start, Map<String, Node> nodes) {
    this.start = start;
    this.nodes = nodes;
  }
}
