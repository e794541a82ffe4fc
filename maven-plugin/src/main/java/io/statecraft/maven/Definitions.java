package io.statecraft.maven;

import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.compiler.Asl;
import io.statecraft.compiler.Validator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The JSON that is deployed for a workflow: substituted, then validated again as AWS will see it. */
final class Definitions {

  private Definitions() {}

  /**
   * {@code workflow}'s definition with {@code substitutions} applied.
   *
   * @throws WorkflowException when a placeholder has no value or the substituted definition is
   *     invalid (e.g. a substituted {@code TimeoutSeconds} that is not a number)
   */
  static JsonNode deployable(CompiledWorkflow workflow, Map<String, String> substitutions) {
    JsonNode definition;
    try {
      definition = Substitutions.apply(Asl.toJson(workflow.machine()), substitutions);
    } catch (WorkflowException e) {
      throw new WorkflowException(workflow.name() + " (" + workflow.className() + "): "
          + e.getMessage());
    }
    List<Diagnostic> errors = Validator.validate(definition).stream()
        .filter(Diagnostic::isError).toList();
    if (!errors.isEmpty()) {
      StringBuilder text = new StringBuilder(workflow.name()).append(" (")
          .append(workflow.className()).append(") is invalid once <definitionSubstitutions>"
              + " are applied:");
      errors.forEach(error -> text.append("\n  ").append(error));
      throw new WorkflowException(text.toString());
    }
    return definition;
  }
}
