package io.statecraft.local.internal.tasks;

import tools.jackson.databind.JsonNode;

/** Starts the child executions that {@code states:startExecution} tasks ask for. */
@FunctionalInterface
public interface ChildStarter {

  /**
   * Starts {@code input} on the state machine, version or alias {@code stateMachineArn} as an
   * execution named {@code name}; throws {@link io.statecraft.local.task.TaskFailure} with the
   * error and cause AWS's integration gives when StartExecution fails.
   */
  ChildExecution start(String stateMachineArn, String name, JsonNode input);
}
