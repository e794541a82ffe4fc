package io.statecraft.dsl.internal;

import io.statecraft.dsl.flow.Flow;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The graph behind a flow: its first state, every state it contains in the order they joined, the
 * {@code Next} transitions wired so far, and the states whose {@code Next} is still open. States
 * are compared by identity: two builders with the same name are two states.
 *
 * <p>A fragment does not copy the fragments it is made of: it keeps them as its parts, and its
 * states and transitions are listed by {@link #contents()}, once, when the machine is assembled.
 * Making a flow of n states therefore costs time in proportion to n however it is written (a
 * {@code next} at a time, or Choice states each the default of the one before), and listing it
 * walks its parts with a stack of its own, not the thread's.
 */
public final class Fragment {

  /** A {@code Next} transition. */
  record Edge(StateNode from, StateNode to) {}

  private final StateNode start;
  private final List<StateNode> ends;
  /** The states a {@code Next} transition of this fragment leaves from. */
  private final NodeSet wired;
  /**
   * In order: fragments, {@link Edge}s, and states, each of which stands for itself followed by
   * the flows its Choice rules, default and catchers lead to.
   */
  private final List<Object> parts;

  private Fragment(StateNode start, List<StateNode> ends, NodeSet wired, List<Object> parts) {
    this.start = start;
    this.ends = List.copyOf(ends);
    this.wired = wired;
    this.parts = parts;
  }

  /** The fragment of one state: the state and the flows it branches to. */
  static Fragment ofState(StateNode node, List<StateNode> ends) {
    return new Fragment(node, ends, node.wired(), List.of(node));
  }

  public static Fragment of(Flow flow) {
    if (flow == null) {
      throw new NullPointerException("flow == null");
    }
    if (flow instanceof Fragmented fragmented) {
      return fragmented.fragment();
    }
    throw new IllegalArgumentException(
        "flows must be created with io.statecraft.dsl.Steps, was " + flow.getClass().getName());
  }

  /** The first state of {@code flow}, without making its fragment. */
  static StateNode startOf(Flow flow) {
    return flow instanceof StateNode node ? node : of(flow).start();
  }

  /** The states with a {@code Next} transition in {@code flow}. */
  static NodeSet wiredOf(Flow flow) {
    return flow instanceof StateNode node ? node.wired() : of(flow).wired;
  }

  public StateNode start() {
    return start;
  }

  /** The states whose {@code Next} is still open. */
  public List<StateNode> ends() {
    return ends;
  }

  /** Whether a {@code Next} transition of this fragment leaves from {@code node}. */
  boolean wires(StateNode node) {
    return wired.contains(node);
  }

  /** This fragment with every open end wired to the start of {@code next}. */
  Fragment then(Fragment next) {
    List<Object> all = new ArrayList<>();
    all.add(this);
    NodeSet allWired = wired.union(next.wired);
    for (StateNode end : ends) {
      all.add(new Edge(end, next.start));
      allWired = allWired.with(end);
    }
    all.add(next);
    List<StateNode> open = new ArrayList<>();
    for (StateNode end : next.ends) {
      if (!allWired.contains(end)) {
        open.add(end);
      }
    }
    return new Fragment(start, open, allWired, List.copyOf(all));
  }

  /** A flow's fragment extended by the states and edges of flows that hang off its states. */
  Fragment including(Fragment other) {
    return new Fragment(start, ends, wired.union(other.wired), List.of(this, other));
  }

  Fragment withEnds(List<StateNode> newEnds) {
    return new Fragment(start, newEnds, wired, List.of(this));
  }

  /** Every state and transition of this fragment, in the order they joined. */
  public Contents contents() {
    Contents contents = new Contents();
    contents.add(this);
    return contents;
  }

  /**
   * The states and transitions of fragments, listed once each, in the order they joined; more
   * fragments can be {@linkplain #add added} as they are found (the flows forward references are
   * bound to).
   */
  public static final class Contents {

    private final List<StateNode> nodes = new ArrayList<>();
    private final Set<Edge> edges = new LinkedHashSet<>();
    /** Fragments and states already listed, with all they contain. */
    private final Set<Object> listed = Collections.newSetFromMap(new IdentityHashMap<>());

    /** The states, in the order they joined. */
    public List<StateNode> nodes() {
      return Collections.unmodifiableList(nodes);
    }

    Set<Edge> edges() {
      return Collections.unmodifiableSet(edges);
    }

    /**
     * Lists what {@code fragment} adds, depth first in the order of its parts. A fragment or state
     * met again is skipped: parts are made before what contains them, so nothing contains itself,
     * and all a part holds was listed when it was first met.
     */
    void add(Fragment fragment) {
      Deque<Object> work = new ArrayDeque<>();
      work.push(fragment);
      while (!work.isEmpty()) {
        Object part = work.pop();
        if (part instanceof Edge edge) {
          edges.add(edge);
        } else if (listed.add(part)) {
          if (part instanceof Fragment inner) {
            pushReversed(work, inner.parts);
          } else {
            StateNode node = (StateNode) part;
            nodes.add(node);
            List<Object> targets = new ArrayList<>();
            for (Flow target : node.targets()) {
              targets.add(target instanceof StateNode state ? state : of(target));
            }
            pushReversed(work, targets);
          }
        }
      }
    }

    private static void pushReversed(Deque<Object> work, List<Object> parts) {
      for (int i = parts.size() - 1; i >= 0; i--) {
        work.push(parts.get(i));
      }
    }
  }
}
