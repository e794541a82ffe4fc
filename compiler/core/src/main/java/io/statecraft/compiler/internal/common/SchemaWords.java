package io.statecraft.compiler.internal.common;

import com.networknt.schema.path.NodePath;
import io.statecraft.asl.internal.JsonPointers;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The words a JSON Schema error is told in, alike for a definition checked against the ASL schema
 * and a value checked against a record's schema.
 *
 * <pre>{@code
 * SchemaWords.describe(JsonNodeFactory.instance.stringNode("2"));  // the string "2"
 * }</pre>
 */
public final class SchemaWords {

  private SchemaWords() {}

  /** The JSON pointer of {@code location}, then {@code extra} (a field name) if given. */
  public static String pointer(NodePath location, String extra) {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < location.getNameCount(); i++) {
      pointer.append('/').append(JsonPointers.escape(String.valueOf(location.getElement(i))));
    }
    if (extra != null) {
      pointer.append('/').append(JsonPointers.escape(extra));
    }
    return pointer.toString();
  }

  /** The types a schema's {@code type} keyword allows, in words ("a string or null"). */
  public static String expectedTypes(JsonNode typeKeyword) {
    List<String> names = new ArrayList<>();
    if (typeKeyword != null && typeKeyword.isArray()) {
      typeKeyword.forEach(type -> names.add(typeName(type.asString())));
    } else if (typeKeyword != null) {
      names.add(typeName(typeKeyword.asString()));
    }
    return String.join(" or ", names);
  }

  private static String typeName(String jsonType) {
    return switch (jsonType) {
      case "integer" -> "a whole number";
      case "number" -> "a number";
      case "string" -> "a string";
      case "object" -> "an object";
      case "array" -> "an array";
      case "boolean" -> "true or false";
      case "null" -> "null";
      default -> jsonType;
    };
  }

  /** A value as a message shows what was found: "the string \"2\"", "an array", "absent". */
  public static String describe(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "absent";
    }
    if (value.isString()) {
      return "the string " + value;
    }
    if (value.isNumber()) {
      return "the number " + value;
    }
    if (value.isBoolean() || value.isNull()) {
      return value.toString();
    }
    return value.isArray() ? "an array" : "an object";
  }
}
