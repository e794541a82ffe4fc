package io.statecraft.examples;

import io.statecraft.compiler.Asl;
import io.statecraft.dsl.Workflow;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import java.util.Map;

/** Loads an example workflow into a test's runtime, under the name it is deployed with. */
final class Workflows {

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
}
