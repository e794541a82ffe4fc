package io.statecraft.diagrams.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a diagram shows, before any layout: the states as nodes and clusters, the transitions as
 * edges, with their display text. Mermaid is written straight from it; SVG lays it out first. A
 * scope (the machine, a branch, a Map's processor) owns the elements drawn in it and the edges
 * between them; ASL never lets a transition leave its scope, so no edge crosses a cluster border.
 */
record FlowGraph(Scope root) {

  /** The kinds of leaf node. */
  enum NodeKind { START, END, TASK, PASS, WAIT, CHOICE, SUCCEED, FAIL, MISSING }

  /** The kinds of cluster. */
  enum ClusterKind { MAP, PARALLEL, BRANCH }

  /** How an edge came about. */
  enum EdgeKind { START, NEXT, CHOICE, DEFAULT, CATCH, END }

  /** A node or a cluster. */
  sealed interface Element permits Node, Cluster {
    /** Unique in the whole graph; safe as an XML id and a Mermaid id. */
    String id();

    /** The state's name; null for start/end markers and branches. */
    String stateName();
  }

  /**
   * A leaf: a state, or the start or end marker.
   *
   * @param retry the retry mark (e.g. {@code ↻ 3 retries}), or null
   * @param detail the lines under the name ({@code Lambda · charge-card}, {@code timeout 5 min}),
   *     separated by {@code \n}, or null
   * @param tooltip the full text behind abbreviated lines, or null
   * @param comment the state's {@code Comment}, wrapped into lines, or null
   */
  record Node(String id, String stateName, NodeKind kind, String detail, String retry,
      String tooltip, String comment) implements Element {
    Node(String id, String stateName, NodeKind kind, String detail, String retry, String tooltip) {
      this(id, stateName, kind, detail, retry, tooltip, null);
    }
  }

  /**
   * A Map or Parallel state holding its inner states, or one branch of a Parallel.
   *
   * @param title the state's name, or e.g. {@code Branch 1}
   * @param detail e.g. {@code Map · items $.orders}, lines separated by {@code \n}, or null
   * @param retry the retry mark, or null
   * @param inner what is drawn inside
   * @param comment the state's, branch's or processor's {@code Comment}, wrapped, or null
   */
  record Cluster(String id, String stateName, ClusterKind kind, String title, String detail,
      String retry, Scope inner, String comment) implements Element {}

  /**
   * A transition drawn from one element to another of the same scope.
   *
   * @param label the text drawn on the edge, wrapped on lines separated by {@code \n}, or null
   * @param fullLabel the text on one line, or null
   */
  record Edge(String id, String from, String to, EdgeKind kind, String label, String fullLabel) {}

  /** The elements of one scope and the edges between them, in document order. */
  record Scope(List<Element> elements, List<Edge> edges) {
    Scope {
      elements = List.copyOf(elements);
      edges = List.copyOf(edges);
    }
  }

  /** Every element at every depth, parents before children. */
  List<Element> allElements() {
    List<Element> all = new ArrayList<>();
    visit(root, all::add);
    return all;
  }

  /** Every edge at every depth. */
  List<Edge> allEdges() {
    List<Edge> all = new ArrayList<>(root.edges());
    visit(root, element -> {
      if (element instanceof Cluster cluster) {
        all.addAll(cluster.inner().edges());
      }
    });
    return all;
  }

  /** Every element of the scope and of the clusters in it, in pre-order (parents first). */
  private static void visit(Scope scope, Consumer<Element> action) {
    // An explicit stack, not recursion: a machine may nest Map and Parallel states a thousand deep.
    Deque<Iterator<Element>> open = new ArrayDeque<>();
    open.push(scope.elements().iterator());
    while (!open.isEmpty()) {
      Iterator<Element> at = open.peek();
      if (!at.hasNext()) {
        open.pop();
        continue;
      }
      Element element = at.next();
      action.accept(element);
      if (element instanceof Cluster cluster) {
        open.push(cluster.inner().elements().iterator());
      }
    }
  }

  /** How many Map and Parallel states deep the deepest element lies: 0 when there is none. */
  int depth() {
    int deepest = 0;
    // Pairs of (iterator, depth of the elements it yields), on an explicit stack.
    Deque<Iterator<Element>> open = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    open.push(root.elements().iterator());
    depths.push(0);
    while (!open.isEmpty()) {
      Iterator<Element> at = open.peek();
      int depth = depths.peek();
      if (!at.hasNext()) {
        open.pop();
        depths.pop();
        continue;
      }
      if (at.next() instanceof Cluster cluster) {
        // A branch is drawn as a box but is not a state: it adds no depth of its own.
        int inner = cluster.kind() == ClusterKind.BRANCH ? depth : depth + 1;
        deepest = Math.max(deepest, inner);
        open.push(cluster.inner().elements().iterator());
        depths.push(inner);
      }
    }
    return deepest;
  }
}
