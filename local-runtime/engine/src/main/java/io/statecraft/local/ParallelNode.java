package io.statecraft.local;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/** {@code Parallel}: every branch on the same input; the result is their outputs in order. */
final class ParallelNode extends RetryingNode {

  Graph[] branches;
  Template parameters;
  Template resultSelector;
  ResultPath resultPath = ResultPath.REPLACE;

  ParallelNode(String name) {
    super(name, "Parallel");
  }

  @Override
  JsonNode attempt(JsonNode input, Frame frame) {
    JsonNode effective = applyInputPath(input, frame);
    JsonNode branchInput = parameters == null ? effective : parameters.build(effective, frame);
    frame.event("ParallelStateStarted", null, null);
    frame.started = true;
    JsonNode[] outputs;
    try {
      outputs = Fanout.run(frame, branches.length, 0,
          (index, stop) -> frame.child(stop, null, null),
          (index, line) -> Interpreter.run(branches[index], branchInput, line));
    } catch (StatesError error) {
      throw error;
    }
    frame.event("ParallelStateSucceeded", null, null);
    ArrayNode result = Values.array();
    for (JsonNode output : outputs) {
      result.add(output);
    }
    return shape(input, result, resultSelector, resultPath, frame);
  }

  @Override
  void failed(Frame frame) {
    frame.event("ParallelStateFailed", null, null);
  }
}
