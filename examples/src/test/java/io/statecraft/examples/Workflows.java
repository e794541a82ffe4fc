package io.statecraft.examples;

import io.statecraft.compiler.Asl;
import io.statecraft.dsl.Workflow;
import io.statecraft.local.Execution;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.RunningExecution;
import io.statecraft.local.task.TaskTokenException;
import java.time.Duration;
import java.util.Map;

/** Loads an example workflow into a test's runtime, under the name it is deployed with. */
final class Workflows {

  /**
   * How long a test lets the runtime take to reach a state or an end: real time, generous, and
   * spent only when something is wrong (the virtual clock makes the rest instant).
   */
  static final Duration SOON = Duration.ofSeconds(5);

  private Workflows() {}

  /** {@code workflow} as the runtime runs it; {@code ${...}} placeholders stay as written. */
  static LocalStateMachine load(LocalStepFunctions runtime, Workflow workflow) {
    return runtime.load(workflow.name(), workflow.define());
  }

  /**
   * {@code workflow} with each {@code ${KEY}} placeholder replaced by its value, as
   * CloudFormation's DefinitionSubstitutions would at deploy time. Needed where a placeholder
   * stands for something the runtime must resolve itself (an activity's ARN as a Task's
   * Resource, a child state machine's ARN); the rest may stay placeholders.
   */
  static LocalStateMachine load(LocalStepFunctions runtime, Workflow workflow,
      Map<String, String> substitutions) {
    String asl = Asl.write(workflow.define());
    for (Map.Entry<String, String> substitution : substitutions.entrySet()) {
      asl = asl.replace("${" + substitution.getKey() + "}", substitution.getValue());
    }
    return runtime.load(workflow.name(), asl);
  }

  /**
   * Plays the outside party of a callback or activity task: waits until {@code state} waits
   * for its token, answers it with {@code output} as SendTaskSuccess does, and returns the
   * execution once it has ended.
   */
  static Execution succeedTask(LocalStepFunctions runtime, RunningExecution running,
      String state, String output) {
    runtime.sendTaskSuccess(running.awaitTaskToken(state, SOON), output);
    return running.await(SOON);
  }

  /**
   * Plays an outside party busy on the task {@code state} waits on: {@code times} times, lets
   * {@code every} pass on the virtual clock and sends a heartbeat. Stops early when the task has
   * ended (timed out, say): its token is then refused, as on AWS. Returns the task's token.
   */
  static String sendHeartbeats(LocalStepFunctions runtime, RunningExecution running,
      String state, Duration every, int times) {
    String token = running.awaitTaskToken(state, SOON);
    for (int i = 0; i < times; i++) {
      running.advanceClock(every);
      try {
        runtime.sendTaskHeartbeat(token);
      } catch (TaskTokenException ended) {
        break;
      }
    }
    return token;
  }
}
