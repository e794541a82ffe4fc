package io.statecraft.benchmarks;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The definitions and inputs {@link LinearScaling} runs, made for each size: an inline Map over
 * n items, a Choice/Pass loop of n rounds, and a chain of n Pass states that a payload of almost
 * 256 KiB goes through.
 */
final class ScalingWorkloads {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ScalingWorkloads() {}

  /** An inline Map over {@code $.items}, each item through one Pass state (JSONPath). */
  static final String MAP_JSONPATH = """
      {"StartAt": "Fan", "States": {"Fan": {"Type": "Map", "ItemsPath": "$.items",
        "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Echo",
          "States": {"Echo": {"Type": "Pass",
            "Parameters": {"id.$": "$.id", "name.$": "$.name"}, "End": true}}},
        "End": true}}}""";

  /**
   * The most elements a JSONata value may have on AWS ({@code [1..873782]} evaluates, one more
   * does not), so the most items a JSONata Map's {@code Items} can give.
   */
  static final int JSONATA_MOST_ITEMS = 873_782;

  /** The same Map in JSONata. */
  static final String MAP_JSONATA = """
      {"QueryLanguage": "JSONata", "StartAt": "Fan", "States": {"Fan": {"Type": "Map",
        "Items": "{% $states.input.items %}",
        "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Echo",
          "States": {"Echo": {"Type": "Pass", "Output": {"id": "{% $states.input.id %}",
            "name": "{% $states.input.name %}"}, "End": true}}},
        "End": true}}}""";

  /** Events of a Map run over n items: 6 around it, 4 an item (iteration and Pass). */
  static int mapEvents(int items) {
    return 6 + 4 * items;
  }

  /** {@code {"items": [{"id": 0, "name": "item-0"}, ...]}}. */
  static JsonNode mapInput(int items) {
    ArrayNode array = NODES.arrayNode(items);
    for (int i = 0; i < items; i++) {
      array.add(NODES.objectNode().put("id", i).put("name", "item-" + i));
    }
    ObjectNode input = NODES.objectNode();
    input.set("items", array);
    return input;
  }

  /** The rounds of a loop whose history has {@code events} events: 8 around it, 4 a round. */
  static int loopRounds(int events) {
    if ((events - 8) % 4 != 0 || events < 8) {
      throw new IllegalArgumentException("events must be 8 + 4 * rounds, was " + events);
    }
    return (events - 8) / 4;
  }

  /** A Choice/Pass loop counting {@code $.i} to {@code rounds} (JSONPath). */
  static String loopJsonPath(int rounds) {
    return """
        {"StartAt": "Init", "States": {
          "Init": {"Type": "Pass", "Parameters": {"i": 0}, "Next": "Check"},
          "Check": {"Type": "Choice", "Choices": [{"Variable": "$.i",
            "NumericLessThan": %d, "Next": "Increment"}], "Default": "Done"},
          "Increment": {"Type": "Pass", "Parameters": {"i.$": "States.MathAdd($.i, 1)"},
            "Next": "Check"},
          "Done": {"Type": "Succeed"}}}""".formatted(rounds);
  }

  /** The same loop in JSONata, counting a variable. */
  static String loopJsonata(int rounds) {
    return """
        {"QueryLanguage": "JSONata", "StartAt": "Init", "States": {
          "Init": {"Type": "Pass", "Assign": {"i": 0}, "Next": "Check"},
          "Check": {"Type": "Choice", "Choices": [{"Condition": "{%% $i < %d %%}",
            "Next": "Increment"}], "Default": "Done"},
          "Increment": {"Type": "Pass", "Assign": {"i": "{%% $i + 1 %%}"}, "Next": "Check"},
          "Done": {"Type": "Succeed", "Output": {"i": "{%% $i %%}"}}}}""".formatted(rounds);
  }

  /** How each state of a payload chain handles the payload. */
  enum Chain {
    /** {@code {"Type": "Pass"}}: the output is the input. */
    PLAIN("plain Pass"),
    /** Parameters that pick the records and add a field: a new object around the same array. */
    PARAMETERS("Parameters"),
    /** A Result put at {@code $.step}: the input with one field more. */
    RESULT_PATH("Result+ResultPath"),
    /** JSONata Output that gives the input with one field more. */
    JSONATA("JSONata $merge");

    final String label;

    Chain(String label) {
      this.label = label;
    }

    /** A chain of {@code states} Pass states S0, S1, ..., each made as this kind says. */
    String definition(int states) {
      StringBuilder json = new StringBuilder("{");
      if (this == JSONATA) {
        json.append("\"QueryLanguage\": \"JSONata\", ");
      }
      json.append("\"StartAt\": \"S0\", \"States\": {");
      for (int k = 0; k < states; k++) {
        json.append(k == 0 ? "" : ", ").append("\"S").append(k).append("\": {\"Type\": \"Pass\"");
        switch (this) {
          case PLAIN -> { }
          case PARAMETERS -> json.append(", \"Parameters\": {\"records.$\": \"$.records\", ")
              .append("\"step\": ").append(k).append('}');
          case RESULT_PATH -> json.append(", \"Result\": ").append(k)
              .append(", \"ResultPath\": \"$.step\"");
          case JSONATA -> json.append(", \"Output\": \"{% $merge([$states.input, {'step': ")
              .append(k).append("}]) %}\"");
          default -> throw new AssertionError(this);
        }
        json.append(k + 1 == states ? ", \"End\": true}" : ", \"Next\": \"S" + (k + 1) + "\"}");
      }
      return json.append("}}").toString();
    }
  }

  /**
   * {@code {"records": [...], "step": -1}} whose compact JSON text is as close below
   * {@code bytes} as whole records allow: customers, notes and totals, as an order export has.
   */
  static ObjectNode payload(int bytes) {
    ArrayNode records = NODES.arrayNode();
    ObjectNode payload = NODES.objectNode();
    payload.set("records", records);
    payload.put("step", -1);
    String note = "Deliver to the loading dock at the back; call ahead. ".repeat(3);
    int total = size(payload);
    for (int i = 0; ; i++) {
      ObjectNode record = NODES.objectNode().put("id", i)
          .put("customer", String.format("customer-%06d", i * 7919 % 1_000_000))
          .put("total", (i % 1000) + 0.25).put("note", note);
      record.putArray("tags").add("priority-" + (i % 3)).add("region-" + (i % 7));
      total += size(record) + (i == 0 ? 0 : 1);
      if (total > bytes) {
        return payload;
      }
      records.add(record);
    }
  }

  /** The size in bytes of {@code node}'s compact UTF-8 JSON text. */
  static int size(JsonNode node) {
    return node.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }
}
