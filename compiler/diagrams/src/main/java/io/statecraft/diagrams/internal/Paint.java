package io.statecraft.diagrams.internal;

import io.statecraft.diagrams.internal.FlowGraph.Edge;
import io.statecraft.diagrams.internal.FlowGraph.EdgeKind;
import io.statecraft.diagrams.internal.FlowGraph.Element;
import io.statecraft.diagrams.internal.Trace.Status;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An execution overlay matched to a graph's elements and edges: each element's status and extra
 * line, and which edges the execution took. {@link #NONE} paints a plain definition diagram.
 *
 * @param statuses CSS class suffix by element id, e.g. {@code failed}
 * @param notes the extra line by element id
 * @param taken ids of edges the execution took
 */
record Paint(boolean overlay, Map<String, String> statuses, Map<String, String> notes,
    Set<String> taken) {

  static final Paint NONE = new Paint(false, Map.of(), Map.of(), Set.of());

  static Paint of(FlowGraph graph, Trace run) {
    Map<String, String> statuses = new LinkedHashMap<>();
    Map<String, String> notes = new LinkedHashMap<>();
    Map<String, String> names = new HashMap<>();
    for (Element element : graph.allElements()) {
      if (element.stateName() == null) {
        continue;
      }
      names.put(element.id(), element.stateName());
      Status status = run.status(element.stateName());
      statuses.put(element.id(), status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      String note = run.note(element.stateName());
      if (note != null && element instanceof FlowGraph.Node node && node.detail() != null) {
        // A Fail state already shows its error; say only that it is where the run failed.
        note = note.replace("✗ " + node.detail(), "✗ failed here");
      }
      if (note != null) {
        notes.put(element.id(), note);
      }
    }
    Set<String> taken = new LinkedHashSet<>();
    for (Edge edge : graph.allEdges()) {
      String from = edge.kind() == EdgeKind.START ? null : names.get(edge.from());
      String to = edge.kind() == EdgeKind.END ? null : names.get(edge.to());
      if (run.took(from, to, edge.kind() == EdgeKind.CATCH)) {
        taken.add(edge.id());
      }
    }
    return new Paint(true, statuses, notes, taken);
  }
}
