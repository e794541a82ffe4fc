package io.statecraft.maven;

import java.util.List;
import java.util.Map;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that create state machines share ({@code sfn:deploy}, {@code sfn:local}): the
 * values of the {@code ${Name}} placeholders, and the definitions as they are sent.
 *
 * <pre>{@code
 * for (Definitions.Definition definition : deployable(workflows())) { ... }
 * }</pre>
 */
abstract class DeployingMojo extends WorkflowMojo {

  /** Values of the {@code ${Name}} placeholders, e.g. {@code <QueueUrl>https://...</QueueUrl>}. */
  @Parameter
  Map<String, String> definitionSubstitutions = Map.of();

  /**
   * Each workflow's definition, placeholders substituted and validated: all of them before the
   * first call, so nothing is half created.
   *
   * @throws WorkflowException listing every problem of every workflow
   */
  final List<Definitions.Definition> deployable(List<CompiledWorkflow> workflows) {
    return Definitions.deployable(workflows, definitionSubstitutions);
  }
}
