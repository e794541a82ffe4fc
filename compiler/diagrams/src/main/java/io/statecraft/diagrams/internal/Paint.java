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
 * An execution or coverage overlay matched to a graph's elements and edges: each element's status
 * and extra line, and which edges were taken (or, for coverage, missed). {@link #NONE} paints a
 * plain definition diagram.
 *
 * @param coverage whether this is a coverage overlay (its own styles and the missed edges)
 * @param statuses CSS class suffix by element id, e.g. {@code failed}
 * @param notes the extra line by element id
 * @param taken ids of edges the execution took, or that tests covered
 * @param missed ids of edges that tests did not cover
 */
record Paint(boolean overlay, boolean coverage, Map<String, String> statuses,
    Map<String, String> notes, Set<String> taken, Set<String> missed) {

  static final Paint NONE = new Paint(false, false, Map.of(), Map.of(), Set.of(), Set.of());

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
    return new Paint(true, false, statuses, notes, taken, Set.of());
  }

  /** Coverage: states {@code covered} or {@code missed}, edges taken or missed. */
  static Paint of(FlowGraph graph, CoverageMarks marks) {
    Map<String, String> statuses = new LinkedHashMap<>();
    Map<String, String> notes = new LinkedHashMap<>();
    Map<String, String> names = new HashMap<>();
    for (Element element : graph.allElements()) {
      String name = element.stateName();
      if (name == null) {
        continue;
      }
      names.put(element.id(), name);
      Boolean covered = marks.states().get(name);
      if (covered != null) {
        statuses.put(element.id(), covered ? "covered" : "missed");
      }
      String note = marks.notes().get(name);
      if (note != null) {
        notes.put(element.id(), ConditionText.abbreviate(note, GraphBuilder.MAX_LABEL));
      }
    }
    Set<String> taken = new LinkedHashSet<>();
    Set<String> missed = new LinkedHashSet<>();
    Map<String, Integer> indexes = new HashMap<>();
    for (Edge edge : graph.allEdges()) {
      Boolean covered = covered(edge, names, marks, indexes);
      if (covered != null) {
        (covered ? taken : missed).add(edge.id());
      }
    }
    return new Paint(true, true, statuses, notes, taken, missed);
  }

  /**
   * Whether the marks cover {@code edge}. Rules and catchers are told apart by their order among
   * the state's edges of their kind, which is the order of the definition. The start edge, and
   * the end edge of a Succeed or Fail state, have no mark of their own: they follow their state.
   */
  private static Boolean covered(Edge edge, Map<String, String> names, CoverageMarks marks,
      Map<String, Integer> indexes) {
    if (edge.kind() == EdgeKind.START) {
      return marks.states().get(names.get(edge.to()));
    }
    String from = names.get(edge.from());
    String kind = switch (edge.kind()) {
      case CHOICE -> "CHOICE_RULE";
      default -> edge.kind().name();
    };
    int index = indexes.merge(edge.from() + '\u0000' + kind, 1, Integer::sum) - 1;
    Boolean covered = marks.transition(from, kind, index);
    if (covered == null && edge.kind() == EdgeKind.END) {
      return marks.states().get(from);
    }
    return covered;
  }
}
