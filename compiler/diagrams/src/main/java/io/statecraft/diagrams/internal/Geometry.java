package io.statecraft.diagrams.internal;

import java.util.List;
import java.util.Map;

/**
 * Where everything of a {@link FlowGraph} is drawn, in absolute coordinates (origin top left,
 * y down). The SVG writer only paints what is here; tests check the layout on it.
 *
 * @param boxes every node and cluster by element id, parents before children
 * @param routes every edge, in graph order
 * @param note a line drawn above the machine saying how it was laid out, or null
 */
record Geometry(double width, double height, Map<String, Box> boxes, List<Route> routes,
    String note) {

  Geometry {
    boxes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(boxes));
    routes = List.copyOf(routes);
  }

  Geometry(double width, double height, Map<String, Box> boxes, List<Route> routes) {
    this(width, height, boxes, routes, null);
  }

  /**
   * A node's or a cluster's rectangle.
   *
   * @param parent the id of the cluster it is drawn in, or null at the top
   */
  record Box(String id, double x, double y, double width, double height, String parent,
      boolean cluster) {

    double right() {
      return x + width;
    }

    double bottom() {
      return y + height;
    }

    /** Whether the two rectangles share more than a border. */
    boolean overlaps(Box other) {
      return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }

    /** Whether {@code inner} lies within this rectangle. */
    boolean contains(Box inner) {
      return inner.x >= x && inner.y >= y && inner.right() <= right() && inner.bottom() <= bottom();
    }
  }

  /** A point of an edge's route. */
  record Point(double x, double y) {}

  /**
   * An edge's polyline from its source's border to its target's border.
   *
   * @param label where the edge's label is drawn, or null when it has none
   */
  record Route(String edgeId, String from, String to, List<Point> points, Box label) {
    Route {
      points = List.copyOf(points);
    }
  }
}
