package io.statecraft.emulator.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The length, range and pattern constraints of the Step Functions API model, which the SDK's model
 * classes do not carry, checked with the model's required flags and enums in AWS's wording:
 * {@code Value 'x' at 'name' failed to satisfy constraint: Member must have length less than or
 * equal to 80}, members in the model's order, list elements as {@code tags.1.member.key}.
 */
final class RequestLimits {

  /** How a limit measures a value, and how AWS words it. */
  enum Measure { LENGTH, UTF8_BYTES, VALUE }

  record Limit(Measure measure, long min, long max) {
    static Limit length(long min, long max) {
      return new Limit(Measure.LENGTH, min, max);
    }
  }

  private static final long NONE = Long.MAX_VALUE;
  private static final Limit ARN = Limit.length(1, 256);

  /**
   * By member name: Step Functions gives one name the same shape in every operation (the API
   * reference, "Length Constraints" and "Valid Range" of each request parameter).
   */
  private static final Map<String, Limit> BY_MEMBER = Map.ofEntries(
      Map.entry("name", Limit.length(1, 80)),
      Map.entry("stateMachineArn", ARN),
      Map.entry("executionArn", ARN),
      Map.entry("activityArn", ARN),
      Map.entry("resourceArn", ARN),
      Map.entry("roleArn", ARN),
      Map.entry("stateMachineAliasArn", ARN),
      Map.entry("stateMachineVersionArn", ARN),
      Map.entry("mapRunArn", Limit.length(1, 2000)),
      Map.entry("definition", Limit.length(1, 1_048_576)),
      // "Length constraints apply to the payload size, expressed as bytes in UTF-8 encoding."
      Map.entry("input", new Limit(Measure.UTF8_BYTES, 0, 262_144)),
      Map.entry("output", new Limit(Measure.UTF8_BYTES, 0, 262_144)),
      Map.entry("nextToken", Limit.length(1, 1024)),
      Map.entry("maxResults", new Limit(Measure.VALUE, 0, 1000)),
      Map.entry("taskToken", Limit.length(1, 2048)),
      Map.entry("error", Limit.length(0, 256)),
      Map.entry("cause", Limit.length(0, 32_768)),
      Map.entry("workerName", Limit.length(1, 80)),
      Map.entry("traceHeader", Limit.length(0, 256)),
      Map.entry("description", Limit.length(0, 256)),
      Map.entry("versionDescription", Limit.length(0, 256)),
      Map.entry("clientToken", Limit.length(1, 64)),
      Map.entry("routingConfiguration", Limit.length(1, 2)),
      Map.entry("weight", new Limit(Measure.VALUE, 0, 100)),
      Map.entry("toleratedFailurePercentage", new Limit(Measure.VALUE, 0, 100)),
      Map.entry("toleratedFailureCount", new Limit(Measure.VALUE, 0, NONE)),
      Map.entry("maxConcurrency", new Limit(Measure.VALUE, 0, NONE)),
      Map.entry("key", Limit.length(1, 128)),
      Map.entry("value", Limit.length(0, 256)),
      Map.entry("tagKeys.member", Limit.length(1, 128)));

  /** Where one operation's member differs from the name's usual shape. */
  private static final Map<String, Limit> BY_OPERATION_MEMBER = Map.of(
      "ValidateStateMachineDefinition.maxResults", new Limit(Measure.VALUE, 0, 100));

  /**
   * The {@code pattern} constraints of the Step Functions service model (shapes
   * CharacterRestrictedName, ClientToken and TraceHeader, as its {@code service-2.json} has
   * them; the SDK's model classes drop patterns), by operation and member. AWS reports a broken
   * pattern before a broken length of the same member. Each is linear on any input: a greedy
   * character class, and one look-ahead tried from the start only ({@code matches}), so a value
   * as long as a request may be cannot make the JDK's matcher backtrack without end.
   */
  private static final Map<String, java.util.regex.Pattern> PATTERNS = patterns(Map.of(
      "CreateStateMachineAlias.name", "^(?=.*[a-zA-Z_\\-\\.])[a-zA-Z0-9_\\-\\.]+$",
      "RedriveExecution.clientToken", "[!-~]+",
      "StartExecution.traceHeader", "\\p{ASCII}*",
      "StartSyncExecution.traceHeader", "\\p{ASCII}*"));

  private static Map<String, java.util.regex.Pattern> patterns(Map<String, String> byMember) {
    Map<String, java.util.regex.Pattern> compiled = new java.util.HashMap<>();
    byMember.forEach((member, regex) -> compiled.put(member,
        java.util.regex.Pattern.compile(regex)));
    return Map.copyOf(compiled);
  }

  /** Sensitive in the model: AWS's message leaves their value out ({@code Value at 'input'}). */
  private static final Set<String> SENSITIVE = Set.of("definition", "input", "output",
      "error", "cause", "description", "versionDescription", "taskToken");

  /**
   * Enums whose values AWS lists in another order than the model's (recorded messages; AWS's
   * order looks like a hash set's, so it cannot be derived).
   */
  private static final Map<String, List<String>> ENUM_ORDER = Map.of(
      "statusFilter", ExecutionFilter.STATUSES);

  private RequestLimits() {}

  /** Adds to {@code violations} what in {@code request} breaks the model's constraints. */
  static void collect(String operation, RequestShapes.Structure shape, JsonNode request,
      List<String> violations) {
    members(operation + ".", shape, request, "", violations);
  }

  private static void members(String operation, RequestShapes.Structure shape, JsonNode object,
      String path, List<String> violations) {
    for (RequestShapes.Member member : shape.members()) {
      JsonNode value = object.get(member.name());
      String at = path + member.name();
      if (value == null || value.isNull()) {
        if (member.required()) {
          violations.add("Value null at '" + at + "' failed to satisfy constraint: Member must"
              + " not be null");
        }
        continue;
      }
      Limit limit = BY_OPERATION_MEMBER.getOrDefault(operation + member.name(),
          BY_MEMBER.get(member.name()));
      if (!member.enumValues().isEmpty() && !member.enumValues().contains(value.asString())) {
        violations.add(ApiException.violation(at, value.asString(),
            "Member must satisfy enum value set: "
                + ENUM_ORDER.getOrDefault(member.name(), member.enumValues())));
      }
      java.util.regex.Pattern pattern = PATTERNS.get(operation + member.name());
      if (pattern != null && value.isString() && !pattern.matcher(value.asString()).matches()) {
        violations.add(ApiException.violation(at, value.asString(),
            "Member must satisfy regular expression pattern: " + pattern.pattern()));
      }
      check(member.name(), at, value, limit, violations);
      if (member.shape() instanceof RequestShapes.Structure nested) {
        members(operation, nested, value, at + ".", violations);
      } else if (member.shape() instanceof RequestShapes.ListOf list) {
        int index = 1;
        for (JsonNode element : value) {
          String elementAt = at + "." + index++ + ".member";
          if (list.member() instanceof RequestShapes.Structure nested) {
            members(operation, nested, element, elementAt + ".", violations);
          } else {
            check(member.name(), elementAt, element, BY_MEMBER.get(member.name() + ".member"),
                violations);
          }
        }
      }
    }
  }

  private static void check(String name, String at, JsonNode value, Limit limit,
      List<String> violations) {
    if (limit == null || value.isNull()) {
      return;
    }
    String broken = broken(value, limit);
    if (broken != null) {
      // The message is built only for a violation: every request passes here, most break nothing.
      String shown = SENSITIVE.contains(name) ? "Value at '" + at + "'"
          : "Value '" + (value.isString() ? value.asString() : value.toString()) + "' at '" + at
              + "'";
      violations.add(shown + " failed to satisfy constraint: Member must have " + broken);
    }
  }

  /** What {@code value} breaks of {@code limit} ("length less than or equal to 80"), or null. */
  private static String broken(JsonNode value, Limit limit) {
    switch (limit.measure()) {
      case VALUE -> {
        double number = value.asDouble();
        if (number < limit.min()) {
          return "value greater than or equal to " + limit.min();
        } else if (number > limit.max()) {
          return "value less than or equal to " + limit.max();
        }
      }
      case UTF8_BYTES -> {
        if (utf8Length(value.asString()) > limit.max()) {
          return "size less than or equal to " + limit.max() + " bytes in UTF-8 encoding";
        }
      }
      case LENGTH -> {
        long length = value.isArray() ? value.size() : value.asString().length();
        if (length < limit.min()) {
          return "length greater than or equal to " + limit.min();
        } else if (length > limit.max()) {
          return "length less than or equal to " + limit.max();
        }
      }
    }
    return null;
  }

  /**
   * The length of {@code text} in UTF-8, counted without encoding it (an execution's input may be
   * 256 KiB): a lone surrogate counts as the one byte '?' it is encoded as.
   */
  static long utf8Length(String text) {
    long length = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        length++;
      } else if (c < 0x800) {
        length += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        length += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        length++;
      } else {
        length += 3;
      }
    }
    return length;
  }
}
