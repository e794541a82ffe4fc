package io.statecraft.local.internal.expr;

import io.statecraft.asl.ErrorNames;
import io.statecraft.compiler.internal.jsonpath.AslPath;
import io.statecraft.compiler.internal.jsonpath.PathSyntaxException;
import io.statecraft.local.internal.json.CompactMap;
import io.statecraft.local.internal.json.CompactObject;
import io.statecraft.local.internal.json.Values;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where a state's result goes in its output ({@code ResultPath}, a reference path such as
 * {@code $.a.b} or {@code $.list[0]}). Inserting copies only the objects along the path, so the
 * state input is never changed (it may be shared with the history and other branches).
 * JsonPath offers no insert that creates missing parents, which AWS does, hence this small walker.
 */
public final class ResultPath {

  /** {@code ResultPath} absent or {@code $}: the result replaces the input. */
  public static final ResultPath REPLACE = new ResultPath("$", new Object[0]);
  /** {@code "ResultPath": null}: the result is discarded and the input passes through. */
  public static final ResultPath DISCARD = new ResultPath(null, null);

  private final String text;
  /** Each step is a String (field) or an Integer (array index). */
  private final Object[] steps;
  /** The hash codes of the field names among {@link #steps}, computed once. */
  private final int[] hashes;

  private ResultPath(String text, Object[] steps) {
    this.text = text;
    this.steps = steps;
    this.hashes = steps == null ? null : CompactMap.hashes(steps);
  }

  /**
   * Parses a reference path with the parser the validator judges paths with; throws
   * IllegalArgumentException when it is not one.
   */
  public static ResultPath parse(String text) {
    AslPath parsed;
    try {
      parsed = AslPath.parse(text);
    } catch (PathSyntaxException e) {
      throw new IllegalArgumentException("ResultPath '" + text + "' is not valid JSONPath: "
          + e.reason(), e);
    }
    if (parsed.root() != AslPath.Root.INPUT) {
      throw new IllegalArgumentException("ResultPath must be a path into the state's data, not "
          + (parsed.root() == AslPath.Root.CONTEXT ? "the context object" : "a variable")
          + ": " + text);
    }
    if (!parsed.isReference()) {
      throw new IllegalArgumentException(
          "ResultPath must be a reference path (fields and indexes only), was '" + text + "'");
    }
    if (parsed.steps().isEmpty()) {
      return REPLACE;
    }
    // Interned, as the mapper interns the names it reads: a field lookup then matches by identity.
    Object[] steps = parsed.steps().toArray();
    for (int i = 0; i < steps.length; i++) {
      if (steps[i] instanceof String field) {
        steps[i] = field.intern();
      }
    }
    return new ResultPath(text, steps);
  }

  /** The state output before OutputPath: {@code result} placed into {@code input}. */
  public JsonNode apply(JsonNode input, JsonNode result) {
    if (steps == null) {
      return input;
    }
    if (steps.length == 0) {
      return result;
    }
    JsonNode output = insert(input, 0, result);
    if (output == null) {
      throw matchFailure(input);
    }
    return output;
  }

  /**
   * The most levels the output may nest when the input nests at most {@code inputDepth} and the
   * result at most {@code resultDepth} levels; -1 when either is not known. Each step of the path
   * adds a level at most above the result.
   */
  public int depthBound(int inputDepth, int resultDepth) {
    if (steps == null) {
      return inputDepth;
    }
    if (inputDepth < 0 || resultDepth < 0) {
      return steps.length == 0 ? resultDepth : -1;
    }
    return Math.max(inputDepth, steps.length + resultDepth);
  }

  private StatesError matchFailure(JsonNode input) {
    return new StatesError(ErrorNames.RESULT_PATH_MATCH_FAILURE,
        "Unable to apply ReferencePath " + text + " to input " + Values.text(input));
  }

  /*
   * The methods on the way of every state are kept small, their rare branches in methods of their
   * own: the JIT compiles a method once it has run a few hundred times, and small methods are
   * compiled sooner and faster, which is most of a workflow's first runs.
   */

  /** {@code node} with {@code result} set at steps[from..]; null when the path cannot apply. */
  private JsonNode insert(JsonNode node, int from, JsonNode result) {
    if (from == steps.length) {
      return result;
    }
    Object step = steps[from];
    if (!(step instanceof String field)) {
      return insertAt((Integer) step, node, from, result);
    }
    CompactObject copy;
    if (node instanceof CompactObject object) {
      copy = Values.object(object.fields.copyWithRoom());
    } else {
      copy = copyForeign(node);
      if (copy == null) {
        return null;
      }
    }
    int hash = hashes[from];
    // The last step (most paths have one) replaces the field whatever it held: no lookup first.
    JsonNode child = from + 1 == steps.length ? result
        : insert(copy.fields.get(field, hash), from + 1, result);
    if (child == null) {
      return null;
    }
    copy.fields.put(field, hash, child);
    return copy;
  }

  /**
   * A copy of {@code node}, an object of another factory, or an empty object where there is
   * nothing yet; null when {@code node} is a value that cannot hold fields.
   */
  private static CompactObject copyForeign(JsonNode node) {
    CompactObject copy = Values.object();
    if (node instanceof ObjectNode object) {
      copy.setAll(object);
      return copy;
    }
    return node == null || node.isNull() || node.isMissingNode() ? copy : null;
  }

  private JsonNode insertAt(int index, JsonNode node, int from, JsonNode result) {
    if (node == null || !node.isArray() || index < 0 || index >= node.size()) {
      return null;
    }
    ArrayNode copy = Values.array();
    copy.addAll((ArrayNode) node);
    JsonNode child = insert(copy.get(index), from + 1, result);
    if (child == null) {
      return null;
    }
    copy.set(index, child);
    return copy;
  }

  @Override
  public String toString() {
    return String.valueOf(text);
  }
}
