package io.statecraft.diagrams.internal;

import io.statecraft.diagrams.internal.FlowGraph.Edge;
import io.statecraft.diagrams.internal.FlowGraph.Scope;
import io.statecraft.diagrams.internal.Geometry.Box;
import io.statecraft.diagrams.internal.Geometry.Point;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the elements and edges of one scope go in {@link SimpleLayout}, relative to the scope's
 * top-left corner: each layer of {@link Layers} a row (wrapped after {@link #ROW_MOST} elements),
 * elements in document order, no crossing reduction. An edge leaves its source at the bottom
 * and enters its target at the top; between neighbouring rows it turns in the gap between them,
 * otherwise it runs along a lane left of the rows (forward) or right of them (backward), so no
 * line crosses a box. Labels stack above their target, in the gap, each slot as wide as its
 * widest label. Linear in elements and edges.
 */
final class RowPlacement {

  static final int ROW_MOST = 24;
  private static final double NODE_GAP = 28;
  private static final double ROW_GAP = 36;
  private static final double LANE = 6;
  private static final int LANES = 8;
  private static final double CHANNEL = LANES * LANE + 10;
  private static final double LABEL_GAP = 2;

  final double width;
  final double height;
  /** Top-left corner of each element, by element index. */
  final double[] x;
  final double[] y;
  /** Each edge's points and label box (or null), by edge index. */
  final List<List<Point>> routes = new ArrayList<>();
  final List<Box> labels = new ArrayList<>();

  /**
   * Places {@code scope}; {@code sizes} holds each element's {width, height}, by index.
   */
  RowPlacement(Scope scope, double[][] sizes) {
    int count = scope.elements().size();
    List<Edge> edges = scope.edges();
    Layers layers = Layers.of(scope);
    int[] row = rows(count, layers);
    int rowCount = 0;
    for (int i = 0; i < count; i++) {
      rowCount = Math.max(rowCount, row[i] + 1);
    }
    // Room for labels: a slot as wide as the widest label entering it, a stack as tall as all.
    double[][] labelSize = new double[edges.size()][];
    double[] slot = new double[count];
    double[] stack = new double[count];
    boolean[] entered = new boolean[Math.max(rowCount, 1)];
    boolean leavesLast = false;
    boolean left = false;
    boolean right = false;
    for (int i = 0; i < count; i++) {
      slot[i] = sizes[i][0];
    }
    for (int e = 0; e < edges.size(); e++) {
      int target = layers.to(e);
      int source = layers.from(e);
      entered[row[target]] = true;
      leavesLast |= row[source] == rowCount - 1;
      if (row[target] <= row[source]) {
        right = true;
      } else if (row[target] > row[source] + 1) {
        left = true;
      }
      if (edges.get(e).label() != null) {
        labelSize[e] = Sizes.label(edges.get(e).label());
        slot[target] = Math.max(slot[target], labelSize[e][0]);
        stack[target] += labelSize[e][1] + LABEL_GAP;
      }
    }
    double[] rowWidth = new double[rowCount];
    double[] rowHeight = new double[rowCount];
    double[] gapAbove = new double[rowCount];
    int[] inRow = new int[rowCount];
    for (int i = 0; i < count; i++) {
      int r = row[i];
      rowWidth[r] += (inRow[r]++ > 0 ? NODE_GAP : 0) + slot[i];
      rowHeight[r] = Math.max(rowHeight[r], sizes[i][1]);
      gapAbove[r] = Math.max(gapAbove[r], stack[i]);
    }
    double content = 0;
    for (int r = 0; r < rowCount; r++) {
      content = Math.max(content, rowWidth[r]);
      gapAbove[r] = r > 0 || entered[0] ? gapAbove[r] + ROW_GAP : 0;
    }
    double leftEdge = left ? CHANNEL : 0;
    width = leftEdge + content + (right ? CHANNEL : 0);
    double[] rowTop = new double[rowCount];
    double at = 0;
    for (int r = 0; r < rowCount; r++) {
      at += gapAbove[r];
      rowTop[r] = at;
      at += rowHeight[r];
    }
    height = at + (leavesLast ? ROW_GAP : 0);
    x = new double[count];
    y = new double[count];
    double[] next = new double[rowCount];
    for (int r = 0; r < rowCount; r++) {
      next[r] = leftEdge + (content - rowWidth[r]) / 2;
    }
    for (int i = 0; i < count; i++) {
      int r = row[i];
      x[i] = next[r] + (slot[i] - sizes[i][0]) / 2;
      y[i] = rowTop[r];
      next[r] += slot[i] + NODE_GAP;
    }
    double[] stacked = new double[count];
    for (int e = 0; e < edges.size(); e++) {
      int source = layers.from(e);
      int target = layers.to(e);
      double sx = x[source] + sizes[source][0] / 2;
      double tx = x[target] + sizes[target][0] / 2;
      double out = row[source] + 1 < rowCount ? turn(rowTop, gapAbove, row[source] + 1)
          : rowTop[row[source]] + rowHeight[row[source]] + ROW_GAP / 2;
      double in = turn(rowTop, gapAbove, row[target]);
      List<Point> points = new ArrayList<>(6);
      points.add(new Point(sx, y[source] + sizes[source][1]));
      if (row[target] == row[source] + 1) {
        if (sx != tx) {
          points.add(new Point(sx, in));
          points.add(new Point(tx, in));
        }
      } else {
        double lane = (e % LANES) * LANE + 5;
        double side = row[target] > row[source] ? lane : leftEdge + content + lane + 5;
        points.add(new Point(sx, out));
        points.add(new Point(side, out));
        points.add(new Point(side, in));
        points.add(new Point(tx, in));
      }
      points.add(new Point(tx, y[target]));
      routes.add(points);
      Box label = null;
      if (labelSize[e] != null) {
        double top = y[target] - stack[target] + stacked[target];
        stacked[target] += labelSize[e][1] + LABEL_GAP;
        label = new Box(edges.get(e).id() + "-label", tx - labelSize[e][0] / 2, top,
            labelSize[e][0], labelSize[e][1], null, false);
      }
      labels.add(label);
    }
  }

  /** Where edges entering row {@code r} turn: in the top half of its gap, above the labels. */
  private static double turn(double[] rowTop, double[] gapAbove, int r) {
    double labels = gapAbove[r] - ROW_GAP;
    return rowTop[r] - labels - ROW_GAP / 2;
  }

  /** Each element's row: its layer's elements in document order, wrapped every ROW_MOST. */
  private static int[] rows(int count, Layers layers) {
    int layerCount = 0;
    for (int i = 0; i < count; i++) {
      layerCount = Math.max(layerCount, layers.layer(i) + 1);
    }
    int[] size = new int[layerCount];
    for (int i = 0; i < count; i++) {
      size[layers.layer(i)]++;
    }
    int[] firstRow = new int[layerCount];
    for (int l = 1; l < layerCount; l++) {
      firstRow[l] = firstRow[l - 1] + (size[l - 1] + ROW_MOST - 1) / ROW_MOST;
    }
    int[] placed = new int[layerCount];
    int[] row = new int[count];
    for (int i = 0; i < count; i++) {
      int l = layers.layer(i);
      row[i] = firstRow[l] + placed[l]++ / ROW_MOST;
    }
    return row;
  }
}
