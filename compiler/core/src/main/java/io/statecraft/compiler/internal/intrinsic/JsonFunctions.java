package io.statecraft.compiler.internal.intrinsic;

import io.statecraft.asl.internal.JsonMappers;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/** States.StringToJson, States.JsonToString and States.JsonMerge. */
final class JsonFunctions {

  static final JsonMapper MAPPER = JsonMappers.STANDARD;

  private JsonFunctions() {}

  /** Parses a string as JSON; an empty or blank string gives null, as on AWS. */
  static JsonNode stringToJson(Invocation call) {
    String text = call.string(0);
    if (text.isBlank()) {
      return NullNode.getInstance();
    }
    try {
      return MAPPER.readTree(text);
    } catch (JacksonException e) {
      throw call.fail("the string is not JSON: " + firstLine(e.getOriginalMessage()));
    }
  }

  static JsonNode jsonToString(Invocation call) {
    return StringNode.valueOf(MAPPER.writeValueAsString(call.argument(0)));
  }

  /**
   * A shallow merge: the second object's values win. AWS supports only the shallow mode, so a
   * deep-merge flag of {@code true} fails; any other third argument means shallow.
   *
   * <p>The merged object's keys come out in the order a {@code java.util.HashMap} iterates them:
   * that is the order AWS's recorded outputs show ({@code constant_input_field} before
   * {@code constant_in_literal}, whatever order the inputs had), so it is reproduced exactly.
   */
  static JsonNode merge(Invocation call) {
    JsonNode first = call.argument(0, Kind.OBJECT);
    JsonNode second = call.argument(1, Kind.OBJECT);
    JsonNode deep = call.argument(2);
    if (deep.isBoolean() && deep.booleanValue()) {
      throw call.fail("only a shallow merge is supported: the third argument must be false");
    }
    Map<String, JsonNode> merged = new HashMap<>();
    first.forEachEntry(merged::put);
    second.forEachEntry(merged::put);
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    merged.forEach(result::set);
    return result;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
