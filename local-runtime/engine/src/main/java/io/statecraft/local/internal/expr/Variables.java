package io.statecraft.local.internal.expr;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Workflow variables ({@code Assign}, read as {@code $name}) of one scope. A Parallel branch or a
 * Map iteration gets a scope of its own that reads its parent's variables; what it assigns stays
 * in it, as on AWS.
 */
public final class Variables {

  private final Variables parent;
  private Map<String, JsonNode> values;
  /** The size in bytes of each variable's JSON text, for the execution's quota. */
  private Map<String, Long> sizes;

  public Variables(Variables parent) {
    this.parent = parent;
  }

  /** The value of {@code name}, or null when no scope up the chain assigned it. */
  public JsonNode get(String name) {
    for (Variables scope = this; scope != null; scope = scope.parent) {
      JsonNode value = scope.values == null ? null : scope.values.get(name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** The variables this scope and those up the chain hold, the nearest scope's winning. */
  public Map<String, JsonNode> visible() {
    Map<String, JsonNode> all = parent == null ? new java.util.TreeMap<>() : parent.visible();
    if (values != null) {
      all.putAll(values);
    }
    return all;
  }

  public void set(String name, JsonNode value) {
    set(name, value, 0);
  }

  /** Sets {@code name} in this scope; returns the size of the value it had here (0 if none). */
  public long set(String name, JsonNode value, long bytes) {
    if (values == null) {
      values = new HashMap<>();
    }
    values.put(name, value);
    if (bytes == 0 && sizes == null) {
      // Quotas off: sizes are not counted.
      return 0;
    }
    if (sizes == null) {
      sizes = new HashMap<>();
    }
    Long previous = sizes.put(name, bytes);
    return previous == null ? 0 : previous;
  }
}
