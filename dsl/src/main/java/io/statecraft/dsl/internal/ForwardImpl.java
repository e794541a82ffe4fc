package io.statecraft.dsl.internal;

import io.statecraft.asl.StateType;
import io.statecraft.dsl.flow.Flow;
import io.statecraft.dsl.flow.Forward;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A placeholder node in a flow's graph until the machine is assembled, where {@link #resolve}
 * replaces it by the first state of the flow it was bound to. It is the one builder with state
 * that changes (once, from unbound to bound): a forward reference has to exist before the state
 * it names, like a Java variable declared before it is assigned.
 */
public final class ForwardImpl extends StateNode implements Forward {

  private volatile Flow bound;

  ForwardImpl(Fields fields) {
    super(fields);
  }

  /** {@code Steps.forward}. */
  public static ForwardImpl create() {
    return new ForwardImpl(StateNode.start("forward reference"));
  }

  @Override
  StateType kind() {
    // Never rendered: a kind without Next/End keeps it out of every chain's open ends.
    return StateType.SUCCEED;
  }

  @Override
  public Fragment fragment() {
    return Fragment.ofState(this, List.of());
  }

  @Override
  public synchronized <F extends Flow> F bind(F flow) {
    Objects.requireNonNull(flow, "flow == null");
    if (flow instanceof Forward) {
      throw new IllegalArgumentException("bind a forward reference to a state, not to another"
          + " forward reference");
    }
    Fragment.of(flow);
    if (bound != null) {
      throw new IllegalStateException("this forward reference (created at " + fields.source
          + ") is bound already, to " + Fragment.of(bound).start());
    }
    bound = flow;
    return flow;
  }

  /** The flow this reference stands for, or null while unbound. */
  Flow bound() {
    return bound;
  }

  /** {@code node} itself, or for a bound reference the first state it stands for. */
  static StateNode resolve(StateNode node) {
    Set<StateNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    StateNode current = node;
    while (current instanceof ForwardImpl forward && forward.bound != null
        && seen.add(current)) {
      current = Fragment.startOf(forward.bound);
    }
    return current;
  }

  /**
   * The contents of {@code fragment} with the flows of its bound references added, in the order
   * the references are found, the flows they bring in being searched in turn.
   */
  static Fragment.Contents expand(Fragment fragment) {
    Fragment.Contents contents = fragment.contents();
    // The list grows while it is read: a bound flow can hold references of its own.
    for (int i = 0; i < contents.nodes().size(); i++) {
      if (contents.nodes().get(i) instanceof ForwardImpl forward && forward.bound != null) {
        contents.add(Fragment.of(forward.bound));
      }
    }
    return contents;
  }
}
