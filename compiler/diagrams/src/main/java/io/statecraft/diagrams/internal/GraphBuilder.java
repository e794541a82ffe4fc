package io.statecraft.diagrams.internal;

import io.statecraft.asl.Catcher;
import io.statecraft.asl.ChoiceRule;
import io.statecraft.asl.ChoiceState;
import io.statecraft.asl.ErrorHandling;
import io.statecraft.asl.FailState;
import io.statecraft.asl.ItemProcessor;
import io.statecraft.asl.MapState;
import io.statecraft.asl.ParallelState;
import io.statecraft.asl.Retrier;
import io.statecraft.asl.State;
import io.statecraft.asl.StateMachine;
import io.statecraft.asl.TaskState;
import io.statecraft.asl.Transitioning;
import io.statecraft.asl.WaitState;
import io.statecraft.diagrams.internal.FlowGraph.Cluster;
import io.statecraft.diagrams.internal.FlowGraph.ClusterKind;
import io.statecraft.diagrams.internal.FlowGraph.Edge;
import io.statecraft.diagrams.internal.FlowGraph.EdgeKind;
import io.statecraft.diagrams.internal.FlowGraph.Element;
import io.statecraft.diagrams.internal.FlowGraph.Node;
import io.statecraft.diagrams.internal.FlowGraph.NodeKind;
import io.statecraft.diagrams.internal.FlowGraph.Scope;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns a {@link StateMachine} into the {@link FlowGraph} it is drawn as. */
final class GraphBuilder {

  /** Longest detail line drawn; the full text goes into a tooltip. */
  static final int MAX_LABEL = 44;

  /** Edge labels and comments are wrapped at this many characters, never cut. */
  static final int WRAP = 36;

  /** A Comment longer than this many lines is cut, its full text in the tooltip. */
  private static final int COMMENT_LINES = 4;

  /** Words Mermaid reads as keywords, never usable as node ids. */
  private static final Set<String> RESERVED = Set.of("end", "graph", "subgraph", "flowchart",
      "style", "classdef", "class", "click", "linkstyle", "direction", "default", "call", "href");

  static final String START_ID = "__start";
  static final String END_ID = "__end";

  private final Set<String> usedIds = new HashSet<>(List.of(START_ID, END_ID));
  private int edgeCount;

  private GraphBuilder() {}

  static FlowGraph build(StateMachine machine) {
    return new FlowGraph(new GraphBuilder().scope(machine.startAt(), machine.states(), true));
  }

  private Scope scope(String startAt, Map<String, State> states, boolean top) {
    Map<String, String> ids = new LinkedHashMap<>();
    states.keySet().forEach(name -> ids.put(name, newId(name)));
    List<Element> elements = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    if (top) {
      elements.add(new Node(START_ID, null, NodeKind.START, null, null, "Start"));
    }
    for (Map.Entry<String, State> entry : states.entrySet()) {
      elements.add(element(ids.get(entry.getKey()), entry.getKey(), entry.getValue()));
    }
    Map<String, String> missing = new LinkedHashMap<>();
    if (top) {
      edges.add(edge(START_ID, target(startAt, ids, missing), EdgeKind.START, null));
    }
    for (Map.Entry<String, State> entry : states.entrySet()) {
      transitions(ids.get(entry.getKey()), entry.getValue(), top, ids, missing, edges);
    }
    // A transition to a state that does not exist is drawn to a marked node, not dropped:
    // the diagram of a broken definition should show where it is broken.
    missing.forEach((name, id) -> elements.add(
        new Node(id, name, NodeKind.MISSING, "no such state", null, null)));
    if (top) {
      elements.add(new Node(END_ID, null, NodeKind.END, null, null, "End"));
    }
    return new Scope(elements, edges);
  }

  /** The edges leaving one state: rules and Default, Next, Catch, and End at the top level. */
  private void transitions(String from, State state, boolean top, Map<String, String> ids,
      Map<String, String> missing, List<Edge> edges) {
    if (state instanceof ChoiceState choice) {
      for (ChoiceRule rule : choice.choices()) {
        edges.add(edge(from, target(rule.next(), ids, missing), EdgeKind.CHOICE,
            ConditionText.of(rule.condition())));
      }
      if (choice.defaultNext() != null) {
        edges.add(edge(from, target(choice.defaultNext(), ids, missing), EdgeKind.DEFAULT,
            "Default"));
      }
    }
    if (state instanceof Transitioning transitioning && transitioning.next() != null) {
      edges.add(edge(from, target(transitioning.next(), ids, missing), EdgeKind.NEXT, null));
    }
    if (state instanceof ErrorHandling handling) {
      for (Catcher catcher : handling.catchers()) {
        edges.add(edge(from, target(catcher.next(), ids, missing), EdgeKind.CATCH,
            "catch " + String.join(", ", catcher.errorEquals())));
      }
    }
    boolean ends = state instanceof Transitioning transitioning && transitioning.end()
        || state instanceof FailState || state instanceof io.statecraft.asl.SucceedState;
    if (top && ends) {
      edges.add(edge(from, END_ID, EdgeKind.END, null));
    }
  }

  private String target(String name, Map<String, String> ids, Map<String, String> missing) {
    String id = ids.get(name);
    if (id != null) {
      return id;
    }
    return missing.computeIfAbsent(name, this::newId);
  }

  private Edge edge(String from, String to, EdgeKind kind, String label) {
    String shown = label == null ? null : ConditionText.wrap(label, WRAP);
    return new Edge("e" + ++edgeCount, from, to, kind, shown, label);
  }

  private Element element(String id, String name, State state) {
    if (state instanceof MapState map) {
      ItemProcessor processor = map.processor();
      Scope inner = processor == null ? new Scope(List.of(), List.of())
          : scope(processor.startAt(), processor.states(), false);
      List<String> comments = new ArrayList<>();
      if (map.comment() != null) {
        comments.add(map.comment());
      }
      if (processor != null && processor.comment() != null) {
        comments.add(processor.comment());
      }
      return new Cluster(id, name, ClusterKind.MAP, name, mapDetail(map), retry(map), inner,
          comment(comments.isEmpty() ? null : String.join("\n", comments)));
    }
    if (state instanceof ParallelState parallel) {
      List<Element> branches = new ArrayList<>();
      for (int i = 0; i < parallel.branches().size(); i++) {
        var branch = parallel.branches().get(i);
        branches.add(new Cluster(newId(name + "_branch" + (i + 1)), null, ClusterKind.BRANCH,
            "Branch " + (i + 1), null, null, scope(branch.startAt(), branch.states(), false),
            comment(branch.comment())));
      }
      int count = parallel.branches().size();
      return new Cluster(id, name, ClusterKind.PARALLEL, name,
          "Parallel · " + count + (count == 1 ? " branch" : " branches"), retry(parallel),
          new Scope(branches, List.of()), comment(parallel.comment()));
    }
    String comment = comment(state.comment());
    if (state instanceof TaskState task) {
      String detail = TaskLabels.describe(task);
      String shown = lines(detail == null ? null : ConditionText.abbreviate(detail, MAX_LABEL),
          Timing.task(task));
      return new Node(id, name, NodeKind.TASK, shown, retry(task),
          withComment(tooltip(task.resource(), task), state.comment()), comment);
    }
    if (state instanceof WaitState wait) {
      return new Node(id, name, NodeKind.WAIT, Timing.waitFor(wait), null,
          withComment(null, state.comment()), comment);
    }
    if (state instanceof FailState fail) {
      String error = fail.error() != null ? fail.error() : fail.errorPath();
      String shown = error == null ? null
          : ConditionText.abbreviate(ConditionText.stripJsonata(error), MAX_LABEL);
      return new Node(id, name, NodeKind.FAIL, shown, null,
          withComment(fail.cause(), state.comment()), comment);
    }
    NodeKind kind = switch (state.type()) {
      case CHOICE -> NodeKind.CHOICE;
      case SUCCEED -> NodeKind.SUCCEED;
      default -> NodeKind.PASS;
    };
    return new Node(id, name, kind, null, null, withComment(null, state.comment()), comment);
  }

  /** A Comment wrapped on at most {@link #COMMENT_LINES} lines; the tooltip has all of it. */
  private static String comment(String written) {
    if (written == null || written.isBlank()) {
      return null;
    }
    String[] lines = ConditionText.wrap(written, WRAP).split("\n");
    if (lines.length <= COMMENT_LINES) {
      return String.join("\n", lines);
    }
    String[] kept = java.util.Arrays.copyOf(lines, COMMENT_LINES);
    kept[COMMENT_LINES - 1] = ConditionText.abbreviate(kept[COMMENT_LINES - 1] + " …", WRAP);
    return String.join("\n", kept);
  }

  /** The tooltip with the full comment after it, when the comment had to be cut. */
  private static String withComment(String tooltip, String written) {
    String shown = comment(written);
    if (shown == null || shown.split("\n").length < COMMENT_LINES
        || ConditionText.wrap(written, WRAP).equals(shown)) {
      return tooltip;
    }
    return tooltip == null ? written.strip() : tooltip + "\n" + written.strip();
  }

  /** The non-null parts, one per line; null when there is none. */
  private static String lines(String... parts) {
    List<String> kept = new ArrayList<>();
    for (String part : parts) {
      if (part != null) {
        kept.add(part);
      }
    }
    return kept.isEmpty() ? null : String.join("\n", kept);
  }

  private static String mapDetail(MapState map) {
    String kind = map.isDistributed() ? "Distributed Map" : "Map";
    String items = null;
    if (map.itemReader() != null && map.itemReader().resource() != null) {
      TaskState reader = new TaskState(null, null, map.itemReader().resource(), null, null,
          map.itemReader().parameters(), map.itemReader().arguments(), null, null, null, null,
          null, null, null, null, null, List.of(), List.of(), null, true);
      items = TaskLabels.describe(reader);
    } else if (map.itemsPath() != null) {
      items = map.itemsPath();
    } else if (map.items() != null) {
      items = map.items().isString() ? ConditionText.stripJsonata(map.items().asString())
          : map.items().toString();
    }
    String text = items == null ? kind : kind + " · " + items;
    return lines(ConditionText.abbreviate(text, MAX_LABEL), Timing.map(map));
  }

  /** {@code ↻ 3 retries} for one retrier allowing three, {@code ↻ 3 + 2 retries} for two retriers. */
  private static String retry(ErrorHandling state) {
    if (state.retry().isEmpty()) {
      return null;
    }
    List<String> attempts = new ArrayList<>();
    for (Retrier retrier : state.retry()) {
      attempts.add(String.valueOf(retrier.maxAttempts() == null ? 3 : retrier.maxAttempts()));
    }
    return "↻ " + String.join(" + ", attempts) + (attempts.equals(List.of("1")) ? " retry" : " retries");
  }

  private static String tooltip(String resource, ErrorHandling state) {
    StringBuilder text = new StringBuilder(TaskLabels.fromIntrinsic(resource == null ? "" : resource));
    for (Retrier retrier : state.retry()) {
      text.append("\nRetry ").append(String.join(", ", retrier.errorEquals())).append(": up to ")
          .append(retrier.maxAttempts() == null ? 3 : retrier.maxAttempts()).append(" attempts");
    }
    return text.toString();
  }

  /**
   * An id made of the name's letters and digits, so Mermaid text stays readable; made unique
   * with a number, and kept off Mermaid's keywords.
   */
  private String newId(String name) {
    StringBuilder id = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean plain = c < 128 && (Character.isLetterOrDigit(c) || c == '_');
      if (plain) {
        id.append(c);
      } else if (id.length() > 0 && id.charAt(id.length() - 1) != '_') {
        id.append('_');
      }
    }
    String base = id.toString();
    while (base.endsWith("_")) {
      base = base.substring(0, base.length() - 1);
    }
    if (base.isEmpty() || !Character.isLetter(base.charAt(0))
        || RESERVED.contains(base.toLowerCase(Locale.ROOT))) {
      base = "s_" + base;
    }
    String unique = base;
    for (int n = 2; !usedIds.add(unique); n++) {
      unique = base + "_" + n;
    }
    return unique;
  }
}
