package io.statecraft.local.internal.expr;

import java.time.InstantSource;
import java.util.Random;
import tools.jackson.databind.JsonNode;

/**
 * What a state's expressions read besides the state input: the context object ({@code $$}), the
 * variables in scope ({@code $name}), the seeded random numbers of intrinsic functions, and the
 * state to blame in a States.Runtime cause. A line of execution is one.
 */
public interface Scope {

  /** The context object as it is for the state now running; a fresh tree. */
  JsonNode contextObject();

  /** The value of variable {@code name} in this scope or an enclosing one; null when unassigned. */
  JsonNode variable(String name);

  /** The seeded random numbers of States.UUID, States.MathRandom and JSONata's $random. */
  Random random();

  /** AWS's prefix of States.Runtime causes: which state failed and the id of its entered event. */
  String failurePrefix();

  /** The run's time, for JSONata's {@code $now()} and {@code $millis()}. */
  InstantSource clock();

  /**
   * The state fails with States.QueryEvaluationError: records AWS's EvaluationFailed event for
   * {@code location} (the field, or null) with {@code cause} after the state's prefix, and returns
   * the error to throw. {@code beforeState}: the event links to the event before the state's
   * entered event, as AWS records a failed expression; else to the line's latest event.
   */
  StatesError evaluationFailed(String location, String cause, boolean beforeState);
}
