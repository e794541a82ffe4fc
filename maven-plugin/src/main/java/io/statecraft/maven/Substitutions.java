package io.statecraft.maven;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replaces {@code ${Name}} placeholders in a definition, as CloudFormation's and SAM's
 * {@code DefinitionSubstitutions} do, before it is deployed: the Step Functions API itself has no
 * such parameter. A string that is only a placeholder in a numeric field ({@code "TimeoutSeconds":
 * "${Timeout}"}) becomes a number when its value is one; everywhere else the text is replaced.
 *
 * <pre>{@code
 * JsonNode deployable = Substitutions.apply(Asl.toJson(machine), Map.of("QueueUrl", url));
 * }</pre>
 */
final class Substitutions {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
  /** The fields NumberOrExpression models: numbers that may be written as a placeholder. */
  private static final Set<String> NUMERIC_FIELDS = Set.of("TimeoutSeconds", "HeartbeatSeconds",
      "Seconds", "MaxConcurrency", "ToleratedFailurePercentage", "ToleratedFailureCount",
      "MaxItemsPerBatch", "MaxInputBytesPerBatch", "MaxItems");

  private Substitutions() {}

  /**
   * A copy of {@code definition} with every placeholder replaced.
   *
   * @throws WorkflowException naming every placeholder that has no value
   */
  static JsonNode apply(JsonNode definition, Map<String, String> values) {
    Set<String> missing = new TreeSet<>();
    JsonNode result = replace(definition, null, values, missing);
    if (!missing.isEmpty()) {
      throw new WorkflowException("no value for " + String.join(", ", missing.stream()
          .map(name -> "${" + name + "}").toList())
          + ": add it to <definitionSubstitutions>, e.g. <" + missing.iterator().next()
          + ">value</" + missing.iterator().next() + ">");
    }
    return result;
  }

  private static JsonNode replace(JsonNode node, String field, Map<String, String> values,
      Set<String> missing) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (node.isObject()) {
      ObjectNode copy = nodes.objectNode();
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        copy.set(entry.getKey(), replace(entry.getValue(), entry.getKey(), values, missing));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = nodes.arrayNode();
      node.values().forEach(element -> copy.add(replace(element, field, values, missing)));
      return copy;
    }
    if (!node.isString()) {
      return node;
    }
    String text = node.asString();
    Matcher whole = PLACEHOLDER.matcher(text);
    if (whole.matches() && NUMERIC_FIELDS.contains(field) && values.containsKey(whole.group(1))) {
      BigDecimal number = number(values.get(whole.group(1)));
      if (number != null) {
        return nodes.numberNode(number);
      }
    }
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder replaced = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      if (value == null) {
        missing.add(matcher.group(1));
        value = matcher.group();
      }
      matcher.appendReplacement(replaced, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(replaced);
    return nodes.stringNode(replaced.toString());
  }

  private static BigDecimal number(String text) {
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
