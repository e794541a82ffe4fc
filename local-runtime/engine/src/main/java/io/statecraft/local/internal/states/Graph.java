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

  Graph(Node start, Map<String, Node> nodes) {
    this.start = start;
    this.nodes = nodes;
  }
}
