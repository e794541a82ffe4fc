package io.statecraft.compiler.internal.jsonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.statecraft.compiler.SharedFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The executions recorded against AWS in {@code ../shared/conformance/cases}: every {@code {% %}}
 * expression of their definitions parses (AWS created each of those state machines), and the
 * one-state machines whose result is the value of their expressions give AWS's output, or AWS's
 * cause where the execution failed.
 */
class JsonataConformanceTest {

  private static final String PREFIX = "An error occurred while executing the state '";

  private static final List<JsonNode> CASES = new ArrayList<>();

  @BeforeAll
  static void readCases() throws IOException {
    if (!CASES.isEmpty()) {
      return;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SharedFolder.resolve("conformance/cases"))) {
      files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path file : files) {
      CASES.add(Fixture.json(Files.readString(file)));
    }
  }

  @Test
  void parsesEveryExpressionOfTheDefinitionsAwsAccepted() {
    // GIVEN
    TreeSet<String> expressions = new TreeSet<>();
    for (JsonNode record : CASES) {
      collect(record.get("definition"), expressions);
    }
    // WHEN
    Map<String, String> refused = new TreeMap<>();
    for (String expression : expressions) {
      try {
        JsonataExpression.parse(expression);
      } catch (JsonataSyntaxException e) {
        refused.put(expression, e.getMessage());
      }
    }
    // THEN
    assertThat(expressions).hasSizeGreaterThanOrEqualTo(49);
    assertThat(refused).isEmpty();
  }

  @Test
  void givesTheOutputOrTheCauseAwsGaveForOneStateMachines() {
    List<String> differences = new ArrayList<>();
    int checked = 0;
    for (JsonNode record : CASES) {
      JsonNode states = record.get("definition").get("States");
      if (states.size() != 1) {
        continue;
      }
      String name = states.propertyNames().iterator().next();
      JsonNode state = states.get(name);
      if (!isJsonata(record.get("definition"), state)) {
        continue;
      }
      String difference = switch (state.get("Type").stringValue()) {
        case "Pass" -> checkPass(record, name, state);
        case "Fail" -> checkFail(record, state);
        case "Map" -> checkMapItems(record, name, state);
        default -> "";
      };
      if (difference == null) {
        checked++;
      } else if (!difference.isEmpty()) {
        differences.add(record.get("id").stringValue() + ": " + difference);
      }
    }
    assertThat(differences).isEmpty();
    assertThat(checked).as("cases compared").isGreaterThanOrEqualTo(44);
  }

  /** Null when the Pass state's Output (or failure) is AWS's; "" when there is nothing to check. */
  private static String checkPass(JsonNode record, String name, JsonNode state) {
    JsonNode expected = record.get("expected");
    JsonataBindings bindings = Fixture.bindings().input(record.get("input")).toBindings();
    String field = state.has("Output") ? "Output" : state.has("Assign") ? "Assign" : null;
    if (field == null) {
      return "";
    }
    try {
      JsonNode value = resolve(state.get(field), field, bindings);
      if (!expected.get("status").stringValue().equals("SUCCEEDED")) {
        return "AWS failed with " + expected.get("cause") + ", here " + field + " is " + value;
      }
      if (field.equals("Assign")) {
        return "";
      }
      return value.equals(expected.get("output")) ? null
          : "output " + value + ", AWS's " + expected.get("output");
    } catch (FieldFailure failure) {
      return sameCause(expected, name, failure.cause);
    }
  }

  private static String checkFail(JsonNode record, JsonNode state) {
    JsonNode expected = record.get("expected");
    JsonataBindings bindings = Fixture.bindings().input(record.get("input")).toBindings();
    for (String field : new String[] {"Error", "Cause"}) {
      if (state.has(field)) {
        JsonNode value = JsonataExpression.parse(state.get(field).stringValue())
            .evaluate(bindings, JsonNodeFactory.instance);
        JsonNode recorded = expected.get(field.toLowerCase());
        if (!value.equals(recorded)) {
          return field + " " + value + ", AWS's " + recorded;
        }
      }
    }
    return null;
  }

  private static String checkMapItems(JsonNode record, String name, JsonNode state) {
    JsonNode expected = record.get("expected");
    if (expected.get("status").stringValue().equals("SUCCEEDED")
        || !state.get("Items").isString()) {
      return "";
    }
    JsonataExpression items = JsonataExpression.parse(state.get("Items").stringValue());
    JsonNode value = items.evaluate(Fixture.bindings().input(record.get("input")).toBindings(),
        JsonNodeFactory.instance);
    if (value.isArray()) {
      return "Items gave an array, AWS failed with " + expected.get("cause");
    }
    return sameCause(expected, name,
        JsonataEvaluationException.unexpectedType(items.text(), "array", value).cause("Items"));
  }

  private static String sameCause(JsonNode expected, String state, String cause) {
    String recorded = expected.path("cause").asString("");
    boolean same = expected.path("error").asString("").equals(JsonataEvaluationException.ERROR)
        && recorded.startsWith(PREFIX + state + "' (entered at the event id #")
        && recorded.endsWith("). " + cause);
    return same ? null : "cause '" + cause + "', AWS's '" + recorded + "'";
  }

  /** An Output or Assign template with every expression in it evaluated, as AWS does. */
  private static JsonNode resolve(JsonNode template, String field, JsonataBindings bindings) {
    if (template.isString() && JsonataExpression.isExpression(template.stringValue())) {
      JsonataExpression expression = JsonataExpression.parse(template.stringValue());
      JsonNode value = expression.evaluate(bindings, JsonNodeFactory.instance);
      if (value == null) {
        throw new FieldFailure(
            JsonataEvaluationException.returnedNothing(expression.text()).cause(field));
      }
      return value;
    }
    if (template.isObject()) {
      ObjectNode object = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> entry : template.properties()) {
        object.set(entry.getKey(), resolve(entry.getValue(), field + "/" + entry.getKey(),
            bindings));
      }
      return object;
    }
    if (template.isArray()) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      for (int i = 0; i < template.size(); i++) {
        array.add(resolve(template.get(i), field + "[" + i + "]", bindings));
      }
      return array;
    }
    return template;
  }

  private static boolean isJsonata(JsonNode definition, JsonNode state) {
    JsonNode language = state.has("QueryLanguage") ? state.get("QueryLanguage")
        : definition.get("QueryLanguage");
    return language != null && language.stringValue().equals("JSONata");
  }

  private static void collect(JsonNode node, TreeSet<String> expressions) {
    if (node.isString() && JsonataExpression.isExpression(node.stringValue())) {
      expressions.add(node.stringValue());
    }
    for (JsonNode child : node.values()) {
      collect(child, expressions);
    }
  }

  /** A field's expression failed; the message is AWS's cause without the state prefix. */
  private static final class FieldFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String cause;

    FieldFailure(String cause) {
      super(cause, null, false, false);
      this.cause = cause;
    }
  }

  @Test
  void namesTheTemplateLeafWhoseExpressionReturnedNothing() {
    // GIVEN a Pass state whose Output holds an unassigned variable
    JsonNode template = Fixture.json("{\"result\": \"{% $doesNotExist %}\"}");
    // WHEN
    FieldFailure failure = catchThrowableOfType(FieldFailure.class,
        () -> resolve(template, "Output", Fixture.bindings().toBindings()));
    // THEN
    assertThat(failure.cause).isEqualTo("The JSONata expression '$doesNotExist' specified for the"
        + " field 'Output/result' returned nothing (undefined).");
  }
}
