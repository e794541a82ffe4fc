package io.statecraft.diagrams.internal;

import io.statecraft.diagrams.internal.FlowGraph.Cluster;
import io.statecraft.diagrams.internal.FlowGraph.ClusterKind;
import io.statecraft.diagrams.internal.FlowGraph.Edge;
import io.statecraft.diagrams.internal.FlowGraph.EdgeKind;
import io.statecraft.diagrams.internal.FlowGraph.Element;
import io.statecraft.diagrams.internal.FlowGraph.Node;
import io.statecraft.diagrams.internal.FlowGraph.NodeKind;
import io.statecraft.diagrams.internal.Geometry.Box;
import io.statecraft.diagrams.internal.Geometry.Point;
import io.statecraft.diagrams.internal.Geometry.Route;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Paints a laid-out {@link FlowGraph} as one self-contained SVG document: styles inline, no
 * fonts or scripts fetched, coordinates rounded to a tenth of a pixel so output is byte-stable.
 */
final class SvgWriter {

  static final String FONT = "Helvetica, Arial, 'Liberation Sans', sans-serif";

  private static final String STYLE = """
      .sc-bg{fill:#fff}
      .sc-state rect,.sc-state polygon{fill:#fff;stroke:#879596;stroke-width:1.4}
      .sc-task rect{stroke:#2e73b8}
      .sc-wait rect{stroke:#8d6e63}
      .sc-choice polygon{fill:#fff8e1;stroke:#c77c02}
      .sc-succeed rect{fill:#e9f6ec;stroke:#1d8102}
      .sc-fail rect{fill:#fdecea;stroke:#d13212}
      .sc-missing rect{stroke:#d13212;stroke-dasharray:4 3}
      .sc-start circle{fill:#232f3e}
      .sc-end circle{fill:#fff;stroke:#232f3e;stroke-width:2}
      .sc-end circle+circle{fill:#232f3e;stroke:none}
      .sc-cluster>rect{fill:#f5f8fb;stroke:#2e73b8;stroke-width:1.2;stroke-dasharray:6 3}
      .sc-parallel>rect{fill:#f8f5fc;stroke:#7d4cb3}
      .sc-branch>rect{fill:#fff;stroke:#c1c7cd;stroke-width:1;stroke-dasharray:3 3}
      .sc-name{font-size:13px;font-weight:bold;fill:#16191f}
      .sc-small{font-size:11px;fill:#414d5c}
      .sc-retry{fill:#0972d3}
      .sc-note{font-weight:bold}
      .sc-comment{font-style:italic;fill:#5f6b7a}
      .sc-edge{fill:none;stroke:#545b64;stroke-width:1.4}
      .sc-edge.sc-catch{stroke:#d45b07;stroke-dasharray:5 4}
      .sc-label rect{fill:#fff;opacity:.92}
      .sc-label text{font-size:11px;fill:#16191f}
      .sc-label.sc-catch text{fill:#b04a05}
      .sc-overlay .sc-state.sc-not-reached rect,.sc-overlay .sc-state.sc-not-reached polygon{fill:#f2f3f3;stroke:#aab7b8}
      .sc-overlay .sc-not-reached text{fill:#879596}
      .sc-overlay .sc-succeeded>rect,.sc-overlay .sc-succeeded>polygon{fill:#e9f6ec;stroke:#1d8102;stroke-width:2}
      .sc-overlay .sc-failed>rect,.sc-overlay .sc-failed>polygon{fill:#fdecea;stroke:#d13212;stroke-width:2.5}
      .sc-overlay .sc-caught>rect,.sc-overlay .sc-caught>polygon{fill:#fff4e5;stroke:#d45b07;stroke-width:2}
      .sc-overlay .sc-cancelled>rect,.sc-overlay .sc-cancelled>polygon{fill:#f2f3f3;stroke:#687078;stroke-dasharray:2 2}
      .sc-overlay .sc-running>rect,.sc-overlay .sc-running>polygon{fill:#e8f2fc;stroke:#0972d3;stroke-width:2}
      .sc-overlay .sc-cluster.sc-succeeded>rect{fill:#f6fbf7}
      .sc-overlay .sc-cluster.sc-failed>rect{fill:#fef7f6}
      .sc-overlay .sc-cluster.sc-caught>rect{fill:#fffaf3}
      .sc-overlay .sc-failed .sc-note{fill:#d13212}
      .sc-overlay .sc-caught .sc-note{fill:#b04a05}
      .sc-overlay .sc-edge{stroke:#c1c7cd}
      .sc-overlay .sc-edge.sc-taken{stroke:#16191f;stroke-width:3}
      .sc-overlay .sc-edge.sc-catch.sc-taken{stroke:#d45b07}
      .sc-overlay .sc-label:not(.sc-taken) text{fill:#879596}
      """;

  /** Added only to coverage diagrams, so that other diagrams stay byte-identical. */
  private static final String COVERAGE_STYLE = """
      .sc-overlay .sc-covered>rect,.sc-overlay .sc-covered>polygon{fill:#e9f6ec;stroke:#1d8102;stroke-width:2}
      .sc-overlay .sc-state.sc-missed>rect,.sc-overlay .sc-state.sc-missed>polygon{fill:#fdecea;stroke:#d13212;stroke-width:2}
      .sc-overlay .sc-cluster.sc-covered>rect{fill:#f6fbf7}
      .sc-overlay .sc-cluster.sc-missed>rect{fill:#fef7f6;stroke:#d13212}
      .sc-overlay .sc-covered .sc-note{fill:#1d8102}
      .sc-overlay .sc-missed .sc-note{fill:#d13212}
      .sc-overlay .sc-edge.sc-missed{stroke:#d13212;stroke-dasharray:4 3}
      .sc-overlay .sc-label.sc-missed text{fill:#d13212}
      """;

  private final FlowGraph graph;
  private final Geometry geometry;
  private final Paint paint;
  private final StringBuilder out = new StringBuilder(8192);

  private SvgWriter(FlowGraph graph, Geometry geometry, Paint paint) {
    this.graph = graph;
    this.geometry = geometry;
    this.paint = paint;
  }

  static String write(FlowGraph graph, Geometry geometry, Paint paint) {
    return new SvgWriter(graph, geometry, paint).render();
  }

  private String render() {
    String width = num(geometry.width());
    String height = num(geometry.height());
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
        .append(height).append("\" font-family=\"").append(FONT).append("\" class=\"statecraft")
        .append(paint.overlay() ? " sc-overlay" : "").append(paint.coverage() ? " sc-coverage" : "")
        .append("\">\n");
    out.append("<style>\n").append(STYLE).append(paint.coverage() ? COVERAGE_STYLE : "")
        .append("</style>\n");
    out.append("<defs>\n");
    marker("sc-arrow", "#545b64");
    marker("sc-arrow-catch", "#d45b07");
    marker("sc-arrow-idle", "#c1c7cd");
    marker("sc-arrow-taken", "#16191f");
    if (paint.coverage()) {
      marker("sc-arrow-missed", "#d13212");
    }
    out.append("</defs>\n");
    out.append("<rect class=\"sc-bg\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\"/>\n");
    if (geometry.note() != null) {
      // Said in the picture, so whoever looks at it knows why it is drawn plainer than usual.
      out.append("<text class=\"sc-small sc-layout-note\" x=\"16\" y=\"20\">")
          .append(escape(geometry.note())).append("</text>\n");
    }
    Map<String, Element> elements = new HashMap<>();
    for (Element element : graph.allElements()) {
      elements.put(element.id(), element);
      if (element instanceof Cluster cluster) {
        cluster(cluster, geometry.boxes().get(cluster.id()));
      }
    }
    Map<String, Edge> edges = new HashMap<>();
    graph.allEdges().forEach(edge -> edges.put(edge.id(), edge));
    // Taken edges last, so where routes share a stretch the bold one is on top.
    for (Route route : geometry.routes()) {
      if (!paint.taken().contains(route.edgeId())) {
        edge(edges.get(route.edgeId()), route);
      }
    }
    for (Route route : geometry.routes()) {
      if (paint.taken().contains(route.edgeId())) {
        edge(edges.get(route.edgeId()), route);
      }
    }
    for (Route route : geometry.routes()) {
      if (route.label() != null) {
        label(edges.get(route.edgeId()), route.label());
      }
    }
    for (Element element : graph.allElements()) {
      if (element instanceof Node node) {
        node(node, geometry.boxes().get(node.id()));
      }
    }
    out.append("</svg>\n");
    return out.toString();
  }

  private void marker(String id, String color) {
    out.append("<marker id=\"").append(id).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
        .append(" markerWidth=\"7\" markerHeight=\"7\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">")
        .append("<path d=\"M0,0L10,5L0,10z\" fill=\"").append(color).append("\"/></marker>\n");
  }

  private void cluster(Cluster cluster, Box box) {
    String kind = cluster.kind().name().toLowerCase(Locale.ROOT);
    open(cluster, "sc-cluster sc-" + kind);
    title(cluster.stateName(), cluster.detail());
    out.append("<rect x=\"").append(num(box.x())).append("\" y=\"").append(num(box.y()))
        .append("\" width=\"").append(num(box.width())).append("\" height=\"")
        .append(num(box.height())).append("\" rx=\"8\"/>\n");
    double y = box.y() + Sizes.PAD_Y;
    for (Sizes.Line line : Sizes.lines(cluster, paint.notes().get(cluster.id()))) {
      text(box.x() + (cluster.kind() == ClusterKind.BRANCH ? 12 : Sizes.CLUSTER_SIDE), y, line,
          "start", cluster.retry() != null && line.text().equals(cluster.retry()));
      y += line.height();
    }
    out.append("</g>\n");
  }

  private void node(Node node, Box box) {
    String kind = node.kind().name().toLowerCase(Locale.ROOT);
    boolean marker = node.kind() == NodeKind.START || node.kind() == NodeKind.END;
    open(node, (marker ? "" : "sc-state ") + "sc-" + kind);
    title(node.stateName() == null ? node.tooltip() : node.stateName(),
        node.stateName() == null ? null : node.tooltip());
    double cx = box.x() + box.width() / 2;
    double cy = box.y() + box.height() / 2;
    switch (node.kind()) {
      case START -> out.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy))
          .append("\" r=\"").append(num(box.width() / 2)).append("\"/>\n");
      case END -> out.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy))
          .append("\" r=\"").append(num(box.width() / 2 - 1)).append("\"/><circle cx=\"")
          .append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"")
          .append(num(box.width() / 2 - 5)).append("\"/>\n");
      case CHOICE -> out.append("<polygon points=\"").append(num(cx)).append(',').append(num(box.y()))
          .append(' ').append(num(box.right())).append(',').append(num(cy)).append(' ')
          .append(num(cx)).append(',').append(num(box.bottom())).append(' ').append(num(box.x()))
          .append(',').append(num(cy)).append("\"/>\n");
      default -> {
        double radius = switch (node.kind()) {
          case SUCCEED, FAIL -> box.height() / 2;
          case TASK -> 6;
          default -> 2;
        };
        out.append("<rect x=\"").append(num(box.x())).append("\" y=\"").append(num(box.y()))
            .append("\" width=\"").append(num(box.width())).append("\" height=\"")
            .append(num(box.height())).append("\" rx=\"").append(num(radius)).append("\"/>\n");
      }
    }
    if (!marker) {
      List<Sizes.Line> lines = Sizes.lines(node, paint.notes().get(node.id()));
      double y = cy - Sizes.textHeight(lines) / 2;
      for (Sizes.Line line : lines) {
        text(cx, y, line, "middle", node.retry() != null && line.text().equals(node.retry()));
        y += line.height();
      }
    }
    out.append("</g>\n");
  }

  private void open(Element element, String classes) {
    String status = paint.statuses().get(element.id());
    out.append("<g id=\"sc-").append(escape(element.id())).append("\" class=\"").append(classes)
        .append(status == null ? "" : " sc-" + status).append('"');
    if (element.stateName() != null) {
      out.append(" data-state=\"").append(escape(element.stateName())).append('"');
    }
    out.append(">\n");
  }

  private void title(String first, String second) {
    if (first == null) {
      return;
    }
    out.append("<title>").append(escape(first));
    if (second != null) {
      out.append('\n').append(escape(second));
    }
    out.append("</title>\n");
  }

  /** One line whose box starts at {@code top}; the baseline sits so the glyphs look centred. */
  private void text(double x, double top, Sizes.Line line, String anchor, boolean retry) {
    boolean name = line.size() == TextMetrics.NAME_SIZE;
    boolean note = !name && line.bold();
    double baseline = top + (line.height() + line.size() * 0.7) / 2;
    out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(baseline)).append('"');
    if (!anchor.equals("start")) {
      out.append(" text-anchor=\"").append(anchor).append('"');
    }
    out.append(" class=\"").append(name ? "sc-name" : "sc-small").append(retry ? " sc-retry" : "")
        .append(note ? " sc-note" : "").append(line.italic() ? " sc-comment" : "").append("\">").append(escape(line.text())).append("</text>\n");
  }

  private void edge(Edge edge, Route route) {
    if (route.points().isEmpty()) {
      return;
    }
    boolean catchEdge = edge.kind() == EdgeKind.CATCH;
    boolean taken = paint.taken().contains(edge.id());
    boolean missed = paint.missed().contains(edge.id());
    String marker = !paint.overlay() ? (catchEdge ? "sc-arrow-catch" : "sc-arrow")
        : taken ? (catchEdge ? "sc-arrow-catch" : "sc-arrow-taken")
        : missed ? "sc-arrow-missed" : "sc-arrow-idle";
    out.append("<path id=\"sc-").append(edge.id()).append("\" class=\"sc-edge")
        .append(catchEdge ? " sc-catch" : "").append(taken ? " sc-taken" : "")
        .append(missed ? " sc-missed" : "").append("\" d=\"");
    List<Point> points = route.points();
    for (int i = 0; i < points.size(); i++) {
      out.append(i == 0 ? 'M' : 'L').append(num(points.get(i).x())).append(',')
          .append(num(points.get(i).y()));
    }
    out.append("\" marker-end=\"url(#").append(marker).append(")\"/>\n");
  }

  private void label(Edge edge, Box box) {
    boolean taken = paint.taken().contains(edge.id());
    out.append("<g class=\"sc-label").append(edge.kind() == EdgeKind.CATCH ? " sc-catch" : "")
        .append(taken ? " sc-taken" : "")
        .append(paint.missed().contains(edge.id()) ? " sc-missed" : "").append("\">");
    if (edge.fullLabel() != null && !edge.fullLabel().equals(edge.label().replace('\n', ' '))) {
      out.append("<title>").append(escape(edge.fullLabel())).append("</title>");
    }
    out.append("<rect x=\"").append(num(box.x())).append("\" y=\"").append(num(box.y()))
        .append("\" width=\"").append(num(box.width())).append("\" height=\"")
        .append(num(box.height())).append("\" rx=\"3\"/>");
    // One text per line, each centred in its own line's height, as Sizes.label made room.
    double top = box.y() + 1;
    for (String line : edge.label().split("\n")) {
      double baseline = top + (Sizes.SMALL_LINE + TextMetrics.SMALL_SIZE * 0.7) / 2;
      out.append("<text x=\"").append(num(box.x() + box.width() / 2)).append("\" y=\"")
          .append(num(baseline)).append("\" text-anchor=\"middle\">").append(escape(line))
          .append("</text>");
      top += Sizes.SMALL_LINE;
    }
    out.append("</g>\n");
  }

  /** A coordinate rounded to a tenth, written without a trailing {@code .0}. */
  static String num(double value) {
    long tenths = Math.round(value * 10);
    if (tenths % 10 == 0) {
      return Long.toString(tenths / 10);
    }
    return (tenths < 0 ? "-" : "") + Math.abs(tenths) / 10 + "." + Math.abs(tenths) % 10;
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t') {
            escaped.append(' ');
          } else {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }
}
