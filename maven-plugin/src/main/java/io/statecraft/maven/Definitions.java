package io.statecraft.maven;

import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.compiler.Asl;
import io.statecraft.compiler.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The JSON that is deployed for each workflow: substituted, then validated again as AWS will see
 * it. All workflows are checked before any is returned, so a goal that creates state machines
 * creates all of them or none.
 *
 * <pre>{@code
 * List<Definitions.Definition> definitions = Definitions.deployable(workflows, substitutions);
 * }</pre>
 */
final class Definitions {

  private Definitions() {}

  /**
   * A workflow's definition as it is sent.
   *
   * @param json the definition with its placeholders substituted
   */
  record Definition(CompiledWorkflow workflow, JsonNode json) {

    Definition {
      Objects.requireNonNull(workflow, "workflow == null");
      Objects.requireNonNull(json, "json == null");
    }

    /** The state machine name. */
    String name() {
      return workflow.name();
    }
  }

  /**
   * Each workflow's definition with {@code substitutions} applied, in the order given.
   *
   * @throws WorkflowException naming, one line each, every placeholder without a value and every
   *     error of a substituted definition (e.g. a substituted {@code TimeoutSeconds} that is not a
   *     number), for all workflows
   */
  static List<Definition> deployable(List<CompiledWorkflow> workflows,
      Map<String, String> substitutions) {
    List<Definition> definitions = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int invalid = 0;
    for (CompiledWorkflow workflow : workflows) {
      List<String> own = problems(workflow, substitutions, definitions);
      problems.addAll(own);
      invalid += own.isEmpty() ? 0 : 1;
    }
    if (!problems.isEmpty()) {
      throw WorkflowException.invalid(invalid, problems);
    }
    return List.copyOf(definitions);
  }

  /** The workflow's problems; when it has none, its definition is added to {@code valid}. */
  private static List<String> problems(CompiledWorkflow workflow,
      Map<String, String> substitutions, List<Definition> valid) {
    JsonNode definition;
    try {
      definition = Substitutions.apply(Asl.toJson(workflow.machine()), substitutions);
    } catch (WorkflowException e) {
      return List.of(workflow.label() + ": " + e.getMessage());
    }
    List<Diagnostic> errors = Validator.validate(definition).stream()
        .filter(Diagnostic::isError).toList();
    if (errors.isEmpty()) {
      valid.add(new Definition(workflow, definition));
    }
    return errors.stream()
        .map(error -> workflow.label() + " with <definitionSubstitutions> applied: " + error)
        .toList();
  }
}
