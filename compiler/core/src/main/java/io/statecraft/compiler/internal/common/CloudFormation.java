package io.statecraft.compiler.internal.common;

import io.statecraft.asl.internal.JsonMappers;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * CloudFormation intrinsic functions ({@code {"Ref": "Fn"}}, {@code {"Fn::GetAtt": [...]}}) that
 * stand where a Task's Resource string belongs in definitions embedded in templates.
 *
 * <pre>{@code
 * CloudFormation.intrinsic("{\"Ref\": \"ChargeFunction\"}");   // {"Ref":"ChargeFunction"}
 * CloudFormation.intrinsic("arn:aws:states:::lambda:invoke");    // null
 * }</pre>
 */
public final class CloudFormation {

  private CloudFormation() {}

  /** Whether {@code value} is an object with one key, {@code Ref} or {@code Fn::...}. */
  public static boolean isIntrinsic(JsonNode value) {
    if (value == null || !value.isObject() || value.size() != 1) {
      return false;
    }
    String key = value.propertyNames().iterator().next();
    return key.equals("Ref") || key.startsWith("Fn::");
  }

  /**
   * The intrinsic function object a Resource string holds as JSON text, or null when the string is
   * an ordinary Resource.
   */
  public static JsonNode intrinsic(String resource) {
    if (resource == null || !resource.startsWith("{")) {
      return null;
    }
    try {
      JsonNode value = JsonMappers.STRICT.readTree(resource);
      return isIntrinsic(value) ? value : null;
    } catch (JacksonException notJson) {
      return null;
    }
  }
}
