package io.statecraft.emulator.internal;

import io.statecraft.asl.internal.JsonMappers;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The AWS JSON 1.0 wire format of Step Functions: request members, epoch-second timestamps,
 * JSON documents carried as strings, and opaque paging tokens.
 */
public final class Wire {

  public static final JsonMapper MAPPER = JsonMappers.STANDARD;

  private Wire() {}

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Timestamps travel as epoch seconds with a millisecond fraction. */
  static BigDecimal seconds(long epochMillis) {
    return BigDecimal.valueOf(epochMillis, 3);
  }

  /** A required string member. */
  static String required(JsonNode request, String member) {
    JsonNode value = request.get(member);
    if (value == null || value.isNull()) {
      throw ApiException.missing(member);
    }
    if (!value.isString()) {
      throw new ApiException("SerializationException", "Member '" + member
          + "' must be a string, was " + value.getNodeType().toString().toLowerCase());
    }
    return value.asString();
  }

  /** An optional string member, or null. */
  static String optional(JsonNode request, String member) {
    JsonNode value = request.get(member);
    return value == null || value.isNull() ? null : required(request, member);
  }

  static boolean flag(JsonNode request, String member) {
    JsonNode value = request.get(member);
    return value != null && value.asBoolean(false);
  }

  /** {@code maxResults}: 0 or absent means AWS's default; above {@code limit} is refused. */
  static int maxResults(JsonNode request, int defaultValue, int limit) {
    JsonNode value = request.get("maxResults");
    if (value == null || value.isNull() || value.asInt() == 0) {
      return defaultValue;
    }
    int max = value.asInt();
    if (max < 0 || max > limit) {
      throw ApiException.validation("1 validation error detected: Value '" + max
          + "' at 'maxResults' failed to satisfy constraint: Member must have value less than or"
          + " equal to " + limit);
    }
    return max;
  }

  /** A JSON document carried as a string member ({@code input}, {@code output}, ...). */
  public static JsonNode document(String text, String code, String what) {
    try {
      return MAPPER.readTree(text);
    } catch (JacksonException e) {
      throw new ApiException(code, what + ": '"
          + io.statecraft.compiler.internal.common.JsonText.reason(e) + "'");
    }
  }

  static String text(JsonNode node) {
    return MAPPER.writeValueAsString(node);
  }
}
