package io.statecraft.diagrams.internal;

import io.statecraft.diagrams.internal.FlowGraph.Cluster;
import io.statecraft.diagrams.internal.FlowGraph.Edge;
import io.statecraft.diagrams.internal.FlowGraph.Element;
import io.statecraft.diagrams.internal.FlowGraph.Node;
import io.statecraft.diagrams.internal.FlowGraph.NodeKind;
import io.statecraft.diagrams.internal.FlowGraph.Scope;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Mermaid flowchart text of a {@link FlowGraph}: nodes shaped by state type, Map and Parallel as
 * subgraphs, catch edges dotted. Text is escaped with Mermaid's entity codes, so any state name
 * or condition renders as written.
 */
final class MermaidWriter {

  private static final String INDENT = "  ";
  private static final int MOST_INDENT = 24;

  /** Mermaid's default {@code maxEdges}: a flowchart with more is refused, not drawn. */
  static final int MERMAID_MOST_EDGES = 500;

  /** Mermaid's default {@code maxTextSize}, in characters. */
  static final int MERMAID_MOST_TEXT = 50_000;

  private final StringBuilder out = new StringBuilder(1024);
  private final Map<NodeKind, List<String>> byKind = new LinkedHashMap<>();

  private MermaidWriter() {}

  static String write(FlowGraph graph) {
    return new MermaidWriter().render(graph);
  }

  private String render(FlowGraph graph) {
    out.append("flowchart TD\n");
    scope(graph.root(), 1);
    for (Edge edge : graph.allEdges()) {
      out.append(INDENT).append(edge.from());
      String arrow = switch (edge.kind()) {
        case CATCH -> " -.->";
        default -> " -->";
      };
      out.append(arrow);
      if (edge.label() != null) {
        out.append("|\"").append(joined(List.of(edge.label()))).append("\"|");
      }
      out.append(' ').append(edge.to()).append('\n');
    }
    out.append(INDENT).append("classDef marker fill:#232f3e,stroke:#232f3e,color:#fff\n");
    out.append(INDENT).append("classDef task fill:#fff,stroke:#2e73b8,color:#16191f\n");
    out.append(INDENT).append("classDef pass fill:#fff,stroke:#879596,color:#16191f\n");
    out.append(INDENT).append("classDef wait fill:#fff,stroke:#8d6e63,color:#16191f\n");
    out.append(INDENT).append("classDef choice fill:#fff8e1,stroke:#c77c02,color:#16191f\n");
    out.append(INDENT).append("classDef succeed fill:#e9f6ec,stroke:#1d8102,color:#16191f\n");
    out.append(INDENT).append("classDef fail fill:#fdecea,stroke:#d13212,color:#16191f\n");
    out.append(INDENT).append("classDef missing fill:#fff,stroke:#d13212,stroke-dasharray:4 3,color:#d13212\n");
    byKind.forEach((kind, ids) -> out.append(INDENT).append("class ").append(String.join(",", ids))
        .append(' ').append(className(kind)).append('\n'));
    int edges = graph.allEdges().size();
    if (edges > MERMAID_MOST_EDGES || out.length() > MERMAID_MOST_TEXT) {
      // Said in the text, as a Mermaid comment: a renderer with default settings refuses it.
      out.insert("flowchart TD\n".length(), String.format(Locale.ROOT, INDENT + "%%%% %,d edges and %,d"
          + " characters: Mermaid draws at most %,d edges and %,d characters unless its maxEdges"
          + " and maxTextSize settings are raised; the SVG diagram draws any size\n", edges,
          out.length(), MERMAID_MOST_EDGES, MERMAID_MOST_TEXT));
    }
    return out.toString();
  }

  /** The nodes and subgraphs of {@code scope}, nested as deep as its clusters are. */
  private void scope(Scope scope, int depth) {
    // An explicit stack, not recursion: Map and Parallel states may nest a thousand deep.
    Deque<Iterator<Element>> open = new ArrayDeque<>();
    open.push(scope.elements().iterator());
    while (!open.isEmpty()) {
      Iterator<Element> at = open.peek();
      String indent = indent(depth + open.size() - 1);
      if (!at.hasNext()) {
        open.pop();
        if (!open.isEmpty()) {
          out.append(indent(depth + open.size() - 1)).append("end\n");
        }
        continue;
      }
      Element element = at.next();
      if (element instanceof Cluster cluster) {
        subgraph(cluster, indent);
        open.push(cluster.inner().elements().iterator());
      } else {
        Node node = (Node) element;
        out.append(indent).append(node.id()).append(shape(node)).append('\n');
        byKind.computeIfAbsent(node.kind(), k -> new ArrayList<>()).add(node.id());
      }
    }
  }

  /**
   * Two spaces a level, up to {@link #MOST_INDENT} levels: Mermaid reads no meaning into
   * indentation, and unbounded it would make the text of deep nesting grow with its square.
   */
  private static String indent(int depth) {
    return INDENT.repeat(Math.min(depth, MOST_INDENT));
  }

  /** The opening lines of a cluster's subgraph; its inner states and {@code end} follow. */
  private void subgraph(Cluster cluster, String indent) {
    List<String> lines = new ArrayList<>();
    lines.add(cluster.title());
    if (cluster.detail() != null) {
      lines.add(cluster.detail());
    }
    if (cluster.retry() != null) {
      lines.add(cluster.retry());
    }
    out.append(indent).append("subgraph ").append(cluster.id()).append("[\"")
        .append(joined(lines)).append(comment(cluster.comment())).append("\"]\n");
    out.append(indent).append(INDENT).append("direction TB\n");
  }

  private static String shape(Node node) {
    List<String> lines = new ArrayList<>();
    if (node.stateName() != null) {
      lines.add(node.stateName());
    }
    if (node.detail() != null) {
      lines.add(node.detail());
    }
    if (node.retry() != null) {
      lines.add(node.retry());
    }
    String text = joined(lines) + comment(node.comment());
    return switch (node.kind()) {
      case START -> "((\" \"))";
      case END -> "(((\" \")))";
      case CHOICE -> "{\"" + text + "\"}";
      case SUCCEED, FAIL -> "([\"" + text + "\"])";
      case WAIT -> "[/\"" + text + "\"/]";
      default -> "[\"" + text + "\"]";
    };
  }

  private static String className(NodeKind kind) {
    return kind == NodeKind.START || kind == NodeKind.END ? "marker"
        : kind.name().toLowerCase(Locale.ROOT);
  }

  /** Lines (each may hold several, split at {@code \n}) escaped and joined with {@code <br/>}. */
  private static String joined(List<String> lines) {
    List<String> escaped = new ArrayList<>();
    for (String line : lines) {
      for (String part : line.split("\n")) {
        escaped.add(escape(part));
      }
    }
    return String.join("<br/>", escaped);
  }

  /** A comment's lines in italics, after the other lines; empty for none. */
  private static String comment(String comment) {
    if (comment == null) {
      return "";
    }
    List<String> escaped = new ArrayList<>();
    for (String part : comment.split("\n")) {
      escaped.add("<i>" + escape(part) + "</i>");
    }
    return "<br/>" + String.join("<br/>", escaped);
  }

  /**
   * Characters Mermaid would read as syntax or HTML, as its {@code #code;} entities; {@code #}
   * itself first, so entities written here are not escaped again.
   */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '#' -> escaped.append("#35;");
        case '"' -> escaped.append("#quot;");
        case '<' -> escaped.append("#lt;");
        case '>' -> escaped.append("#gt;");
        case '&' -> escaped.append("#amp;");
        case '|' -> escaped.append("#124;");
        case '\n', '\r' -> escaped.append(' ');
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
