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
  /** Between a target and the labels above it, so that they do not hide its arrowhead. */
  private static final double ARROW_ROOM = 9;

  final double width;
  final double height;
  /** Top-left corner of each element, by element index. */
  final double[] x;
  final double[] y;
  /** Each edge's points and label box (or null), by edge index. */
  final List<List<Point>> routes = new ArrayList<>();
  final List<Box> labels = new ArrayList<>();

  private final List<Edge> edges;
  private final double[][] sizes;
  private final Layers layers;
  private final int[] row;
  private final int rowCount;
  private final double[][] labelSize;
  /** Each element's width with room for the labels above it, and their stacked height. */
  private final double[] slot;
  private final double[] stack;
  private final double[] rowTop;
  private final double[] rowHeight;
  private final double[] gapAbove;
  /** Where the next element of each row goes, left to right. */
  private double[] rowStart;
  private boolean leftLanes;
  private boolean rightLanes;
  private boolean leavesLast;
  private double leftEdge;
  private double content;

  /**
   * Places {@code scope}; {@code sizes} holds each element's {width, height}, by index.
   */
  RowPlacement(Scope scope, double[][] sizes) {
    int count = scope.elements().size();
    this.edges = scope.edges();
    this.sizes = sizes;
    this.layers = Layers.of(scope);
    this.row = rows(count, layers);
    int rows = 0;
    for (int i = 0; i < count; i++) {
      rows = Math.max(rows, row[i] + 1);
    }
    rowCount = rows;
    labelSize = new double[edges.size()][];
    slot = new double[count];
    stack = new double[count];
    rowTop = new double[rowCount];
    rowHeight = new double[rowCount];
    gapAbove = new double[rowCount];
    x = new double[count];
    y = new double[count];
    boolean enteredFirst = measureEdges();
    double bottom = measureRows(enteredFirst);
    width = leftEdge + content + (rightLanes ? CHANNEL : 0);
    height = bottom + (leavesLast ? ROW_GAP : 0);
    placeElements();
    for (int e = 0; e < edges.size(); e++) {
      route(e);
    }
  }

  /** Slots, label stacks and which lanes are needed; whether any edge enters the first row. */
  private boolean measureEdges() {
    for (int i = 0; i < slot.length; i++) {
      slot[i] = sizes[i][0];
    }
    boolean enteredFirst = false;
    for (int e = 0; e < edges.size(); e++) {
      int target = layers.to(e);
      int source = layers.from(e);
      enteredFirst |= row[target] == 0;
      leavesLast |= row[source] == rowCount - 1;
      if (row[target] <= row[source]) {
        rightLanes = true;
      } else if (row[target] > row[source] + 1) {
        leftLanes = true;
      }
      if (edges.get(e).label() != null) {
        labelSize[e] = Sizes.label(edges.get(e).label());
        slot[target] = Math.max(slot[target], labelSize[e][0]);
        stack[target] += labelSize[e][1] + LABEL_GAP + (stack[target] == 0 ? ARROW_ROOM : 0);
      }
    }
    return enteredFirst;
  }

  /** Each row's height, the gap above it and its top; returns the bottom of the last row. */
  private double measureRows(boolean enteredFirst) {
    double[] rowWidth = new double[rowCount];
    int[] inRow = new int[rowCount];
    for (int i = 0; i < slot.length; i++) {
      int r = row[i];
      rowWidth[r] += (inRow[r]++ > 0 ? NODE_GAP : 0) + slot[i];
      rowHeight[r] = Math.max(rowHeight[r], sizes[i][1]);
      gapAbove[r] = Math.max(gapAbove[r], stack[i]);
    }
    for (int r = 0; r < rowCount; r++) {
      content = Math.max(content, rowWidth[r]);
      gapAbove[r] = r > 0 || enteredFirst ? gapAbove[r] + ROW_GAP : 0;
    }
    leftEdge = leftLanes ? CHANNEL : 0;
    double at = 0;
    for (int r = 0; r < rowCount; r++) {
      at += gapAbove[r];
      rowTop[r] = at;
      at += rowHeight[r];
    }
    // Rows are centred: the free space of each row goes half to either side.
    for (int r = 0; r < rowCount; r++) {
      rowWidth[r] = leftEdge + (content - rowWidth[r]) / 2;
    }
    rowStart = rowWidth;
    return at;
  }

  /** Elements left to right in their rows, each centred in its slot, tops aligned. */
  private void placeElements() {
    for (int i = 0; i < slot.length; i++) {
      int r = row[i];
      x[i] = rowStart[r] + (slot[i] - sizes[i][0]) / 2;
      y[i] = rowTop[r];
      rowStart[r] += slot[i] + NODE_GAP;
    }
  }

  /** Edge {@code e}'s points, and its label's box stacked above the target. */
  private void route(int e) {
    int source = layers.from(e);
    int target = layers.to(e);
    double sx = x[source] + sizes[source][0] / 2;
    double tx = x[target] + sizes[target][0] / 2;
    double in = turn(rowTop, gapAbove, row[target]);
    List<Point> points = new ArrayList<>(6);
    points.add(new Point(sx, y[source] + sizes[source][1]));
    if (row[target] == row[source] + 1) {
      if (sx != tx) {
        points.add(new Point(sx, in));
        points.add(new Point(tx, in));
      }
    } else {
      double out = row[source] + 1 < rowCount ? turn(rowTop, gapAbove, row[source] + 1)
          : rowTop[row[source]] + rowHeight[row[source]] + ROW_GAP / 2;
      // Lanes spread the lines a little; past LANES they share, as they run the same way.
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
      double top = y[target] - stack[target];
      stack[target] -= labelSize[e][1] + LABEL_GAP;
      label = new Box(edges.get(e).id() + "-label", tx - labelSize[e][0] / 2, top,
          labelSize[e][0], labelSize[e][1], null, false);
    }
    labels.add(label);
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
