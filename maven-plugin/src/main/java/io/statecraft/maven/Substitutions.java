package io.statecraft.maven;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The pom's {@code <definitionSubstitutions>} applied to a definition before it is deployed, by
 * the compiler's {@link io.statecraft.compiler.Substitutions}; a placeholder without a value is a
 * mistake in the pom.
 *
 * <pre>{@code
 * JsonNode deployable = Substitutions.apply(Asl.toJson(machine), Map.of("QueueUrl", url));
 * }</pre>
 */
final class Substitutions {

  private Substitutions() {}

  /**
   * A copy of {@code definition} with every placeholder replaced.
   *
   * @throws WorkflowException naming every placeholder that has no value
   */
  static JsonNode apply(JsonNode definition, Map<String, String> values) {
    JsonNode result = io.statecraft.compiler.Substitutions.apply(definition, values);
    Set<String> missing = new TreeSet<>();
    io.statecraft.compiler.Substitutions.remaining(result)
        .forEach(placeholder -> missing.add(placeholder.name()));
    if (!missing.isEmpty()) {
      throw new WorkflowException("no value for " + String.join(", ", missing.stream()
          .map(name -> "${" + name + "}").toList())
          + ": add it to <definitionSubstitutions>, e.g. <" + missing.iterator().next()
          + ">value</" + missing.iterator().next() + ">");
    }
    return result;
  }
}
