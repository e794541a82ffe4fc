package io.statecraft.compiler.internal.jsonata;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * How AWS names and prints the values of JSONata expressions in its error causes:
 *
 * <pre>{@code
 * JsonataValues.typeName(objectNode);   // object
 * JsonataValues.text(objectNode);       // {"foo":"bar"}
 * }</pre>
 */
public final class JsonataValues {

  private JsonataValues() {}

  /**
   * The type AWS names in {@code Expected 'array', but was '<type>'}: {@code array},
   * {@code object}, {@code string}, {@code number}, {@code boolean} or {@code null}.
   */
  public static String typeName(JsonNode value) {
    Objects.requireNonNull(value, "value == null");
    return switch (value.getNodeType()) {
      case ARRAY -> "array";
      case OBJECT, POJO -> "object";
      case STRING, BINARY -> "string";
      case NUMBER -> "number";
      case BOOLEAN -> "boolean";
      case NULL, MISSING -> "null";
    };
  }

  /** The value as AWS prints it after {@code for value: }: compact JSON. */
  public static String text(JsonNode value) {
    Objects.requireNonNull(value, "value == null");
    return value.isMissingNode() ? "null" : value.toString();
  }
}
