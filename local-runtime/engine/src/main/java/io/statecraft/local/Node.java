package io.statecraft.local;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * A state compiled for running: paths compiled, templates parsed, transitions resolved to nodes.
 * {@link #run} records the state's events, returns its output and sets {@link Frame#next}.
 */
abstract class Node {

  /** AWS's quota on a state's input or output: 256 KiB of UTF-8 JSON text. */
  static final long MAX_PAYLOAD_BYTES = 256 * 1024;

  final String name;
  private final String enteredType;
  private final String exitedType;
  /** {@code InputPath}: null when absent ({@code $}). */
  PathExpr inputPath;
  boolean inputPathNull;
  PathExpr outputPath;
  boolean outputPathNull;
  String nextName;
  Node next;

  Node(String name, String typeName) {
    this.name = name;
    this.enteredType = typeName + "StateEntered";
    this.exitedType = typeName + "StateExited";
  }

  /** Runs the state on {@code input}; sets {@code frame.next} (null when the scope ends). */
  abstract JsonNode run(JsonNode input, Frame frame);

  final void entered(JsonNode input, Frame frame) {
    frame.entered(enteredType, name, input);
  }

  final void exited(JsonNode output, Frame frame) {
    frame.event(exitedType, name, output);
  }

  /**
   * Records the exit with the variables {@code assigned} (from {@link #assign}), then makes them
   * visible to the states that follow.
   */
  final void exited(JsonNode output, Frame frame, JsonNode assigned) {
    if (assigned == null || assigned.isEmpty()) {
      exited(output, frame);
    } else {
      exitedAssigning(output, frame, assigned);
    }
  }

  private void exitedAssigning(JsonNode output, Frame frame, JsonNode assigned) {
    tools.jackson.databind.node.ObjectNode extra = Values.object();
    tools.jackson.databind.node.ObjectNode texts = extra.putObject("assignedVariables");
    for (java.util.Map.Entry<String, JsonNode> variable : assigned.properties()) {
      texts.put(variable.getKey(), Values.text(variable.getValue()));
      frame.variables.set(variable.getKey(), variable.getValue());
    }
    extra.putObject("assignedVariablesDetails").put("truncated", false);
    frame.event(exitedType, name, output, 0, null, null, extra);
  }

  /**
   * The variables an {@code Assign} template gives for {@code value} (the state's result, or its
   * input where it has none), all read before any is set; null without Assign.
   */
  static JsonNode assign(Template assign, JsonNode value, Frame frame) {
    return assign == null ? null : assign.build(value, frame);
  }

  /** The effective input: {@code InputPath} applied ({@code null} gives {@code {}}). */
  final JsonNode applyInputPath(JsonNode input, Frame frame) {
    if (inputPathNull) {
      return Values.object();
    }
    return inputPath == null ? input : select(inputPath, input, frame);
  }

  /** The state output: {@code OutputPath} applied, then the payload quota checked. */
  final JsonNode applyOutputPath(JsonNode output, Frame frame) {
    JsonNode result;
    if (outputPathNull) {
      result = Values.object();
    } else {
      result = outputPath == null ? output : select(outputPath, output, frame);
    }
    if (frame.run.payloadLimit != Long.MAX_VALUE) {
      checkSize(result, frame);
    }
    return result;
  }

  /** A path read whose miss is a States.Runtime error worded as AWS words it. */
  static JsonNode select(PathExpr path, JsonNode input, Frame frame) {
    try {
      return path.evaluate(input, frame);
    } catch (PathExpr.NoMatch e) {
      throw StatesError.runtime(frame, "Invalid path '" + path.text() + "' : " + e.getMessage());
    }
  }

  final void checkSize(JsonNode value, Frame frame) {
    long limit = frame.run.payloadLimit;
    if (limit != Long.MAX_VALUE && Values.largerThan(value, limit)) {
      throw dataLimitExceeded();
    }
  }

  private StatesError dataLimitExceeded() {
    return StatesError.dataLimitExceeded("The state/task '" + name
        + "' returned a result with a size exceeding the maximum number of bytes service limit.");
  }

  static JsonNode nullToEmpty(JsonNode node) {
    return node == null ? NullNode.getInstance() : node;
  }
}
