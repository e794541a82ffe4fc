package io.statecraft.compiler.internal.jsonata;

import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Bindings for tests, set field by field, with a seeded random source and a fixed clock so that
 * results repeat; and shorthands to parse and evaluate.
 */
class Fixture {

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** 2026-11-24T12:00:00Z, what the bindings' clock reads. */
  static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

  private JsonNode input = json("{}");
  private JsonNode context = json("{\"Execution\": {\"Id\": \"arn:aws:states:exec\"}}");
  private JsonNode result;
  private JsonNode errorOutput;
  private final Map<String, JsonNode> variables = new HashMap<>();
  private RandomGenerator random = new SplittableRandom(7);

  static JsonNode json(String text) {
    return MAPPER.readTree(text);
  }

  static Fixture bindings() {
    return new Fixture();
  }

  Fixture input(String json) {
    input = json(json);
    return this;
  }

  Fixture input(JsonNode node) {
    input = node;
    return this;
  }

  Fixture context(String json) {
    context = json(json);
    return this;
  }

  Fixture result(String json) {
    result = json(json);
    return this;
  }

  Fixture errorOutput(String json) {
    errorOutput = json(json);
    return this;
  }

  Fixture variable(String name, String json) {
    variables.put(name, json(json));
    return this;
  }

  Fixture random(RandomGenerator random) {
    this.random = random;
    return this;
  }

  /** The bindings set so far, with the clock fixed at {@link #NOW}. */
  JsonataBindings toBindings() {
    return new TestBindings(input, context, result, errorOutput, Map.copyOf(variables)::get,
        random, InstantSource.fixed(NOW));
  }

  /** Evaluates {@code {% expression %}} with these bindings. */
  JsonNode eval(String expression) {
    return JsonataExpression.parse("{% " + expression + " %}").evaluate(toBindings(),
        JsonNodeFactory.instance);
  }

  /** Evaluates {@code {% expression %}} with empty bindings. */
  static JsonNode evaluate(String expression) {
    return bindings().eval(expression);
  }

  /** The tail of the error evaluating {@code {% expression %}} gives, or a failure if none. */
  static String tailOf(String expression) {
    try {
      JsonNode value = evaluate(expression);
      throw new AssertionError("expected " + expression + " to fail, it gave " + value);
    } catch (JsonataEvaluationException e) {
      return e.tail();
    }
  }
}
