package io.statecraft.local.internal.states;

import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.internal.expr.JsonataValue;
import io.statecraft.local.internal.expr.Template;
import io.statecraft.local.internal.kernel.Fanout;
import io.statecraft.local.internal.kernel.Line;
import tools.jackson.databind.JsonNode;

/** {@code Parallel}: every branch on the same input; the result is their outputs in order. */
final class ParallelNode extends RetryingNode {

  Graph[] branches;
  Template parameters;
  /** JSONata: the input every branch starts with (null: the state's input). */
  JsonataValue arguments;

  ParallelNode(String name) {
    super(name, HistoryEventType.PARALLEL_STATE_ENTERED, HistoryEventType.PARALLEL_STATE_EXITED,
        HistoryEventType.PARALLEL_STATE_FAILED);
  }

  @Override
  void attempt(JsonNode input, Line line, Attempt attempt) {
    io.statecraft.local.internal.kernel.Inspection mocked = MockedFanouts.mocked(line);
    if (mocked != null) {
      MockedFanouts.parallel(this, input, line, attempt, mocked);
      return;
    }
    JsonNode effective = jsonata ? input : applyInputPath(input, line);
    JsonNode branchInput = payload(arguments, parameters, input, effective, line);
    int branchBound = knownDepth(branchInput, line);
    line.event(HistoryEventType.PARALLEL_STATE_STARTED, null, null);
    line.started = true;
    Fanout.run(line, branches.length, 0, (index, stop, end) -> {
      Line branch = line.child(stop, -1, null, end);
      if (branchBound >= 0) {
        branch.boundDepth(branchInput, branchBound);
      }
      branch.proceed(branches[index].start, branchInput);
      return branch;
    }, collect(attempt, input, line, HistoryEventType.PARALLEL_STATE_SUCCEEDED));
  }
}
