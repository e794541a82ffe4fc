package io.statecraft.local.internal.json;

import tools.jackson.databind.JsonNode;

/**
 * The fields of an object a template builds on every use ({@code Parameters}, a JSONata
 * {@code Assign} or {@code Output}), laid out once at load: its names and their hash codes, and
 * the values of its constant fields. Each build copies one array, fills in the other fields and
 * wraps it, with no resizing and no hashing per state.
 *
 * <pre>{@code
 * ObjectShape shape = ObjectShape.of(new String[] {"i", "seed"}, new JsonNode[] {null, seed});
 * Object[] slots = shape.slots();
 * for (int i : shape.built()) {
 *   ObjectShape.set(slots, i, valueOf(i));
 * }
 * JsonNode object = shape.object(slots);   // {"i": ..., "seed": ...}
 * }</pre>
 */
public final class ObjectShape {

  private final int[] hashes;
  /** The names at the even places, the constant values at the odd ones (null where built). */
  private final Object[] prototype;
  private final int[] built;

  private ObjectShape(int[] hashes, Object[] prototype, int[] built) {
    this.hashes = hashes;
    this.prototype = prototype;
    this.built = built;
  }

  /**
   * The shape of an object of fields {@code names}, with {@code constants[i]} the value of a
   * field written as a constant and null for one built on each use; null when the object has more
   * fields than a {@link CompactMap} holds in arrays, or a name twice.
   */
  public static ObjectShape of(String[] names, JsonNode[] constants) {
    int n = names.length;
    if (n > CompactMap.SMALL) {
      return null;
    }
    int[] hashes = new int[n];
    Object[] prototype = new Object[2 * n];
    int[] built = new int[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        if (names[j].equals(names[i])) {
          return null;
        }
      }
      hashes[i] = names[i].hashCode();
      prototype[2 * i] = names[i];
      prototype[2 * i + 1] = constants[i];
      if (constants[i] == null) {
        built[count++] = i;
      }
    }
    return new ObjectShape(hashes, prototype, java.util.Arrays.copyOf(built, count));
  }

  /** The places of the fields each use builds, in order; not to be changed. */
  public int[] built() {
    return built;
  }

  /** A fresh array of the object's fields, the constants in place, for {@link #object}. */
  public Object[] slots() {
    Object[] slots = new Object[prototype.length];
    System.arraycopy(prototype, 0, slots, 0, prototype.length);
    return slots;
  }

  /** Puts the value of field {@code i} into {@code slots}. */
  public static void set(Object[] slots, int i, JsonNode value) {
    slots[2 * i + 1] = value;
  }

  /** The object over {@code slots}, which it takes: every built field must have been set. */
  public CompactObject object(Object[] slots) {
    return Values.object(CompactMap.ofSlots(hashes, slots));
  }
}
