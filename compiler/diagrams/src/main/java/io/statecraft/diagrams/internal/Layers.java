package io.statecraft.diagrams.internal;

import io.statecraft.diagrams.internal.FlowGraph.Edge;
import io.statecraft.diagrams.internal.FlowGraph.Scope;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The layer of each element of one scope, in time and space linear in its elements and edges,
 * without recursion: loops are broken where a depth-first walk in document order meets an
 * element it is still inside of (those edges are drawn backwards), then each element goes one
 * layer below the lowest element with a forward edge into it (longest path).
 *
 * <pre>{@code
 * Layers layers = Layers.of(scope);
 * int row = layers.layer(0);   // the layer of the scope's first element
 * }</pre>
 */
final class Layers {

  private final int[] layer;
  private final boolean[] backward;
  private final int[] from;
  private final int[] to;

  private Layers(int[] layer, boolean[] backward, int[] from, int[] to) {
    this.layer = layer;
    this.backward = backward;
    this.from = from;
    this.to = to;
  }

  static Layers of(Scope scope) {
    int count = scope.elements().size();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < count; i++) {
      index.put(scope.elements().get(i).id(), i);
    }
    List<Edge> edges = scope.edges();
    int[] from = new int[edges.size()];
    int[] to = new int[edges.size()];
    List<List<Integer>> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(new ArrayList<>(2));
    }
    for (int e = 0; e < edges.size(); e++) {
      from[e] = index.get(edges.get(e).from());
      to[e] = index.get(edges.get(e).to());
      out.get(from[e]).add(e);
    }
    boolean[] backward = backwardEdges(count, out, to);
    return new Layers(longestPath(count, out, to, backward), backward, from, to);
  }

  /** Edges to an element the depth-first walk is still inside of, and self-loops. */
  private static boolean[] backwardEdges(int count, List<List<Integer>> out, int[] to) {
    boolean[] backward = new boolean[to.length];
    byte[] state = new byte[count];   // 0 not seen, 1 on the walk's path, 2 done
    int[] nextEdge = new int[count];
    ArrayDeque<Integer> path = new ArrayDeque<>();
    for (int root = 0; root < count; root++) {
      if (state[root] != 0) {
        continue;
      }
      state[root] = 1;
      path.push(root);
      while (!path.isEmpty()) {
        int at = path.peek();
        if (nextEdge[at] == out.get(at).size()) {
          state[at] = 2;
          path.pop();
          continue;
        }
        int edge = out.get(at).get(nextEdge[at]++);
        int target = to[edge];
        if (state[target] == 1) {
          backward[edge] = true;
        } else if (state[target] == 0) {
          state[target] = 1;
          path.push(target);
        }
      }
    }
    return backward;
  }

  /** Kahn's order over the forward edges, each element one below its lowest predecessor. */
  private static int[] longestPath(int count, List<List<Integer>> out, int[] to,
      boolean[] backward) {
    int[] incoming = new int[count];
    for (int e = 0; e < to.length; e++) {
      if (!backward[e]) {
        incoming[to[e]]++;
      }
    }
    int[] layer = new int[count];
    ArrayDeque<Integer> ready = new ArrayDeque<>();
    for (int i = 0; i < count; i++) {
      if (incoming[i] == 0) {
        ready.add(i);
      }
    }
    while (!ready.isEmpty()) {
      int at = ready.poll();
      for (int edge : out.get(at)) {
        if (!backward[edge]) {
          int target = to[edge];
          layer[target] = Math.max(layer[target], layer[at] + 1);
          if (--incoming[target] == 0) {
            ready.add(target);
          }
        }
      }
    }
    return layer;
  }

  int layer(int element) {
    return layer[element];
  }

  boolean backward(int edge) {
    return backward[edge];
  }

  int from(int edge) {
    return from[edge];
  }

  int to(int edge) {
    return to[edge];
  }

  /** How many layers the edges pass over between their ends, summed: a layered layout's bends. */
  long skipped() {
    long skipped = 0;
    for (int e = 0; e < from.length; e++) {
      skipped += Math.max(0, Math.abs(layer[to[e]] - layer[from[e]]) - 1);
    }
    return skipped;
  }
}
