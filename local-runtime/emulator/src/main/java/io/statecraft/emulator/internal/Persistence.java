package io.statecraft.emulator.internal;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the emulator does so that what it holds outlives it: by default nothing (everything stays
 * in memory, at no cost); with a data directory, {@link StoredState}.
 */
public interface Persistence {

  /** Everything in memory only. */
  Persistence NONE = new Persistence() {};

  /**
   * Called once {@code operation} has answered {@code request} with {@code response}, before the
   * answer is sent: returns once what it changed is kept.
   */
  default void after(String operation, JsonNode request, ObjectNode response) {}

  /** A child execution the runtime started ({@code states:startExecution}): kept as the API's. */
  default void started(String executionArn) {}

  /**
   * Event {@code event} of {@code executionArn} was recorded (the runtime's thread): kept without
   * making the execution wait.
   */
  default void recorded(String executionArn, io.statecraft.local.history.HistoryEvent event) {}

  /** Keeps what is pending and lets go of the store; no effect without one. */
  default void close() {}
}
