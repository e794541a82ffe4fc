package io.statecraft.local.internal.states;

import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.internal.expr.ResultPath;
import io.statecraft.local.internal.expr.Template;
import io.statecraft.local.internal.json.Values;
import io.statecraft.local.internal.kernel.Line;
import tools.jackson.databind.JsonNode;

/** {@code Pass}: InputPath, then Result or Parameters, then ResultPath and OutputPath. */
sealed class PassNode extends Node permits PassNode.Jsonata {

  JsonNode result;
  Template parameters;
  ResultPath resultPath = ResultPath.REPLACE;
  /** How deeply {@link #result} nests; -1 until first needed. */
  private int resultDepth = -1;

  PassNode(String name) {
    super(name, HistoryEventType.PASS_STATE_ENTERED, HistoryEventType.PASS_STATE_EXITED);
  }

  @Override
  public void run(JsonNode input, Line line) {
    entered(input, line);
    JsonNode value;
    int inputBound = line.depthBound(input);
    int valueBound;
    if (result != null) {
      // Result wins over InputPath and Parameters, which AWS then does not apply (TestState
      // reports neither).
      value = result;
      valueBound = resultDepth();
      inspect(line, "result", value);
    } else {
      JsonNode effective = applyInputPath(input, line);
      int effectiveBound = inputPathBound(inputBound);
      value = parameters != null ? parameters.build(effective, line) : effective;
      valueBound = parameters != null ? parameters.depthBound(effectiveBound) : effectiveBound;
      inspect(line, "afterParameters", value);
    }
    inspect(line, "afterResultSelector", value);
    int outputBound = resultPath.depthBound(inputBound, valueBound);
    if (assign != null) {
      runAssigning(input, value, outputBound, line);
      return;
    }
    JsonNode output = applyOutputPath(afterResultPath(input, value, line), outputBound, line);
    exited(output, line);
    proceed(output, line);
  }

  /** How deeply {@link #result} nests, found at its first use. */
  private int resultDepth() {
    int depth = resultDepth;
    if (depth < 0) {
      depth = Values.depthUpTo(result, Values.MAX_DEPTH);
      resultDepth = depth;
    }
    return depth;
  }

  private JsonNode afterResultPath(JsonNode input, JsonNode value, Line line) {
    JsonNode placed = resultPath.apply(input, value);
    inspect(line, "afterResultPath", placed);
    return placed;
  }

  private void runAssigning(JsonNode input, JsonNode value, int outputBound, Line line) {
    JsonNode assigned = assign(assign, value, line);
    JsonNode output = applyOutputPath(afterResultPath(input, value, line), outputBound, line);
    exited(output, line, assigned);
    proceed(output, line);
  }

  /**
   * A Pass state in JSONata mode: Output and Assign. A class of its own rather than a branch of
   * {@link PassNode#run}, as the JIT compiles each run method for what it has seen: the first
   * JSONata Pass does not undo the compiled JSONPath one, and its own compiles small and soon.
   */
  static final class Jsonata extends PassNode {

    Jsonata(String name) {
      super(name);
    }

    @Override
    public void run(JsonNode input, Line line) {
      entered(input, line);
      exitJsonata(input, line.bindings(input), line);
    }
  }
}
