package io.statecraft.dsl.internal;

import io.statecraft.asl.StateType;
import io.statecraft.dsl.error.Catch;
import io.statecraft.dsl.flow.Flow;
import io.statecraft.dsl.flow.OpenFlow;
import io.statecraft.dsl.internal.value.CatchImpl;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The common part of every state builder: its fields and its place in a graph. Identity matters:
 * a builder is one state, and each call that changes it makes another.
 */
abstract class StateNode implements Fragmented {

  static final int MAX_NAME_LENGTH = 80;

  private static final AtomicLong IDS = new AtomicLong();

  final Fields fields;
  /** Unique and increasing, for {@link NodeSet}. */
  final long id = IDS.getAndIncrement();
  /**
   * The states with a {@code Next} transition in the flows this state branches to. Known when the
   * state is made, from flows made before it, so that no flow is walked again to find it.
   */
  private final NodeSet wired;

  StateNode(Fields fields) {
    this.fields = fields;
    NodeSet all = NodeSet.EMPTY;
    for (Flow target : targets()) {
      all = all.union(Fragment.wiredOf(target));
    }
    this.wired = all;
  }

  static Fields start(String name) {
    Objects.requireNonNull(name, "name == null");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("name must not be empty");
    }
    Fields fields = new Fields();
    fields.name = name;
    fields.source = Sources.caller();
    return fields;
  }

  abstract StateType kind();

  final String name() {
    return fields.name;
  }

  /** Whether the state has a {@code Next}/{@code End} of its own. */
  final boolean transitions() {
    StateType kind = kind();
    return kind != StateType.CHOICE && kind != StateType.SUCCEED && kind != StateType.FAIL;
  }

  /** The flows this state branches to within its own scope: rules, default, catch handlers. */
  final List<Flow> targets() {
    List<Flow> targets = new ArrayList<>();
    fields.rules.forEach(rule -> targets.add(rule.target()));
    if (fields.otherwise != null) {
      targets.add(fields.otherwise);
    }
    fields.catches.forEach(spec -> targets.add(spec.handler()));
    return targets;
  }

  final NodeSet wired() {
    return wired;
  }

  @Override
  public Fragment fragment() {
    return Fragment.ofState(this, transitions() ? List.of(this) : List.of());
  }

  /** {@code fields}' catchers with one more, going to {@code handler}. */
  static List<Fields.CatchSpec> withCatch(Fields fields, Catch spec, Flow handler) {
    Objects.requireNonNull(spec, "errors == null");
    Objects.requireNonNull(handler, "handler == null");
    return Fields.append(fields.catches, new Fields.CatchSpec(CatchImpl.of(spec), handler));
  }

  public final OpenFlow next(OpenFlow next) {
    return new Chain(fragment().then(Fragment.of(next)));
  }

  public final Flow next(Flow next) {
    return new Chain(fragment().then(Fragment.of(next)));
  }

  @Override
  public final String toString() {
    return kind().aslName() + " '" + fields.name + "'"
        + (fields.source == null ? "" : " (" + fields.source + ")");
  }
}
