package io.statecraft.compiler;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replaces {@code ${Name}} placeholders in a definition, as CloudFormation's and SAM's
 * {@code DefinitionSubstitutions} do before a definition reaches AWS: the Step Functions API
 * itself has no such parameter. A string that is only a placeholder in a numeric field
 * ({@code "TimeoutSeconds": "${Timeout}"}) becomes a number when its value is one; everywhere else
 * the text is replaced. Placeholders without a value stay as they are, and {@link #remaining}
 * lists them.
 *
 * <pre>{@code
 * JsonNode deployable = Substitutions.apply(Asl.toJson(machine), Map.of("QueueUrl", url));
 * List<Substitutions.Placeholder> missing = Substitutions.remaining(deployable);
 * }</pre>
 */
public final class Substitutions {

  /** A placeholder left in a definition: its name and the JSON pointer of the string holding it. */
  public record Placeholder(String name, String pointer) {

    /** The name of the state whose field holds it, or null for a top-level field. */
    public String stateName() {
      int at = pointer.lastIndexOf("/States/");
      if (at < 0) {
        return null;
      }
      String rest = pointer.substring(at + "/States/".length());
      int slash = rest.indexOf('/');
      String segment = slash < 0 ? rest : rest.substring(0, slash);
      return segment.replace("~1", "/").replace("~0", "~");
    }
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
  /** The fields NumberOrExpression models: numbers that may be written as a placeholder. */
  private static final Set<String> NUMERIC_FIELDS = Set.of("TimeoutSeconds", "HeartbeatSeconds",
      "Seconds", "MaxConcurrency", "ToleratedFailurePercentage", "ToleratedFailureCount",
      "MaxItemsPerBatch", "MaxInputBytesPerBatch", "MaxItems");

  private Substitutions() {}

  /** A copy of {@code definition} with every placeholder that has a value in {@code values} replaced. */
  public static JsonNode apply(JsonNode definition, Map<String, String> values) {
    return replace(definition, null, values);
  }

  /** Every placeholder in {@code definition}, in document order. */
  public static List<Placeholder> remaining(JsonNode definition) {
    List<Placeholder> found = new ArrayList<>();
    collect(definition, "", found);
    return found;
  }

  private static void collect(JsonNode node, String pointer, List<Placeholder> found) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        collect(entry.getValue(), pointer + "/" + escape(entry.getKey()), found);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, found);
      }
    } else if (node.isString()) {
      Matcher matcher = PLACEHOLDER.matcher(node.asString());
      while (matcher.find()) {
        found.add(new Placeholder(matcher.group(1), pointer));
      }
    }
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private static JsonNode replace(JsonNode node, String field, Map<String, String> values) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (node.isObject()) {
      ObjectNode copy = nodes.objectNode();
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        copy.set(entry.getKey(), replace(entry.getValue(), entry.getKey(), values));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = nodes.arrayNode();
      node.values().forEach(element -> copy.add(replace(element, field, values)));
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
      matcher.appendReplacement(replaced, Matcher.quoteReplacement(
          value == null ? matcher.group() : value));
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
