package io.statecraft.local.internal.json;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * How deeply JSON values nest, measured where a state's output cannot be bounded from its input
 * (see {@code Node.checkDepth}) and remembered for the large objects and arrays among them, as
 * {@link TextSizes} remembers their sizes: an output mostly holds what its input held, so a
 * measure costs the part that is new, not a walk of the whole payload. Values are never changed
 * once a state passed them on, so a depth found for a node stays true. One instance serves one
 * run; any thread may use it (a lost or overwritten entry is only counted again).
 *
 * <pre>{@code
 * Depths depths = new Depths();
 * int depth = depths.depthUpTo(output, Values.MAX_DEPTH);   // walks the records once
 * int again = depths.depthUpTo(nextOutput, Values.MAX_DEPTH); // same records: remembered
 * }</pre>
 */
public final class Depths {

  /**
   * Objects and arrays of more than {@link CompactMap#SMALL} values that took at least this many
   * values to walk are remembered.
   */
  static final int REMEMBERED_AFTER = 64;
  private static final int SLOTS = 256;

  private record Entry(JsonNode node, int depth) {}

  /** A walk that remembers nothing, for a value checked once (an input, a task's result). */
  static final Depths ONCE = new Depths(false);

  private final boolean remembers;
  /**
   * Made when the first value is remembered: most runs never walk a large container, and the
   * table would be a kilobyte of garbage each. Any thread may make it; one lost is only counted
   * again.
   */
  private Entry[] entries;

  public Depths() {
    this(true);
  }

  private Depths(boolean remembers) {
    this.remembers = remembers;
  }

  /**
   * Whether {@code node} nests arrays and objects more than {@code limit} levels deep ({@code []}
   * is one level); looks no deeper than {@code limit + 1} levels, so the walk's own recursion is
   * bounded however deep the value goes.
   */
  public boolean deeperThan(JsonNode node, int limit) {
    return node.isContainer() && depthOf(walk(node, limit)) > limit;
  }

  /**
   * How deeply {@code node} nests ({@code 0} for a scalar, {@code 1} for {@code []}) when that is
   * at most {@code limit}, else {@code limit + 1}.
   */
  public int depthUpTo(JsonNode node, int limit) {
    return node.isContainer() ? Math.min(depthOf(walk(node, limit)), limit + 1) : 0;
  }

  /**
   * The depth of the container {@code node} when it is at most {@code cap}, else some number
   * above {@code cap}, in the low 16 bits; above them, how many values it looked at. One long,
   * not a counter object, since every state's output may be measured.
   */
  private long walk(JsonNode node, int cap) {
    // Only containers of many values are remembered, so only they are looked up: a small
    // object, nearly every state's output, is walked without the identity hash code its
    // lookup would give it (a cost on a fresh object, every state).
    boolean large = remembers && node.size() > CompactMap.SMALL;
    int slot = large ? slot(node) : -1;
    Entry[] known = entries;
    if (large && known != null) {
      Entry entry = known[slot];
      if (entry != null && entry.node == node) {
        return entry.depth;
      }
    }
    if (cap == 0) {
      return 1;
    }
    long counted = 0;
    int deepest = 0;
    int small = node instanceof CompactObject object ? object.fields.smallSize() : -1;
    if (small >= 0) {
      // The runtime's own small objects, nearly every output: their values read in place.
      CompactMap fields = ((CompactObject) node).fields;
      for (int i = 0; i < small; i++) {
        long child = child(fields.smallValue(i), cap);
        counted += 1 + (child >>> 16);
        deepest = Math.max(deepest, depthOf(child));
        if (deepest >= cap) {
          return deepest + 1;
        }
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        long child = child(field.getValue(), cap);
        counted += 1 + (child >>> 16);
        deepest = Math.max(deepest, depthOf(child));
        if (deepest >= cap) {
          return deepest + 1;
        }
      }
    } else {
      for (JsonNode element : node.values()) {
        long child = child(element, cap);
        counted += 1 + (child >>> 16);
        deepest = Math.max(deepest, depthOf(child));
        if (deepest >= cap) {
          return deepest + 1;
        }
      }
    }
    if (large && counted >= REMEMBERED_AFTER) {
      if (known == null) {
        known = new Entry[SLOTS];
        entries = known;
      }
      known[slot] = new Entry(node, deepest + 1);
    }
    return counted << 16 | (deepest + 1);
  }

  private long child(JsonNode value, int cap) {
    return value.isContainer() ? walk(value, cap - 1) : 0;
  }

  private static int depthOf(long walked) {
    return (int) (walked & 0xFFFF);
  }

  private static int slot(JsonNode node) {
    int hash = System.identityHashCode(node);
    return (hash ^ hash >>> 8 ^ hash >>> 16) & (SLOTS - 1);
  }
}
