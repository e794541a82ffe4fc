package io.statecraft.compiler.policy;

import io.statecraft.asl.internal.JsonMappers;
import io.statecraft.compiler.internal.common.JsonText;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A derived policy as an IAM policy document, and as text for people. */
final class PolicyText {

  private PolicyText() {}

  static String json(StateMachinePolicy policy) {
    ObjectNode document = JsonMappers.STANDARD.createObjectNode();
    document.put("Version", "2012-10-17");
    ArrayNode statements = document.putArray("Statement");
    for (PolicyStatement statement : policy.statements()) {
      ObjectNode json = statements.addObject();
      json.put("Sid", statement.sid());
      json.put("Effect", "Allow");
      putList(json, "Action", statement.actions());
      putList(json, "Resource", statement.resources());
      if (!statement.condition().isEmpty()) {
        ObjectNode condition = json.putObject("Condition");
        for (Map.Entry<String, Map<String, List<String>>> operator :
            statement.condition().entrySet()) {
          ObjectNode keys = condition.putObject(operator.getKey());
          operator.getValue().forEach((key, values) -> putList(keys, key, values));
        }
      }
    }
    return JsonText.pretty(document);
  }

  /** One value as a string, several as an array: the shape people write policies in. */
  private static void putList(ObjectNode json, String field, List<String> values) {
    if (values.size() == 1) {
      json.put(field, values.get(0));
    } else {
      ArrayNode array = json.putArray(field);
      values.forEach(array::add);
    }
  }

  static String text(StateMachinePolicy policy) {
    StringBuilder out = new StringBuilder();
    for (PolicyStatement statement : policy.statements()) {
      out.append(statement.sid()).append(statement.states().isEmpty() ? ""
          : " (" + String.join(", ", statement.states()) + ")").append('\n');
      out.append("  allow    ").append(String.join(", ", statement.actions())).append('\n');
      for (String resource : statement.resources()) {
        out.append("  on       ").append(resource).append('\n');
      }
      statement.condition().forEach((operator, keys) -> keys.forEach((key, values) ->
          out.append("  when     ").append(key).append(' ').append(operator).append(' ')
              .append(String.join(" | ", values)).append('\n')));
    }
    if (policy.statements().isEmpty()) {
      out.append("No permissions needed: no state calls an AWS service.\n");
    }
    appendNotes(out, "warning", policy.warnings());
    appendNotes(out, "note", policy.notes());
    return out.toString();
  }

  private static void appendNotes(StringBuilder out, String label, List<PolicyNote> notes) {
    for (PolicyNote note : notes) {
      out.append(label).append(": ").append(note).append('\n');
    }
  }
}
