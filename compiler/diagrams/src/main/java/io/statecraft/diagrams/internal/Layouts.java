package io.statecraft.diagrams.internal;

import io.statecraft.diagrams.internal.FlowGraph.Cluster;
import io.statecraft.diagrams.internal.FlowGraph.Element;
import io.statecraft.diagrams.internal.FlowGraph.Scope;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;

/**
 * Which layout a graph gets. ELK's layered algorithm draws the detailed picture, but some of its
 * phases grow faster than the graph (network-simplex node placement, the model-order sorting
 * that keeps Choice rules in order, a bend point for every layer a long edge passes) and some
 * recurse as deep as the graph is long. Up to {@link #MOST_FOR_ELK} it takes at most about one
 * and a half seconds of CPU (a Choice of 390 rules, the worst shape measured; a 500-state chain
 * takes a tenth of a second), eight times the size of the biggest real-world definition in the
 * shared corpus; above it,
 * or nested deeper than {@link #DEEPEST_FOR_ELK}, {@link SimpleLayout} draws the machine in
 * linear time and the picture says so.
 *
 * <pre>{@code
 * Geometry geometry = Layouts.layout(GraphBuilder.build(machine), Map.of());
 * }</pre>
 */
final class Layouts {

  /** Elements, edges and the layers edges pass over, summed: past this, the simple layout. */
  static final long MOST_FOR_ELK = 1_200;

  /**
   * Layers passed over by long edges, summed: past this, the simple layout. ELK bends such an
   * edge at every layer and its cost grows much faster than their count (20 Tasks catching into
   * one handler, 190 layers, take about half a second; 40 Tasks, 780 layers, twelve seconds).
   * The real-world definition with the most passes over 100.
   */
  static final long MOST_PASSED_FOR_ELK = 250;

  /** Map and Parallel states inside each other: past this, the simple layout. */
  static final int DEEPEST_FOR_ELK = 40;

  private Layouts() {}

  static Geometry layout(FlowGraph graph, Map<String, String> notes) {
    String note = simpleNote(graph);
    return note == null ? ElkLayout.layout(graph, notes)
        : SimpleLayout.layout(graph, notes, note);
  }

  /** What the picture says when it is drawn by the simple layout; null for ELK's. */
  static String simpleNote(FlowGraph graph) {
    int depth = graph.depth();
    long states = 0;
    long edges = 0;
    long size = 0;
    long passed = 0;
    Deque<Scope> pending = new ArrayDeque<>();
    pending.add(graph.root());
    while (!pending.isEmpty()) {
      Scope scope = pending.poll();
      edges += scope.edges().size();
      size += scope.elements().size() + scope.edges().size();
      if (size <= MOST_FOR_ELK && passed <= MOST_PASSED_FOR_ELK) {
        long skipped = Layers.of(scope).skipped();
        size += skipped;
        passed += skipped;
      }
      for (Element element : scope.elements()) {
        states += element.stateName() != null ? 1 : 0;
        if (element instanceof Cluster cluster) {
          pending.add(cluster.inner());
        }
      }
    }
    if (size <= MOST_FOR_ELK && passed <= MOST_PASSED_FOR_ELK && depth <= DEEPEST_FOR_ELK) {
      return null;
    }
    return String.format(Locale.ROOT, "%,d states, %,d transitions%s: drawn in plain rows in"
        + " document order (long and backward transitions run along the sides), as the"
        + " detailed layout would take too long", states, edges,
        depth > DEEPEST_FOR_ELK ? String.format(Locale.ROOT, ", nested %,d deep", depth) : "");
  }
}
