package io.statecraft.local.spi;

import io.statecraft.local.RunningExecution;
import tools.jackson.databind.JsonNode;

/**
 * What a program that embeds the local runtime behind an API of its own (the Step Functions
 * emulator) provides to it: where child executions run, which activities exist, and whether a
 * callback task nobody answers counts its message as sent.
 */
public interface RuntimeHost {

  /**
   * Starts {@code input} on the state machine, version or alias {@code stateMachineArn} as an
   * execution named {@code name}, as StartExecution does, for a {@code states:startExecution}
   * task.
   *
   * @throws io.statecraft.local.task.TaskFailure with the error and cause AWS's integration gives
   *     when StartExecution fails, e.g. {@code StepFunctions.StateMachineDoesNotExistException}
   */
  RunningExecution startChild(String stateMachineArn, String name, JsonNode input);

  /**
   * Whether an Activity task may schedule on {@code activityArn}. One on an activity that does not
   * exist fails the execution with States.Runtime, as AWS does when it was deleted.
   */
  boolean activityExists(String activityArn);

  /**
   * Whether a {@code .waitForTaskToken} task that no handler answers counts its message as sent,
   * with an empty result, and waits for the token: an emulator cannot send the SQS message or
   * SNS notification itself.
   */
  boolean unansweredCallbacksSent();

  /**
   * What the cause of {@code Statecraft.UnboundTask} tells the host's user to do when nothing
   * answers state {@code stateName} calling {@code resource}: how to answer it over the host's
   * own interface. By default, how to bind a Java handler.
   */
  default String unboundTaskAdvice(String stateName, String resource) {
    return "Bind one with LocalStepFunctions.builder().task(\"" + stateName + "\", handler).";
  }

  /**
   * Event {@code event} of execution {@code executionArn} was recorded: a host that keeps
   * executions across restarts persists it here. Called on the thread that records the event,
   * in event order per execution, so it must be quick; events a
   * resumed execution regenerates for its recorded prefix are not
   * handed over again. By default nothing is done, and the runtime makes no event object for it.
   */
  default void recorded(String executionArn, io.statecraft.local.history.HistoryEvent event) {}
}
