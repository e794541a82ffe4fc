package io.statecraft.diagrams.internal;

import io.statecraft.diagrams.internal.FlowGraph.Cluster;
import io.statecraft.diagrams.internal.FlowGraph.ClusterKind;
import io.statecraft.diagrams.internal.FlowGraph.Edge;
import io.statecraft.diagrams.internal.FlowGraph.Element;
import io.statecraft.diagrams.internal.FlowGraph.Node;
import io.statecraft.diagrams.internal.FlowGraph.NodeKind;
import io.statecraft.diagrams.internal.FlowGraph.Scope;
import io.statecraft.diagrams.internal.Geometry.Box;
import io.statecraft.diagrams.internal.Geometry.Point;
import io.statecraft.diagrams.internal.Geometry.Route;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.Alignment;
import org.eclipse.elk.core.options.ContentAlignment;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkConnectableShape;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a {@link FlowGraph} out with Eclipse ELK's layered algorithm: states in layers top to
 * bottom, orthogonal edges, edge labels given room of their own. Each cluster is laid out on its
 * own before its parent ({@code SEPARATE_CHILDREN}): ASL transitions never leave their scope, so
 * no edge crosses a cluster border and a cluster is just a big node to the level above.
 *
 * <p>Only this class touches ELK, so Mermaid output never loads it (its first layout costs about
 * half a second of class loading).
 */
final class ElkLayout {

  private static final double ROOT_PADDING = 16;

  private final Map<String, ElkNode> shapes = new LinkedHashMap<>();
  private final Map<String, ElkConnectableShape> inPorts = new HashMap<>();
  private final Map<String, ElkConnectableShape> outPorts = new HashMap<>();
  private final Map<String, ElkEdge> edges = new LinkedHashMap<>();

  private final Map<String, String> notes;

  private ElkLayout(Map<String, String> notes) {
    this.notes = notes;
  }

  /**
   * Lays out {@code graph}; {@code notes} are the overlay's extra lines by element id (empty for
   * a plain diagram), given room in their boxes.
   */
  static Geometry layout(FlowGraph graph, Map<String, String> notes) {
    return new ElkLayout(notes).run(graph);
  }

  private Geometry run(FlowGraph graph) {
    ElkNode root = ElkGraphUtil.createGraph();
    configure(root, new ElkPadding(ROOT_PADDING));
    fill(root, graph.root());
    new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

    Map<String, Box> boxes = new LinkedHashMap<>();
    for (Element element : graph.allElements()) {
      ElkNode shape = shapes.get(element.id());
      KVector at = absolute(shape);
      ElkNode parent = shape.getParent();
      String parentId = parent == root ? null : idOf(parent);
      boxes.put(element.id(), new Box(element.id(), at.x, at.y, shape.getWidth(),
          shape.getHeight(), parentId, element instanceof Cluster));
    }
    List<Route> routes = new ArrayList<>();
    for (Edge edge : graph.allEdges()) {
      routes.add(route(edge, edges.get(edge.id())));
    }
    return new Geometry(root.getWidth(), root.getHeight(), boxes, routes);
  }

  /** The options every graph level shares; ELK reads them per level. */
  private static void configure(ElkNode graph, ElkPadding padding) {
    graph.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.layered");
    graph.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
    graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    graph.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.SEPARATE_CHILDREN);
    graph.setProperty(CoreOptions.PADDING, padding);
    graph.setProperty(CoreOptions.SPACING_NODE_NODE, 28.0);
    graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 36.0);
    graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
    graph.setProperty(CoreOptions.SPACING_EDGE_NODE, 16.0);
    graph.setProperty(CoreOptions.SPACING_EDGE_EDGE, 12.0);
    graph.setProperty(CoreOptions.SPACING_EDGE_LABEL, 4.0);
    graph.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, 28.0);
    graph.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.NETWORK_SIMPLEX);
    // Keep document order where crossings allow: branches left to right, Choice rules in order.
    graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
    // Branches have no edges between them; kept as one component they share layer 0, side by side.
    graph.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
    graph.setProperty(CoreOptions.CONTENT_ALIGNMENT, ContentAlignment.topCenter());
  }

  /** ELK shapes for the scope and every cluster in it, level by level (no recursion). */
  private void fill(ElkNode root, Scope top) {
    Deque<Map.Entry<ElkNode, Scope>> pending = new ArrayDeque<>();
    pending.add(Map.entry(root, top));
    while (!pending.isEmpty()) {
      Map.Entry<ElkNode, Scope> next = pending.poll();
      fillLevel(next.getKey(), next.getValue(), pending);
    }
  }

  /** The shapes and edges of one scope; its clusters' scopes are added to {@code pending}. */
  private void fillLevel(ElkNode parent, Scope scope, Deque<Map.Entry<ElkNode, Scope>> pending) {
    for (Element element : scope.elements()) {
      ElkNode shape = ElkGraphUtil.createNode(parent);
      shape.setIdentifier(element.id());
      shapes.put(element.id(), shape);
      if (element instanceof Cluster cluster) {
        boolean branch = cluster.kind() == ClusterKind.BRANCH;
        double side = branch ? 12 : Sizes.CLUSTER_SIDE;
        String note = notes.get(cluster.id());
        double header = Sizes.header(cluster, note);
        configure(shape, new ElkPadding(header + (branch ? 4 : Sizes.CLUSTER_GAP), side, side, side));
        // Branches of different lengths start level, like the console draws them.
        shape.setProperty(CoreOptions.ALIGNMENT, Alignment.TOP);
        shape.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
        shape.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(
            Math.max(Sizes.headerWidth(cluster, note), Sizes.MIN_WIDTH), header + 2 * Sizes.CLUSTER_GAP));
        pending.add(Map.entry(shape, cluster.inner()));
      } else {
        Node node = (Node) element;
        double[] size = Sizes.node(node, notes.get(node.id()));
        shape.setDimensions(size[0], size[1]);
        if (node.kind() == NodeKind.CHOICE || node.kind() == NodeKind.START
            || node.kind() == NodeKind.END) {
          // Diamonds and circles are entered at the top tip and left from the bottom tip.
          shape.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
          inPorts.put(node.id(), port(shape, size[0] / 2, 0, PortSide.NORTH));
          outPorts.put(node.id(), port(shape, size[0] / 2, size[1], PortSide.SOUTH));
        }
      }
    }
    for (Edge edge : scope.edges()) {
      ElkConnectableShape from = outPorts.getOrDefault(edge.from(), shapes.get(edge.from()));
      ElkConnectableShape to = inPorts.getOrDefault(edge.to(), shapes.get(edge.to()));
      ElkEdge elkEdge = ElkGraphUtil.createSimpleEdge(from, to);
      ElkGraphUtil.updateContainment(elkEdge);
      if (edge.label() != null) {
        double[] size = Sizes.label(edge.label());
        ElkLabel label = ElkGraphUtil.createLabel(edge.label(), elkEdge);
        label.setDimensions(size[0], size[1]);
        label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
      }
      edges.put(edge.id(), elkEdge);
    }
  }

  private static ElkPort port(ElkNode node, double x, double y, PortSide side) {
    ElkPort port = ElkGraphUtil.createPort(node);
    port.setDimensions(0, 0);
    port.setLocation(x, y);
    port.setProperty(CoreOptions.PORT_SIDE, side);
    return port;
  }

  /** ELK gives edge points relative to the node that contains the edge. */
  private Route route(Edge edge, ElkEdge elkEdge) {
    KVector offset = absolute(elkEdge.getContainingNode());
    List<Point> points = new ArrayList<>();
    for (ElkEdgeSection section : elkEdge.getSections()) {
      points.add(new Point(offset.x + section.getStartX(), offset.y + section.getStartY()));
      for (ElkBendPoint bend : section.getBendPoints()) {
        points.add(new Point(offset.x + bend.getX(), offset.y + bend.getY()));
      }
      points.add(new Point(offset.x + section.getEndX(), offset.y + section.getEndY()));
    }
    Box label = null;
    if (!elkEdge.getLabels().isEmpty()) {
      ElkLabel elkLabel = elkEdge.getLabels().get(0);
      label = new Box(edge.id() + "-label", offset.x + elkLabel.getX(), offset.y + elkLabel.getY(),
          elkLabel.getWidth(), elkLabel.getHeight(), null, false);
    }
    return new Route(edge.id(), edge.from(), edge.to(), points, label);
  }

  /** The top-left corner of {@code node} in root coordinates (the root's own is 0,0). */
  private static KVector absolute(ElkNode node) {
    KVector at = new KVector();
    for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
      at.add(n.getX(), n.getY());
    }
    return at;
  }

  private static String idOf(ElkNode node) {
    return node.getIdentifier();
  }
}
