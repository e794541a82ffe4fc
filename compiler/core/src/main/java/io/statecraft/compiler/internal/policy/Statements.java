package io.statecraft.compiler.internal.policy;

import io.statecraft.compiler.policy.PolicyOptions;
import io.statecraft.compiler.policy.PolicyStatement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Grants merged into statements: those with the same actions and condition become one, their
 * resources joined (sorted; {@code *} alone when one of them is {@code *}) and their states
 * listed in document order. Statements come in the order their first state appears, then the
 * state machine's own (logging, tracing). Sids are named after the first action.
 */
final class Statements {

  /** What Step Functions needs to deliver logs to CloudWatch Logs (AWS: "IAM policies for CloudWatch Logs"). */
  static final List<String> LOGGING = List.of("logs:CreateLogDelivery", "logs:CreateLogStream",
      "logs:GetLogDelivery", "logs:UpdateLogDelivery", "logs:DeleteLogDelivery",
      "logs:ListLogDeliveries", "logs:PutLogEvents", "logs:PutResourcePolicy",
      "logs:DescribeResourcePolicies", "logs:DescribeLogGroups");
  /** What Step Functions needs to send X-Ray traces (AWS: "IAM policies for AWS X-Ray"). */
  static final List<String> TRACING = List.of("xray:PutTraceSegments",
      "xray:PutTelemetryRecords", "xray:GetSamplingRules", "xray:GetSamplingTargets");

  private Statements() {}

  private record Key(List<String> actions, Map<String, Map<String, List<String>>> condition) {}

  private static final class Merged {
    final Set<String> resources = new TreeSet<>();
    final Set<String> states = new LinkedHashSet<>();
  }

  static List<PolicyStatement> of(List<Grant> grants, PolicyOptions options) {
    Map<Key, Merged> merged = new LinkedHashMap<>();
    for (Grant grant : grants) {
      Merged into = merged.computeIfAbsent(new Key(grant.actions(), grant.condition()),
          key -> new Merged());
      into.resources.addAll(grant.resources());
      into.states.add(grant.state());
    }
    List<PolicyStatement> statements = new ArrayList<>();
    Set<String> sids = new HashSet<>();
    for (Map.Entry<Key, Merged> entry : merged.entrySet()) {
      statements.add(new PolicyStatement(sid(entry.getKey().actions(), sids),
          entry.getKey().actions(), withoutCovered(entry.getValue().resources),
          entry.getKey().condition(), List.copyOf(entry.getValue().states)));
    }
    if (options.logging()) {
      statements.add(new PolicyStatement(sid(List.of("CloudWatchLogsDelivery"), sids),
          sorted(LOGGING), List.of("*"), Map.of(), List.of()));
    }
    if (options.tracing()) {
      statements.add(new PolicyStatement(sid(List.of("XRayTracing"), sids), sorted(TRACING),
          List.of("*"), Map.of(), List.of()));
    }
    return statements;
  }

  /**
   * The resources without those another one's wildcards already match: a widened
   * {@code arn:aws:lambda:*:*:function:*} makes the functions named beside it redundant.
   */
  static List<String> withoutCovered(Set<String> resources) {
    List<String> patterns = resources.stream().filter(r -> r.contains("*")).toList();
    return resources.stream()
        .filter(r -> patterns.stream().noneMatch(p -> !p.equals(r) && matches(p, r)))
        .toList();
  }

  /** Whether IAM's wildcard {@code pattern} ({@code *} any run, {@code ?} one character) matches. */
  static boolean matches(String pattern, String text) {
    return io.statecraft.compiler.internal.common.Glob.resource(pattern).matches(text);
  }

  private static List<String> sorted(List<String> actions) {
    return actions.stream().sorted().toList();
  }

  /** {@code lambda:InvokeFunction} as {@code LambdaInvokeFunction}, numbered when taken. */
  private static String sid(List<String> actions, Set<String> taken) {
    StringBuilder base = new StringBuilder();
    boolean upper = true;
    for (char c : actions.get(0).toCharArray()) {
      if (Character.isLetterOrDigit(c) && c < 128) {
        base.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = true;
      }
    }
    String sid = base.toString();
    for (int n = 2; !taken.add(sid); n++) {
      sid = base + Integer.toString(n);
    }
    return sid;
  }
}
