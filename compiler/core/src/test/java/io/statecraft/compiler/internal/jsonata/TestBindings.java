package io.statecraft.compiler.internal.jsonata;

import java.time.InstantSource;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import tools.jackson.databind.JsonNode;

/**
 * Bindings whose values are all given up front, for tests and benchmarks; the record's accessors
 * are the interface's methods.
 *
 * @param variables the value of each variable by name, or null when unassigned
 */
record TestBindings(JsonNode input, JsonNode context, JsonNode result, JsonNode errorOutput,
    Function<String, JsonNode> variables, RandomGenerator random, InstantSource clock)
    implements JsonataBindings {

  @Override
  public JsonNode variable(String name) {
    return variables.apply(name);
  }
}
