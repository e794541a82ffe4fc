package io.statecraft.local;

import tools.jackson.databind.JsonNode;

/**
 * Starts the child executions that {@code arn:aws:states:::states:startExecution} tasks ask for,
 * in each of their patterns (request-response, {@code .sync}, {@code .sync:2},
 * {@code .waitForTaskToken}). By default a runtime starts the definition it last loaded under the
 * ARN's state machine name; the HTTP emulator plugs in its own, which resolves versions and
 * aliases and keeps the children with the executions its API lists.
 *
 * <pre>{@code
 * LocalStepFunctions sfn = LocalStepFunctions.builder()
 *     .childExecutions((arn, name, input) -> myMachines.get(arn).start(name, input))
 *     .build();
 * }</pre>
 */
@FunctionalInterface
public interface ChildExecutions {

  /**
   * Starts {@code input} on the state machine, version or alias {@code stateMachineArn} as an
   * execution named {@code name}, as StartExecution does.
   *
   * @throws TaskFailure with the error and cause AWS's integration gives when StartExecution
   *     fails, e.g. {@code StepFunctions.StateMachineDoesNotExistException}
   */
  RunningExecution start(String stateMachineArn, String name, JsonNode input);
}
