package io.statecraft.local.internal.states;

import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.internal.expr.JsonataValue;
import io.statecraft.local.internal.expr.PathExpr;
import io.statecraft.local.internal.expr.StateBindings;
import io.statecraft.local.internal.expr.StatesError;
import io.statecraft.local.internal.expr.Template;
import io.statecraft.local.internal.json.CompactObject;
import io.statecraft.local.internal.json.Values;
import io.statecraft.local.internal.kernel.Line;
import io.statecraft.local.internal.kernel.Run;
import io.statecraft.local.internal.kernel.Step;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A state compiled for running: paths compiled, templates parsed, transitions resolved to nodes.
 * {@link #run} records the state's events and hands the line on to the next state (or ends its
 * scope), or suspends the line until what the state waits for comes.
 */
abstract class Node implements Step {

  final String name;
  private final HistoryEventType enteredType;
  private final HistoryEventType exitedType;
  /** {@code InputPath}: null when absent ({@code $}). */
  PathExpr inputPath;
  boolean inputPathNull;
  PathExpr outputPath;
  boolean outputPathNull;
  String nextName;
  Node next;
  /** JSONPath: {@code Assign}, or null (also for the states that have none). */
  Template assign;
  /** Whether the state runs in JSONata mode: it has no paths, only the fields below. */
  boolean jsonata;
  /** JSONata: {@code Output}, or null for the state's default output. */
  JsonataValue output;
  /** JSONata: {@code Assign}, or null. */
  JsonataValue assignments;

  Node(String name, HistoryEventType enteredType, HistoryEventType exitedType) {
    this.name = name;
    this.enteredType = enteredType;
    this.exitedType = exitedType;
  }

  @Override
  public String stateName() {
    return name;
  }

  /** Reports {@code value} as the state's {@code field} to a TestState run (no-op otherwise). */
  static void inspect(Line line, String field, JsonNode value) {
    io.statecraft.local.internal.kernel.Inspection inspection = line.run().inspection;
    if (inspection != null && value != null) {
      inspection.record(field, value);
    }
  }

  final void entered(JsonNode input, Line line) {
    line.entered(enteredType, name, input);
  }

  final void exited(JsonNode output, Line line) {
    line.event(exitedType, name, output);
  }

  /**
   * Records the exit with the variables {@code assigned} (from {@link #assign}), then makes them
   * visible to the states that follow.
   */
  final void exited(JsonNode output, Line line, JsonNode assigned) {
    if (assigned == null || assigned.isEmpty()) {
      exited(output, line);
    } else {
      exitedAssigning(output, line, assigned);
    }
  }

  private void exitedAssigning(JsonNode output, Line line, JsonNode assigned) {
    // Names at even places, values at odd ones, read in place: the checks and the setting below
    // make no iterator and no entry per variable on every state that assigns.
    Object[] slots = CompactObject.fieldSlots(assigned);
    int count = assigned.size();
    for (int i = 0; i < count; i++) {
      if (Values.deeperThan((JsonNode) slots[2 * i + 1], Values.MAX_DEPTH)) {
        throw StatesError.runtime(line, "The variable '" + slots[2 * i] + "' is nested"
            + " more than " + Values.MAX_DEPTH + " levels deep, the most a JSON value may nest.");
      }
    }
    boolean quotas = line.run().payloadLimit != Long.MAX_VALUE;
    long[] sizes = quotas ? sizes(slots, count, line) : null;
    for (int i = 0; i < count; i++) {
      long bytes = quotas ? sizes[i] : 0;
      long previous = line.variables.set((String) slots[2 * i], (JsonNode) slots[2 * i + 1],
          bytes);
      if (quotas) {
        line.run().addVariableBytes(bytes - previous, name);
      }
    }
    // The values themselves: the history writes their JSON text when someone reads it.
    line.exitedAssigning(exitedType, name, output, assigned);
  }

  /** The size of each variable's JSON text, checked against AWS's quotas on them. */
  private long[] sizes(Object[] slots, int count, Line line) {
    long[] sizes = new long[count];
    long total = 0;
    for (int i = 0; i < count; i++) {
      long bytes = Values.textSize((JsonNode) slots[2 * i + 1]);
      sizes[i] = bytes;
      total += bytes;
      checkVariableSize(line, "The variable '" + slots[2 * i] + "'", bytes);
    }
    checkVariableSize(line, "The Assign of state '" + name + "'", total);
    return sizes;
  }

  /** AWS's quota of 256 KiB on one variable and on all the variables one Assign sets. */
  private static void checkVariableSize(Line line, String what, long bytes) {
    if (line.run().payloadLimit != Long.MAX_VALUE && bytes > line.run().payloadLimit) {
      throw StatesError.dataLimitExceeded(what + " has a size of " + bytes + " bytes, exceeding"
          + " the maximum of " + line.run().payloadLimit + " bytes.");
    }
  }

  /** Hands the line on to the next state, or ends the scope when this state is its last. */
  final void proceed(JsonNode output, Line line) {
    if (next == null) {
      line.finish(output);
    } else {
      line.proceed(next, output);
    }
  }

  /**
   * The variables an {@code Assign} template gives for {@code value} (the state's result, or its
   * input where it has none), all read before any is set; null without Assign.
   */
  static JsonNode assign(Template assign, JsonNode value, Line line) {
    return assign == null ? null : assign.build(value, line);
  }

  /**
   * JSONata: the state's output, {@code Output} or {@code otherwise} without one; once both are
   * computed, the variables {@code Assign} gives (null without) wait in {@code line.assigned} for
   * the state's exit. Both see the variables as they were when the state was entered.
   */
  final JsonNode assignAndOutput(JsonataValue assign, JsonataValue output, JsonNode otherwise,
      StateBindings bindings, Line line) {
    JsonNode assigned = assign == null ? null : assign.build(bindings, line);
    JsonNode value = output == null ? otherwise : output.build(bindings, line);
    // Without Output the state passes on what it was given, whose depth the line may know.
    checkDepth(value, output == null ? line.depthBound(otherwise) : -1, line);
    checkSize(value, line);
    line.assigned = assigned;
    return value;
  }

  /** JSONata: exits with {@code Assign} and {@code Output} of {@code bindings}, then hands on. */
  final void exitJsonata(JsonNode otherwise, StateBindings bindings, Line line) {
    JsonNode value = assignAndOutput(assignments, output, otherwise, bindings, line);
    exited(value, line, line.assigned);
    proceed(value, line);
  }

  /** The effective input: {@code InputPath} applied ({@code null} gives {@code {}}). */
  final JsonNode applyInputPath(JsonNode input, Line line) {
    JsonNode effective;
    if (inputPathNull) {
      effective = Values.object();
    } else {
      effective = inputPath == null ? input : PathExpr.select(inputPath, input, line);
    }
    inspect(line, "afterInputPath", effective);
    return effective;
  }

  /** The state output: {@code OutputPath} applied, then the payload quota checked. */
  final JsonNode applyOutputPath(JsonNode output, Line line) {
    return applyOutputPath(output, -1, line);
  }

  /**
   * {@link #applyOutputPath(JsonNode, Line)} for an output known to nest at most {@code bound}
   * levels (-1: not known), which spares its depth check a walk.
   */
  final JsonNode applyOutputPath(JsonNode output, int bound, Line line) {
    JsonNode result;
    int resultBound;
    if (outputPathNull) {
      result = Values.object();
      resultBound = 1;
    } else if (outputPath == null) {
      result = output;
      resultBound = bound;
    } else {
      result = PathExpr.select(outputPath, output, line);
      resultBound = outputPath.depthBound(bound);
    }
    checkDepth(result, resultBound, line);
    if (line.run().payloadLimit != Long.MAX_VALUE) {
      checkSize(result, line);
    }
    return result;
  }

  /** The most levels the effective input may nest for an input of {@code inputBound} (-1: not known). */
  final int inputPathBound(int inputBound) {
    if (inputPathNull) {
      return 1;
    }
    return inputPath == null ? inputBound : inputPath.depthBound(inputBound);
  }

  /**
   * How deeply {@code value} nests, from the line's bound or else measured once, so that lines
   * which all start from it (branches, iterations) need not measure it each; -1 past the limit,
   * where the first state of each fails as it should.
   */
  static int knownDepth(JsonNode value, Line line) {
    int depth = line.depthBound(value);
    if (depth < 0) {
      depth = line.run().depthUpToLimit(value);
    }
    return depth <= Values.MAX_DEPTH ? depth : -1;
  }

  /**
   * States.Runtime for an output nested deeper than JSON text may be: a loop that wraps its data
   * once more each time round would otherwise grow it until it could not be written.
   */
  final void checkDepth(JsonNode value, Line line) {
    checkDepth(value, -1, line);
  }

  /**
   * {@link #checkDepth(JsonNode, Line)} for a value known to nest at most {@code bound} levels
   * (-1: not known). A state's output mostly holds what its input held, a few levels further in
   * at most, so its bound follows from its input's and the state's fields; the value is walked
   * only when that bound is not known or passes the limit, and the depth found is the next bound.
   */
  final void checkDepth(JsonNode value, int bound, Line line) {
    int depth = bound;
    if (depth < 0 || depth > Values.MAX_DEPTH) {
      depth = line.run().depthUpToLimit(value);
      if (depth > Values.MAX_DEPTH) {
        throw StatesError.runtime(line, "The state/task '" + name + "' returned a result nested"
            + " more than " + Values.MAX_DEPTH + " levels deep, the most a JSON value may nest.");
      }
    }
    line.boundDepth(value, depth);
  }

  final void checkSize(JsonNode value, Line line) {
    // The sizes of the parts an earlier state passed on are remembered: a large payload is not
    // written out again at every state. Without quotas there is nothing to look at.
    Run run = line.run();
    if (run.payloadLimit != Long.MAX_VALUE && run.overPayloadLimit(value)) {
      throw dataLimitExceeded();
    }
  }

  private StatesError dataLimitExceeded() {
    return StatesError.dataLimitExceeded("The state/task '" + name
        + "' returned a result with a size exceeding the maximum number of bytes service limit.");
  }
}
