package io.statecraft.compiler.internal.jsonata;

import java.time.InstantSource;
import java.util.random.RandomGenerator;
import tools.jackson.databind.JsonNode;

/**
 * What one evaluation of a {@link JsonataExpression} reads: the fields of {@code $states}, the
 * workflow variables, and the sources of time and chance. The expression asks only for what it
 * uses, and only while it is evaluated; values are read, never changed.
 *
 * <pre>{@code
 * JsonataBindings bindings = new JsonataBindings() {
 *   public JsonNode input() { return stateInput; }
 *   public JsonNode context() { return contextObject; }
 *   public JsonNode variable(String name) { return variables.get(name); }
 * };
 * JsonNode value = JsonataExpression.parse("{% $states.input.total * $rate %}")
 *     .evaluate(bindings, JsonNodeFactory.instance);
 * }</pre>
 */
public interface JsonataBindings {

  /** {@code $states.input}: the state's raw input. */
  JsonNode input();

  /** {@code $states.context}: the Context object. */
  JsonNode context();

  /**
   * {@code $states.result}, or null where it does not exist: it exists only in the Output and
   * Assign of Task, Map and Parallel states.
   */
  default JsonNode result() {
    return null;
  }

  /** {@code $states.errorOutput}, or null where it does not exist: it exists only in a Catcher. */
  default JsonNode errorOutput() {
    return null;
  }

  /**
   * The workflow variable {@code $name}, or null when it is unassigned (the expression then sees
   * it as undefined). Called once per evaluation for each name the expression mentions; names of
   * functions and of lambda parameters are asked too, and are normally unassigned.
   */
  default JsonNode variable(String name) {
    return null;
  }

  /**
   * Where {@code $random()} without a seed, {@code $uuid()} and {@code $shuffle()} draw from.
   * Seed it for executions that repeat exactly.
   */
  default RandomGenerator random() {
    return java.util.concurrent.ThreadLocalRandom.current();
  }

  /** The clock {@code $now()} and {@code $millis()} read, once per evaluation. */
  default InstantSource clock() {
    return InstantSource.system();
  }
}
