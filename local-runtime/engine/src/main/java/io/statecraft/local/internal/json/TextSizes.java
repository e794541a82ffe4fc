package io.statecraft.local.internal.json;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The sizes of JSON values as compact UTF-8 text, counted without writing the text, remembering
 * those of large objects, arrays and strings. A state's output mostly holds what its input held:
 * a Pass passes the very same tree on, Parameters and ResultPath make a new object around the
 * input's parts. Checking a payload of 256 KiB against AWS's quota at every state then costs the
 * part that is new, not a serialisation of the whole payload.
 *
 * <p>Values are never changed once a state passed them on (the history holds them), so a size
 * found for a node stays true. One instance serves one run; any thread may use it: the slots hold
 * immutable entries, and a lost or overwritten entry is only counted again.
 *
 * <pre>{@code
 * TextSizes sizes = new TextSizes();
 * boolean tooLarge = sizes.largerThan(output, 256 * 1024);   // counts the records array once
 * boolean again = sizes.largerThan(nextOutput, 256 * 1024);  // same array: remembered
 * }</pre>
 */
public final class TextSizes {

  /**
   * Objects and arrays that took at least this many values to count are remembered; a new object
   * around remembered parts is not, so it never pushes them out of their slots.
   */
  static final int REMEMBERED_AFTER = 64;
  /** Strings at least this long are remembered. */
  static final int REMEMBERED_LENGTH = 1024;
  private static final int SLOTS = 256;

  private record Entry(JsonNode node, long size) {}

  private final Entry[] entries = new Entry[SLOTS];

  /** Whether {@code node}'s text is larger than {@code limit} bytes. */
  public boolean largerThan(JsonNode node, long limit) {
    // The cheap bound first: a small payload never gets here further than that.
    return Values.largerThanBound(node, limit) && size(node) > limit;
  }

  /** The size in bytes of {@code node}'s compact UTF-8 JSON text, as Values.utf8Size gives it. */
  public long size(JsonNode node) {
    return size(node, new int[1]);
  }

  /** {@link #size(JsonNode)}, counting in {@code counted[0]} the values it had to look at. */
  private long size(JsonNode node, int[] counted) {
    counted[0]++;
    switch (node.getNodeType()) {
      case OBJECT, ARRAY -> {
        return container(node, counted);
      }
      case STRING -> {
        String text = node.stringValue();
        return text.length() < REMEMBERED_LENGTH ? string(text) : remembered(node);
      }
      case NUMBER -> {
        return number(node);
      }
      case BOOLEAN -> {
        return node.booleanValue() ? 4 : 5;
      }
      case NULL -> {
        return 4;
      }
      default -> {
        return written(node);
      }
    }
  }

  private long container(JsonNode node, int[] counted) {
    int slot = slot(node);
    Entry entry = entries[slot];
    if (entry != null && entry.node == node) {
      return entry.size;
    }
    int before = counted[0];
    long size = 2;
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        size += (size == 2 ? 0 : 1) + string(field.getKey()) + 1 + size(field.getValue(), counted);
      }
    } else {
      boolean first = true;
      for (JsonNode element : node.values()) {
        size += (first ? 0 : 1) + size(element, counted);
        first = false;
      }
    }
    if (counted[0] - before >= REMEMBERED_AFTER) {
      entries[slot] = new Entry(node, size);
    }
    return size;
  }

  private long remembered(JsonNode node) {
    int slot = slot(node);
    Entry entry = entries[slot];
    if (entry != null && entry.node == node) {
      return entry.size;
    }
    long size = string(node.stringValue());
    entries[slot] = new Entry(node, size);
    return size;
  }

  private static int slot(JsonNode node) {
    int hash = System.identityHashCode(node);
    return (hash ^ hash >>> 8 ^ hash >>> 16) & (SLOTS - 1);
  }

  /** A string written as JSON: quoted, escaped as Jackson escapes, encoded in UTF-8. */
  static long string(String text) {
    long size = 2;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        size += c >= 0x20 && c != '"' && c != '\\' ? 1 : escaped(c);
      } else if (c < 0x800) {
        size += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < length
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        size += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        // Not a pair: count what the writer does with it rather than guess.
        return utf8(text);
      } else {
        size += 3;
      }
    }
    return size;
  }

  /** The length of an ASCII character's escape: two for the short ones, else six. */
  private static int escaped(char c) {
    return switch (c) {
      case '"', '\\', '\b', '\t', '\n', '\f', '\r' -> 2;
      default -> 6;
    };
  }

  private static long utf8(String text) {
    return Values.utf8Size(Values.NODES.textNode(text));
  }

  private static long number(JsonNode node) {
    if (node.isInt() || node.isLong() || node.isShort()) {
      return digits(node.longValue());
    }
    if (node.isDouble() && Double.isFinite(node.doubleValue())) {
      return Double.toString(node.doubleValue()).length();
    }
    if (node.isBigDecimal()) {
      return node.decimalValue().toString().length();
    }
    if (node.isBigInteger()) {
      return node.bigIntegerValue().toString().length();
    }
    return written(node);
  }

  /** The length of {@code value} in decimal, its sign included. */
  static int digits(long value) {
    if (value == Long.MIN_VALUE) {
      return 20;
    }
    int length = value < 0 ? 2 : 1;
    for (long rest = Math.abs(value); rest >= 10; rest /= 10) {
      length++;
    }
    return length;
  }

  /** What the writer gives, for the values the methods above do not count themselves. */
  private static long written(JsonNode node) {
    return Values.utf8Size(node);
  }
}
