package io.statecraft.maven;

import java.util.List;
import java.util.Map;
import org.apache.maven.plugins.annotations.Parameter;
import tools.jackson.databind.JsonNode;

/**
 * What the goals that create state machines share ({@code sfn:deploy}, {@code sfn:local}): the
 * values of the {@code ${Name}} placeholders, and the definitions as they are sent.
 *
 * <pre>{@code
 * for (Map.Entry<String, JsonNode> definition : deployable(workflows())) { ... }
 * }</pre>
 */
abstract class DeployingMojo extends WorkflowMojo {

  /** Values of the {@code ${Name}} placeholders, e.g. {@code <QueueUrl>https://...</QueueUrl>}. */
  @Parameter
  Map<String, String> definitionSubstitutions = Map.of();

  /**
   * Each workflow's name and definition, placeholders substituted and validated: all of them
   * before the first call, so nothing is half created.
   */
  final List<Map.Entry<String, JsonNode>> deployable(List<CompiledWorkflow> workflows) {
    return workflows.stream()
        .map(workflow -> Map.entry(workflow.name(),
            Definitions.deployable(workflow, definitionSubstitutions)))
        .toList();
  }
}
