package io.statecraft.local.internal.kernel;

import tools.jackson.databind.JsonNode;

/**
 * What a line of execution runs: a compiled state. It records the state's events and either
 * continues the line at once ({@link Line#proceed}) or suspends it (a Wait, a back-off, a task
 * waiting for its token, a Parallel waiting for its branches) until the scheduler resumes it.
 * A {@link io.statecraft.local.internal.expr.StatesError} thrown here fails the line.
 */
public interface Step {

  void run(JsonNode input, Line line);

  /** The state's name, for reports; null for steps that are not states. */
  default String stateName() {
    return null;
  }
}
