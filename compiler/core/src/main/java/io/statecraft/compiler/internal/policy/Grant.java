package io.statecraft.compiler.internal.policy;

import java.util.List;
import java.util.Map;

/**
 * What one state needs: actions on resources, under a condition (operator to key to values, empty
 * when none). Grants with the same actions and condition become one statement.
 */
record Grant(List<String> actions, List<String> resources,
    Map<String, Map<String, List<String>>> condition, String state) {

  Grant {
    actions = actions.stream().distinct().sorted().toList();
    resources = List.copyOf(resources);
    condition = Map.copyOf(condition);
  }

  Grant(List<String> actions, List<String> resources, String state) {
    this(actions, resources, Map.of(), state);
  }
}
