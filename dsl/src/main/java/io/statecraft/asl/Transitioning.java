package io.statecraft.asl;

/**
 * A state that goes on to another state ({@code Next}) or ends its scope ({@code End: true}):
 * Task, Pass, Wait, Parallel and Map.
 */
public interface Transitioning {

  /** The name of the next state, or null when the state ends its scope. */
  String next();

  /** Whether the state has {@code "End": true}. */
  boolean end();
}
