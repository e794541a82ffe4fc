package io.statecraft.dsl.internal;

import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.State;
import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.diagnostic.Severity;
import io.statecraft.asl.diagnostic.SourceLocation;
import io.statecraft.dsl.flow.Flow;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns flows into the states of a machine, one scope at a time (the machine, each Parallel
 * branch, each Map's item processor), and collects every problem the types could not rule out.
 */
public final class Assembler {

  /** The states of one scope. */
  public record Scope(String startAt, Map<String, State> states) {}

  private final QueryLanguage machineLanguage;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<String, StateNode> byName = new HashMap<>();
  private final Map<String, String> pointerOfName = new HashMap<>();
  private final Map<StateNode, String> scopeOf = new IdentityHashMap<>();
  /** Pointer of each state emitted, to where it was declared. */
  private final Map<String, SourceLocation> sources = new LinkedHashMap<>();
  /** The result record of each Task state that declares one, by state name. */
  private final Map<String, TaskResults.Declared> results = new LinkedHashMap<>();
  private final StateRenderer renderer;

  public Assembler(QueryLanguage machineLanguage) {
    this.machineLanguage = machineLanguage;
    this.renderer = new StateRenderer(this);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  public Map<String, SourceLocation> sources() {
    return sources;
  }

  /** Keeps the result records the Task states declared, for {@link TaskResults#of}(machine). */
  public void rememberResults(io.statecraft.asl.StateMachine machine) {
    TaskResults.remember(machine, results);
  }

  /**
   * How many scopes (Parallel branches, Map item processors) may nest one inside another. Each
   * level puts the states three or more levels of JSON deeper (a Map's state, its ItemProcessor,
   * its States), so the states of a deeper scope are written more than 500 levels deep, more
   * than Statecraft reads anywhere. Scopes are assembled by recursion, a few frames a level:
   * this bound also keeps that well within any thread's stack.
   */
  static final int MAX_SCOPE_NESTING = 165;

  /** How many scopes are being assembled, one inside another. */
  private int nesting;

  /** The states of the scope that starts with {@code flow}; {@code scope} is its JSON pointer. */
  public Scope assemble(Flow flow, String scope, String scopeLabel) {
    StateNode start = ForwardImpl.resolve(Fragment.startOf(flow));
    if (nesting > MAX_SCOPE_NESTING) {
      report(start, scope, "DSL_SCOPE_TOO_DEEP",
          Character.toUpperCase(scopeLabel.charAt(0)) + scopeLabel.substring(1) + " is nested "
              + nesting + " scopes deep, inside Parallel"
              + " branches and Map item processors; its JSON would nest more than 500 levels of"
              + " objects and arrays, more than Statecraft reads",
          "nest at most " + MAX_SCOPE_NESTING + " scopes: move the inner part into a state"
              + " machine of its own, started by a states:startExecution Task");
      return new Scope(start.name(), Map.of());
    }
    nesting++;
    try {
      return assembleScope(flow, start, scope, scopeLabel);
    } finally {
      nesting--;
    }
  }

  private Scope assembleScope(Flow flow, StateNode start, String scope, String scopeLabel) {
    Fragment.Contents fragment = ForwardImpl.expand(Fragment.of(flow));
    Map<StateNode, StateNode> next = nextTransitions(fragment, scope);
    Set<StateNode> reachable = reachable(start, next);
    Map<String, State> states = new LinkedHashMap<>();
    for (StateNode node : fragment.nodes()) {
      if (node instanceof ForwardImpl forward) {
        if (forward.bound() == null) {
          report(node, scope, "DSL_FORWARD_UNBOUND",
              "A forward reference used in " + scopeLabel + " is never bound to a state",
              "call bind(state) on the reference once the state it stands for exists");
        }
        continue;
      }
      String pointer = Pointers.state(scope, node.name());
      if (!claim(node, scope, scopeLabel, pointer)) {
        continue;
      }
      boolean unique = checkName(node, pointer);
      if (!reachable.contains(node)) {
        report(node, pointer, "DSL_STATE_UNREACHABLE",
            "State '" + node.name() + "' cannot be reached from the start state '"
                + start.name() + "'",
            "connect it with next(), a Choice rule or a catcher, or leave it out; a next() after"
                + " a flow whose every path has ended adds a state nothing leads to");
        continue;
      }
      if (!unique || states.containsKey(node.name())) {
        continue;
      }
      sources.put(pointer, node.fields.source);
      if (node.fields.resultRecord != null) {
        results.put(node.name(), new TaskResults.Declared(node.fields.resultRecord,
            TaskResults.pointer(node.fields.integration.resource())));
      }
      StateNode following = next.get(node);
      states.put(node.name(),
          renderer.render(node, following == null ? null : following.name(), pointer));
    }
    return new Scope(start.name(), states);
  }

  private Map<StateNode, StateNode> nextTransitions(Fragment.Contents fragment, String scope) {
    Map<StateNode, StateNode> next = new IdentityHashMap<>();
    for (Fragment.Edge edge : fragment.edges()) {
      StateNode to = ForwardImpl.resolve(edge.to());
      StateNode existing = next.putIfAbsent(edge.from(), to);
      if (existing != null && existing != to) {
        report(edge.from(), Pointers.state(scope, edge.from().name()) + "/Next",
            "DSL_NEXT_CONFLICT",
            "State '" + edge.from().name() + "' already goes on to '" + existing.name()
                + "', so it cannot also go on to '" + to.name() + "'",
            "a state has one next state; branch with a Choice instead");
      }
    }
    return next;
  }

  private static Set<StateNode> reachable(StateNode start, Map<StateNode, StateNode> next) {
    Set<StateNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<StateNode> work = new ArrayDeque<>();
    work.add(start);
    while (!work.isEmpty()) {
      StateNode node = work.poll();
      if (!seen.add(node)) {
        continue;
      }
      StateNode following = next.get(node);
      if (following != null) {
        work.add(following);
      }
      for (Flow target : node.targets()) {
        work.add(ForwardImpl.resolve(Fragment.startOf(target)));
      }
    }
    return seen;
  }

  /** Records that {@code node} belongs to this scope; false when it already belongs to another. */
  private boolean claim(StateNode node, String scope, String scopeLabel, String pointer) {
    String owner = scopeOf.putIfAbsent(node, scope);
    if (owner == null || owner.equals(scope)) {
      return true;
    }
    report(node, pointer, "DSL_STATE_OUT_OF_SCOPE",
        "State '" + node.name() + "' belongs to " + describeScope(owner)
            + " and cannot also be a state of " + scopeLabel,
        "a transition cannot leave its scope (a Parallel branch or a Map's item processor);"
            + " declare a separate state for each scope");
    return false;
  }

  private static String describeScope(String scope) {
    return scope.isEmpty() ? "the state machine" : "the scope at " + scope;
  }

  private boolean checkName(StateNode node, String pointer) {
    boolean ok = true;
    // AWS counts characters (code points), not UTF-16 units: 80 emoji are a valid name.
    int length = node.name().codePointCount(0, node.name().length());
    if (length > StateNode.MAX_NAME_LENGTH) {
      report(node, pointer, "DSL_STATE_NAME_TOO_LONG",
          "State name '" + node.name() + "' has " + length
              + " characters; AWS allows at most " + StateNode.MAX_NAME_LENGTH, null);
    }
    StateNode first = byName.putIfAbsent(node.name(), node);
    if (first == null) {
      pointerOfName.put(node.name(), pointer);
    } else if (first != node) {
      SourceLocation where = first.fields.source;
      report(node, pointer, "DSL_DUPLICATE_STATE_NAME",
          "State name '" + node.name() + "' is already used by the state at "
              + pointerOfName.get(node.name())
              + (where == null ? "" : " (declared at " + where + ")"),
          "state names must be unique in the whole state machine, nested scopes included;"
              + " reuse the same builder object to go to the same state");
      ok = false;
    }
    return ok;
  }

  void report(StateNode node, String pointer, String code, String message, String hint) {
    diagnostics.add(new Diagnostic(code, Severity.ERROR, pointer,
        node == null ? null : node.fields.source, message, hint));
  }

  QueryLanguage machineLanguage() {
    return machineLanguage;
  }
}
