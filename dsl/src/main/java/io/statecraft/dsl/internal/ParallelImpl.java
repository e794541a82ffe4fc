package io.statecraft.dsl.internal;

import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.StateType;
import io.statecraft.dsl.flow.Flow;
import io.statecraft.dsl.flow.ParallelStep;
import io.statecraft.dsl.payload.Jsonata;
import io.statecraft.dsl.payload.Payload;
import java.util.List;

/**
 * The one implementation of the Parallel builder interfaces: its own fields here, those it shares with
 * other kinds in {@link StepImpl}.
 */
public final class ParallelImpl extends StepImpl<ParallelImpl> implements ParallelStep {

  ParallelImpl(Fields fields) {
    super(fields, StateType.PARALLEL, ParallelImpl::new);
  }

  /** {@code Steps.parallel}. */
  public static ParallelImpl create(String name) {
    return new ParallelImpl(StateNode.start(name));
  }

  /** {@code Steps.parallel}. */
  public static ParallelImpl create(String name, Flow branch, Flow... more) {
    Fields fields = StateNode.start(name);
    List<Fields.BranchSpec> branches = new java.util.ArrayList<>();
    Fragment.of(branch);
    branches.add(new Fields.BranchSpec(branch, null));
    for (Flow other : more) {
      Fragment.of(other);
      branches.add(new Fields.BranchSpec(other, null));
    }
    fields.branches = List.copyOf(branches);
    return new ParallelImpl(fields);
  }

  @Override
  public ParallelImpl branch(Flow branch) {
    Fragment.of(branch);
    return copy(f -> f.branches = Fields.append(f.branches, new Fields.BranchSpec(branch, null)));
  }

  @Override
  public ParallelImpl branch(String comment, Flow branch) {
    req(comment, "comment");
    Fragment.of(branch);
    return copy(
        f -> f.branches = Fields.append(f.branches, new Fields.BranchSpec(branch, comment)));
  }

  @Override
  public ParallelImpl arguments(Payload arguments) {
    return copy(QueryLanguage.JSONATA, "Arguments", f -> f.arguments = req(arguments, "arguments"));
  }

  @Override
  public ParallelImpl arguments(Jsonata arguments) {
    return copy(QueryLanguage.JSONATA, "Arguments", f -> f.arguments = req(arguments, "arguments"));
  }
}
