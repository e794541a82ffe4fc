package io.statecraft.dsl;

import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.StateType;
import io.statecraft.dsl.payload.Jsonata;
import io.statecraft.dsl.payload.Payload;

/**
 * The one implementation of the Parallel builder interfaces: its own fields here, those it shares with
 * other kinds in {@link StepImpl}.
 */
final class ParallelImpl extends StepImpl<ParallelImpl>
    implements ParallelStart, ParallelStep, JsonPathParallel, JsonataParallel {

  ParallelImpl(Fields fields) {
    super(fields, StateType.PARALLEL, ParallelImpl::new);
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
