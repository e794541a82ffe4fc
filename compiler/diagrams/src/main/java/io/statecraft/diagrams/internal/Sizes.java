package io.statecraft.diagrams.internal;

import io.statecraft.diagrams.internal.FlowGraph.Cluster;
import io.statecraft.diagrams.internal.FlowGraph.ClusterKind;
import io.statecraft.diagrams.internal.FlowGraph.Node;
import io.statecraft.diagrams.internal.FlowGraph.NodeKind;
import java.util.ArrayList;
import java.util.List;

/**
 * How big each node and cluster header is, from its text. Shared by the layout (which needs the
 * sizes) and the SVG writer (which puts the text where the sizes made room for it).
 */
final class Sizes {

  static final double PAD_X = 14;
  static final double PAD_Y = 7;
  static final double NAME_LINE = 18;
  static final double SMALL_LINE = 15;
  static final double MIN_WIDTH = 96;
  static final double START_SIZE = 18;
  static final double END_SIZE = 22;
  static final double CLUSTER_SIDE = 16;
  static final double CLUSTER_GAP = 14;
  static final double LABEL_PAD = 4;

  private Sizes() {}

  /** The text lines of a node or cluster header, with their font sizes. */
  record Line(String text, double size, boolean bold, boolean italic) {
    Line(String text, double size, boolean bold) {
      this(text, size, bold, false);
    }

    double height() {
      return size == TextMetrics.NAME_SIZE ? NAME_LINE : SMALL_LINE;
    }

    double width() {
      return TextMetrics.width(text, size, bold);
    }
  }

  /** The lines of a node; {@code note} is the execution overlay's extra line, or null. */
  static List<Line> lines(Node node, String note) {
    return lines(node.stateName(), node.detail(), node.retry(), node.comment(), note);
  }

  static List<Line> lines(Cluster cluster, String note) {
    if (cluster.kind() == ClusterKind.BRANCH) {
      List<Line> lines = new ArrayList<>();
      lines.add(new Line(cluster.title(), TextMetrics.SMALL_SIZE, false));
      comment(lines, cluster.comment());
      return lines;
    }
    return lines(cluster.title(), cluster.detail(), cluster.retry(), cluster.comment(), note);
  }

  private static List<Line> lines(String name, String detail, String retry, String comment,
      String note) {
    List<Line> lines = new ArrayList<>(4);
    if (name != null) {
      lines.add(new Line(name, TextMetrics.NAME_SIZE, true));
    }
    if (detail != null) {
      for (String line : detail.split("\n")) {
        lines.add(new Line(line, TextMetrics.SMALL_SIZE, false));
      }
    }
    if (retry != null) {
      lines.add(new Line(retry, TextMetrics.SMALL_SIZE, false));
    }
    comment(lines, comment);
    if (note != null) {
      lines.add(new Line(note, TextMetrics.SMALL_SIZE, true));
    }
    return lines;
  }

  private static void comment(List<Line> lines, String comment) {
    if (comment != null) {
      for (String line : comment.split("\n")) {
        lines.add(new Line(line, TextMetrics.SMALL_SIZE, false, true));
      }
    }
  }

  static double textWidth(List<Line> lines) {
    double width = 0;
    for (Line line : lines) {
      width = Math.max(width, line.width());
    }
    return width;
  }

  static double textHeight(List<Line> lines) {
    double height = 0;
    for (Line line : lines) {
      height += line.height();
    }
    return height;
  }

  /** {width, height} of a leaf node. */
  static double[] node(Node node, String note) {
    if (node.kind() == NodeKind.START) {
      return new double[] {START_SIZE, START_SIZE};
    }
    if (node.kind() == NodeKind.END) {
      return new double[] {END_SIZE, END_SIZE};
    }
    List<Line> lines = lines(node, note);
    double textWidth = textWidth(lines);
    double textHeight = textHeight(lines);
    if (node.kind() == NodeKind.CHOICE) {
      // The text box fits in a diamond when textWidth/w + textHeight/h <= 1.
      double width = Math.ceil(Math.max(textWidth * 1.5 + 24, MIN_WIDTH));
      double height = Math.ceil(textHeight / (1 - textWidth / width)) + 6;
      return new double[] {width, Math.max(height, 46)};
    }
    double rounding = node.kind() == NodeKind.SUCCEED || node.kind() == NodeKind.FAIL ? 16 : 0;
    double width = Math.ceil(Math.max(textWidth + 2 * PAD_X + rounding, MIN_WIDTH));
    return new double[] {width, Math.ceil(textHeight + 2 * PAD_Y)};
  }

  /** Height of a cluster's header: the space above its inner states. */
  static double header(Cluster cluster, String note) {
    return textHeight(lines(cluster, note)) + 2 * PAD_Y;
  }

  /** Width a cluster needs for its header text. */
  static double headerWidth(Cluster cluster, String note) {
    return Math.ceil(textWidth(lines(cluster, note)) + 2 * CLUSTER_SIDE);
  }

  /** {width, height} of an edge label, one line per {@code \n}. */
  static double[] label(String text) {
    double width = 0;
    String[] lines = text.split("\n");
    for (String line : lines) {
      width = Math.max(width, TextMetrics.width(line, TextMetrics.SMALL_SIZE, false));
    }
    return new double[] {width + 2 * LABEL_PAD, SMALL_LINE * lines.length + 2};
  }
}
