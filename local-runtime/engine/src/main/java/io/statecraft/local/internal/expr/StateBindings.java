package io.statecraft.local.internal.expr;

import io.statecraft.compiler.internal.jsonata.JsonataBindings;
import java.time.InstantSource;
import java.util.random.RandomGenerator;
import tools.jackson.databind.JsonNode;

/**
 * What a JSONata expression of one state reads: {@code $states.input}, {@code .result} and
 * {@code .errorOutput} where AWS provides them, {@code .context} made only when asked for, the
 * variables in scope as they were when the state was entered, and the run's seeded numbers and
 * clock.
 */
public final class StateBindings implements JsonataBindings {

  private final Scope scope;
  /** Changed only by {@link #rebind}, for the line's next state. */
  private JsonNode input;
  private final JsonNode result;
  private final JsonNode errorOutput;
  private JsonNode context;

  public StateBindings(Scope scope, JsonNode input) {
    this(scope, input, null, null);
  }

  public StateBindings(Scope scope, JsonNode input, JsonNode result, JsonNode errorOutput) {
    this.scope = scope;
    this.input = input;
    this.result = result;
    this.errorOutput = errorOutput;
  }

  /**
   * Makes these the bindings of the next state on the same line, whose input is {@code input}:
   * for the line's one reused instance ({@code Line.bindings}), never for bindings with a result
   * or an error output.
   */
  public void rebind(JsonNode input) {
    this.input = input;
    this.context = null;
  }

  /** The same state's bindings with {@code $states.result}. */
  public StateBindings withResult(JsonNode result) {
    return new StateBindings(scope, input, result, null);
  }

  /** The same state's bindings in a Catcher, with {@code $states.errorOutput}. */
  public StateBindings withErrorOutput(JsonNode errorOutput) {
    return new StateBindings(scope, input, null, errorOutput);
  }

  @Override
  public JsonNode input() {
    return input;
  }

  @Override
  public JsonNode context() {
    if (context == null) {
      context = scope.contextObject();
    }
    return context;
  }

  @Override
  public JsonNode result() {
    return result;
  }

  @Override
  public JsonNode errorOutput() {
    return errorOutput;
  }

  @Override
  public JsonNode variable(String name) {
    return scope.variable(name);
  }

  @Override
  public RandomGenerator random() {
    return scope.random();
  }

  @Override
  public InstantSource clock() {
    return scope.clock();
  }
}
