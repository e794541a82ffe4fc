package io.statecraft.dsl.internal;

import io.statecraft.dsl.flow.Flow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The graph behind a flow: its first state, every state it contains in the order they joined, the
 * {@code Next} transitions wired so far, and the states whose {@code Next} is still open. States
 * are compared by identity: two builders with the same name are two states.
 */
public record Fragment(
    StateNode start, Set<StateNode> nodes, Set<Edge> edges, List<StateNode> ends) {

  /** A {@code Next} transition. */
  record Edge(StateNode from, StateNode to) {}

  public Fragment {
    nodes = Collections.unmodifiableSet(nodes);
    edges = Collections.unmodifiableSet(edges);
    ends = List.copyOf(ends);
  }

  public static Fragment of(Flow flow) {
    if (flow == null) {
      throw new NullPointerException("flow == null");
    }
    if (flow instanceof Fragmented fragmented) {
      return fragmented.fragment();
    }
    throw new IllegalArgumentException(
        "flows must be created with io.statecraft.dsl.Steps, was " + flow.getClass().getName());
  }

  /** This fragment with every open end wired to the start of {@code next}. */
  Fragment then(Fragment next) {
    Set<StateNode> allNodes = new LinkedHashSet<>(nodes);
    allNodes.addAll(next.nodes);
    Set<Edge> allEdges = new LinkedHashSet<>(edges);
    for (StateNode end : ends) {
      allEdges.add(new Edge(end, next.start));
    }
    allEdges.addAll(next.edges);
    Set<StateNode> wired = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    allEdges.forEach(edge -> wired.add(edge.from()));
    List<StateNode> open = new ArrayList<>();
    for (StateNode end : next.ends) {
      if (!wired.contains(end)) {
        open.add(end);
      }
    }
    return new Fragment(start, allNodes, allEdges, open);
  }

  /** A flow's fragment extended by the states and edges of flows that hang off its states. */
  Fragment including(Fragment other) {
    Set<StateNode> allNodes = new LinkedHashSet<>(nodes);
    allNodes.addAll(other.nodes);
    Set<Edge> allEdges = new LinkedHashSet<>(edges);
    allEdges.addAll(other.edges);
    return new Fragment(start, allNodes, allEdges, ends);
  }

  Fragment withEnds(List<StateNode> newEnds) {
    return new Fragment(start, nodes, edges, newEnds);
  }
}
