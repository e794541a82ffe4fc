package io.statecraft.maven;

import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.compiler.Asl;
import io.statecraft.local.LocalStepFunctions;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the local runtime runs each definition, checked before {@code sfn:local} starts the
 * emulator: it serves all of the project's workflows or none. The emulator refuses what its
 * runtime cannot load, so loading each definition into a runtime of its own finds the same
 * refusals without creating anything.
 *
 * <pre>{@code
 * RuntimeCheck.requireRunnable(Definitions.deployable(workflows, substitutions),
 *     "the emulator was not started");
 * }</pre>
 */
final class RuntimeCheck {

  private RuntimeCheck() {}

  /**
   * @param consequence what a refusal means, for the headline
   * @throws WorkflowException naming, one line each, every state and field the runtime refuses
   *     in every definition, with its JSON pointer and the runtime's reason
   */
  static void requireRunnable(List<Definitions.Definition> definitions, String consequence) {
    if (definitions.isEmpty()) {
      return;
    }
    List<String> problems = new ArrayList<>();
    int refused = 0;
    try (LocalStepFunctions runtime = LocalStepFunctions.newInstance()) {
      for (Definitions.Definition definition : definitions) {
        String label = definition.workflow().label();
        int before = problems.size();
        try {
          runtime.load(definition.name(), Asl.fromJson(definition.json()));
        } catch (InvalidDefinitionException e) {
          e.diagnostics().forEach(diagnostic -> problems.add(label + ": " + diagnostic));
        } catch (IllegalArgumentException e) {
          problems.add(label + ": " + e.getMessage());
        }
        refused += problems.size() > before ? 1 : 0;
      }
    }
    if (!problems.isEmpty()) {
      throw new WorkflowException("The local runtime cannot run " + WorkflowException.count(refused)
          + "; " + consequence, refused, problems);
    }
  }
}
