package io.statecraft.local;

import java.util.Map;

/** A compiled scope of states: the machine, a Parallel branch or a Map's item processor. */
final class Graph {

  final Node start;
  final Map<String, Node> nodes;

  Graph(Node start, Map<String, Node> nodes) {
    this.start = start;
    this.nodes = nodes;
  }
}
