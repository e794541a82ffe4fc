package io.statecraft.diagrams.internal;

import io.statecraft.diagrams.internal.FlowGraph.Cluster;
import io.statecraft.diagrams.internal.FlowGraph.ClusterKind;
import io.statecraft.diagrams.internal.FlowGraph.Edge;
import io.statecraft.diagrams.internal.FlowGraph.Element;
import io.statecraft.diagrams.internal.FlowGraph.Node;
import io.statecraft.diagrams.internal.FlowGraph.Scope;
import io.statecraft.diagrams.internal.Geometry.Box;
import io.statecraft.diagrams.internal.Geometry.Point;
import io.statecraft.diagrams.internal.Geometry.Route;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The layout of machines too big for {@link ElkLayout}: rows as {@link RowPlacement} makes them,
 * scope by scope, innermost first so that each cluster knows its size before its parent is
 * placed. Time and memory grow linearly with states, edges and nesting depth; nothing recurses.
 * The picture says it was drawn this way with {@code note}, in a band above the machine.
 *
 * <pre>{@code
 * Geometry geometry = SimpleLayout.layout(graph, Map.of(), "Drawn in rows: 5,000 states");
 * }</pre>
 */
final class SimpleLayout {

  private static final double PADDING = 16;
  static final double NOTE_BAND = 24;

  private SimpleLayout() {}

  /** One scope and the cluster it is drawn in (null for the machine itself). */
  private record Level(Scope scope, Cluster owner) {}

  static Geometry layout(FlowGraph graph, Map<String, String> notes, String note) {
    List<Level> levels = levels(graph);
    Map<String, double[]> size = new HashMap<>();
    List<RowPlacement> placed = new ArrayList<>(levels.size());
    Map<String, double[]> inset = new HashMap<>();
    // Innermost first: a cluster's size comes from its placed contents.
    levels.forEach(level -> placed.add(null));
    for (int i = levels.size() - 1; i >= 0; i--) {
      Level level = levels.get(i);
      List<Element> elements = level.scope().elements();
      double[][] sizes = new double[elements.size()][];
      for (int k = 0; k < elements.size(); k++) {
        Element element = elements.get(k);
        sizes[k] = element instanceof Node node ? Sizes.node(node, notes.get(node.id()))
            : size.get(element.id());
      }
      RowPlacement placement = new RowPlacement(level.scope(), sizes);
      placed.set(i, placement);
      if (level.owner() != null) {
        clusterSize(level.owner(), placement, notes.get(level.owner().id()), size, inset);
      }
    }
    // Outermost first: every element's absolute corner from its scope's.
    Map<String, double[]> corner = new HashMap<>();
    Map<String, String> parent = new HashMap<>();
    Map<String, Route> routes = new HashMap<>();
    RowPlacement top = placed.get(0);
    for (int i = 0; i < levels.size(); i++) {
      Level level = levels.get(i);
      double[] origin;
      if (level.owner() == null) {
        origin = new double[] {PADDING, PADDING + NOTE_BAND};
      } else {
        double[] at = corner.get(level.owner().id());
        double[] offset = inset.get(level.owner().id());
        origin = new double[] {at[0] + offset[0], at[1] + offset[1]};
      }
      place(level, placed.get(i), origin, corner, parent, routes);
    }
    Map<String, Box> boxes = new LinkedHashMap<>();
    for (Element element : graph.allElements()) {
      double[] at = corner.get(element.id());
      double[] wh = element instanceof Node node ? Sizes.node(node, notes.get(node.id()))
          : size.get(element.id());
      boxes.put(element.id(), new Box(element.id(), at[0], at[1], wh[0], wh[1],
          parent.get(element.id()), element instanceof Cluster));
    }
    List<Route> ordered = new ArrayList<>();
    for (Edge edge : graph.allEdges()) {
      ordered.add(routes.get(edge.id()));
    }
    double width = Math.max(top.width, TextMetrics.width(note, TextMetrics.SMALL_SIZE, false));
    return new Geometry(width + 2 * PADDING, top.height + 2 * PADDING + NOTE_BAND, boxes,
        ordered, note);
  }

  /** Every scope, outermost first (the machine, then each cluster's in document order). */
  private static List<Level> levels(FlowGraph graph) {
    List<Level> levels = new ArrayList<>();
    Deque<Level> pending = new ArrayDeque<>();
    pending.add(new Level(graph.root(), null));
    while (!pending.isEmpty()) {
      Level level = pending.poll();
      levels.add(level);
      for (Element element : level.scope().elements()) {
        if (element instanceof Cluster cluster) {
          pending.add(new Level(cluster.inner(), cluster));
        }
      }
    }
    return levels;
  }

  /** A cluster's size around its contents, with the padding and header {@link ElkLayout} gives. */
  private static void clusterSize(Cluster cluster, RowPlacement contents, String note,
      Map<String, double[]> size, Map<String, double[]> inset) {
    boolean branch = cluster.kind() == ClusterKind.BRANCH;
    double side = branch ? 12 : Sizes.CLUSTER_SIDE;
    double header = Sizes.header(cluster, note);
    double topPad = header + (branch ? 4 : Sizes.CLUSTER_GAP);
    double width = Math.max(contents.width + 2 * side,
        Math.max(Sizes.headerWidth(cluster, note), Sizes.MIN_WIDTH));
    double height = Math.max(topPad + contents.height + side, header + 2 * Sizes.CLUSTER_GAP);
    size.put(cluster.id(), new double[] {width, height});
    inset.put(cluster.id(), new double[] {(width - contents.width) / 2, topPad});
  }

  private static void place(Level level, RowPlacement placement, double[] origin,
      Map<String, double[]> corner, Map<String, String> parent, Map<String, Route> routes) {
    List<Element> elements = level.scope().elements();
    String owner = level.owner() == null ? null : level.owner().id();
    for (int k = 0; k < elements.size(); k++) {
      corner.put(elements.get(k).id(),
          new double[] {origin[0] + placement.x[k], origin[1] + placement.y[k]});
      parent.put(elements.get(k).id(), owner);
    }
    List<Edge> edges = level.scope().edges();
    for (int e = 0; e < edges.size(); e++) {
      Edge edge = edges.get(e);
      List<Point> points = new ArrayList<>();
      for (Point point : placement.routes.get(e)) {
        points.add(new Point(origin[0] + point.x(), origin[1] + point.y()));
      }
      Box label = placement.labels.get(e);
      if (label != null) {
        label = new Box(label.id(), origin[0] + label.x(), origin[1] + label.y(), label.width(),
            label.height(), null, false);
      }
      routes.put(edge.id(), new Route(edge.id(), edge.from(), edge.to(), points, label));
    }
  }
}
