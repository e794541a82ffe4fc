package io.statecraft.compiler.policy;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One {@code Allow} statement of the policy a state machine's execution role needs, with the
 * states that need it.
 *
 * <pre>{@code
 * PolicyStatement invoke = new PolicyStatement("LambdaInvokeFunction",
 *     List.of("lambda:InvokeFunction"),
 *     List.of("arn:aws:lambda:us-east-1:123456789012:function:charge"), Map.of(), List.of("Charge"));
 * }</pre>
 *
 * @param sid the statement's {@code Sid}: letters and digits, unique in its policy
 * @param actions the IAM actions ({@code service:Action}), sorted
 * @param resources the resource ARNs, sorted; {@code ${...}} placeholders kept as written
 * @param condition the {@code Condition} block: operator ({@code StringEquals}) to key to values;
 *     empty when there is none
 * @param states the names of the states that need the statement, in document order; empty for
 *     what the state machine needs as a whole (logging, tracing)
 */
public record PolicyStatement(String sid, List<String> actions, List<String> resources,
    Map<String, Map<String, List<String>>> condition, List<String> states) {

  public PolicyStatement {
    Objects.requireNonNull(sid, "sid");
    actions = List.copyOf(actions);
    resources = List.copyOf(resources);
    SortedMap<String, Map<String, List<String>>> copy = new TreeMap<>();
    condition.forEach((operator, keys) -> {
      SortedMap<String, List<String>> keysCopy = new TreeMap<>();
      keys.forEach((key, values) -> keysCopy.put(key, List.copyOf(values)));
      copy.put(operator, java.util.Collections.unmodifiableSortedMap(keysCopy));
    });
    condition = java.util.Collections.unmodifiableSortedMap(copy);
    states = List.copyOf(states);
  }
}
