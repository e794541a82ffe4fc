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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
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
  /** The first number not yet tried for each id base. */
  private final Map<String, Integer> nextNumber = new HashMap<>();
  private int edgeCount;

  private GraphBuilder() {}

  static FlowGraph build(StateMachine machine) {
    GraphBuilder builder = new GraphBuilder();
    // Scopes are built on an explicit stack, not by recursion: Map and Parallel states may nest
    // a thousand deep. Ids and edge numbers come out in the order a recursive walk gives them.
    Deque<ScopeFrame> open = new ArrayDeque<>();
    open.push(builder.new ScopeFrame(machine.startAt(), machine.states(), true));
    Scope finished = null;
    while (true) {
      ScopeFrame frame = open.peek();
      ScopeFrame inner = frame.step(finished);
      finished = null;
      if (inner != null) {
        open.push(inner);
      } else {
        open.pop();
        finished = frame.result;
        if (open.isEmpty()) {
          return new FlowGraph(finished);
        }
      }
    }
  }

  /**
   * One scope under construction: its states become elements one by one; a Map or Parallel state
   * waits while the scopes inside it are built.
   */
  private final class ScopeFrame {
    private final String startAt;
    private final Map<String, State> states;
    private final boolean top;
    private final Map<String, String> ids = new LinkedHashMap<>();
    private final List<Element> elements = new ArrayList<>();
    private final Iterator<Map.Entry<String, State>> next;
    /** The Map or Parallel state whose inner scopes are being built, or null. */
    private Map.Entry<String, State> waiting;
    private final List<Element> branches = new ArrayList<>();
    private String branchId;
    private Scope result;

    ScopeFrame(String startAt, Map<String, State> states, boolean top) {
      this.startAt = startAt;
      this.states = states;
      this.top = top;
      states.keySet().forEach(name -> ids.put(name, newId(name)));
      if (top) {
        elements.add(new Node(START_ID, null, NodeKind.START, null, null, "Start"));
      }
      next = states.entrySet().iterator();
    }

    /**
     * Goes on after {@code finished}, the inner scope last asked for (null at first): returns
     * the next inner scope to build, or null once this scope is complete in {@link #result}.
     */
    ScopeFrame step(Scope finished) {
      if (waiting != null) {
        ScopeFrame inner = resume(finished);
        if (inner != null) {
          return inner;
        }
      }
      while (next.hasNext()) {
        Map.Entry<String, State> entry = next.next();
        String id = ids.get(entry.getKey());
        if (entry.getValue() instanceof MapState map && map.processor() != null) {
          waiting = entry;
          return new ScopeFrame(map.processor().startAt(), map.processor().states(), false);
        }
        if (entry.getValue() instanceof ParallelState parallel && !parallel.branches().isEmpty()) {
          waiting = entry;
          return branch(0);
        }
        elements.add(element(id, entry.getKey(), entry.getValue()));
      }
      result = finish(startAt, states, top, ids, elements);
      return null;
    }

    /** Takes the finished inner scope of the waiting state; the next branch to build, or null. */
    private ScopeFrame resume(Scope finished) {
      String name = waiting.getKey();
      String id = ids.get(name);
      if (waiting.getValue() instanceof MapState map) {
        elements.add(mapCluster(id, name, map, finished));
      } else {
        ParallelState parallel = (ParallelState) waiting.getValue();
        int index = branches.size();
        branches.add(new Cluster(branchId, null, ClusterKind.BRANCH, "Branch " + (index + 1),
            null, null, finished, comment(parallel.branches().get(index).comment())));
        if (branches.size() < parallel.branches().size()) {
          return branch(branches.size());
        }
        elements.add(parallelCluster(id, name, parallel, branches));
        branches.clear();
      }
      waiting = null;
      return null;
    }

    private ScopeFrame branch(int index) {
      var branch = ((ParallelState) waiting.getValue()).branches().get(index);
      branchId = newId(waiting.getKey() + "_branch" + (index + 1));
      return new ScopeFrame(branch.startAt(), branch.states(), false);
    }
  }

  /** A scope's elements completed with its missing-state nodes, and its edges. */
  private Scope finish(String startAt, Map<String, State> states, boolean top,
      Map<String, String> ids, List<Element> elements) {
    List<Edge> edges = new ArrayList<>();
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
      return mapCluster(id, name, map, new Scope(List.of(), List.of()));
    }
    if (state instanceof ParallelState parallel) {
      return parallelCluster(id, name, parallel, List.of());
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

  private Cluster mapCluster(String id, String name, MapState map, Scope inner) {
    ItemProcessor processor = map.processor();
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

  private Cluster parallelCluster(String id, String name, ParallelState parallel,
      List<Element> branches) {
    int count = parallel.branches().size();
    return new Cluster(id, name, ClusterKind.PARALLEL, name,
        "Parallel · " + count + (count == 1 ? " branch" : " branches"), retry(parallel),
        new Scope(branches, List.of()), comment(parallel.comment()));
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
    // Numbering goes on from the last number this base got: ids are never given back, so no
    // smaller number can have come free, and names that all reduce to one base (a machine
    // whose state names have no ASCII letters) stay linear.
    int n = nextNumber.getOrDefault(base, 2);
    while (!usedIds.add(unique)) {
      unique = base + "_" + n++;
    }
    nextNumber.put(base, n);
    return unique;
  }
}
