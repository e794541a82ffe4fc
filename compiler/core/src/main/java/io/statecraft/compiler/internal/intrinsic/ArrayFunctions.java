package io.statecraft.compiler.internal.intrinsic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;

/** States.Array, ArrayPartition, ArrayContains, ArrayRange, ArrayGetItem, ArrayLength, ArrayUnique. */
final class ArrayFunctions {

  /** AWS's limit on the size of the array States.ArrayRange makes. */
  static final int MAX_RANGE = 1000;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ArrayFunctions() {}

  static JsonNode array(Invocation call) {
    ArrayNode array = NODES.arrayNode(call.count());
    call.arguments().forEach(array::add);
    return array;
  }

  static JsonNode partition(Invocation call) {
    JsonNode array = call.argument(0, Kind.ARRAY);
    int size = Values.truncated(call.argument(1, Kind.NUMBER));
    if (size < 1) {
      throw call.fail("the chunk size must be >= 1 once its fraction is dropped, was "
          + Values.describe(call.argument(1)));
    }
    ArrayNode chunks = NODES.arrayNode((int) ((array.size() + (long) size - 1) / size));
    ArrayNode chunk = null;
    for (int i = 0; i < array.size(); i++) {
      if (i % size == 0) {
        chunk = chunks.addArray();
      }
      chunk.add(array.get(i));
    }
    return chunks;
  }

  /**
   * Whether the array holds the value. AWS compares the values as it renders them into text (see
   * {@link Values#render}): the string "true" matches the boolean true, and objects match only with
   * their keys in the same order.
   */
  static JsonNode contains(Invocation call) {
    JsonNode array = call.argument(0, Kind.ARRAY);
    String wanted = Values.render(call.argument(1));
    for (JsonNode element : array.values()) {
      if (Values.render(element).equals(wanted)) {
        return BooleanNode.TRUE;
      }
    }
    return BooleanNode.FALSE;
  }

  static JsonNode range(Invocation call) {
    int start = Values.truncated(call.argument(0, Kind.NUMBER));
    int end = Values.truncated(call.argument(1, Kind.NUMBER));
    int step = Values.truncated(call.argument(2, Kind.NUMBER));
    if (step == 0) {
      throw call.fail("the step (third argument) must not be 0 once its fraction is dropped, was "
          + Values.describe(call.argument(2)));
    }
    long count = rangeSize(start, end, step);
    if (count > MAX_RANGE) {
      throw call.fail("the range would have " + count + " elements, more than the "
          + MAX_RANGE + " AWS allows");
    }
    ArrayNode range = NODES.arrayNode((int) count);
    for (long i = 0, value = start; i < count; i++, value += step) {
      range.add((int) value);
    }
    return range;
  }

  /** How many elements {@code start, start + step, ...} has up to and including {@code end}. */
  static long rangeSize(long start, long end, long step) {
    if (step > 0 ? start > end : start < end) {
      return 0;
    }
    return (end - start) / step + 1;
  }

  /**
   * The element at an index. An empty array gives null whatever the index, as AWS does; otherwise
   * an index outside the array fails.
   */
  static JsonNode getItem(Invocation call) {
    JsonNode array = call.argument(0, Kind.ARRAY);
    int index = Values.truncated(call.argument(1, Kind.NUMBER));
    if (array.isEmpty()) {
      return NullNode.getInstance();
    }
    if (index < 0 || index >= array.size()) {
      throw call.fail("the index " + Values.render(call.argument(1))
          + " is outside the array, whose indexes go from 0 to " + (array.size() - 1));
    }
    return array.get(index);
  }

  static JsonNode length(Invocation call) {
    return IntNode.valueOf(call.argument(0, Kind.ARRAY).size());
  }

  /**
   * The array without repeated values. AWS collects the values in a {@code java.util.HashSet} of
   * plain Java values (see {@link Values#plain}), so that is what decides which values are equal
   * (objects regardless of key order, 1 and 1.0 not) and the order of the result: the recorded
   * results {@code [false, true]} for {@code [true, false, true, false]} and {@code [[2, 1], [1, 2]]}
   * for {@code [[1, 2], [1, 2], [2, 1]]} are a HashSet's iteration order.
   */
  static JsonNode unique(Invocation call) {
    JsonNode array = call.argument(0, Kind.ARRAY);
    List<Object> plain = new ArrayList<>(array.size());
    Map<Object, JsonNode> firsts = new HashMap<>();
    for (JsonNode element : array.values()) {
      Object value = Values.plain(element);
      plain.add(value);
      firsts.putIfAbsent(value, element);
    }
    Set<Object> distinct = new HashSet<>(plain);
    ArrayNode unique = NODES.arrayNode(distinct.size());
    for (Object value : distinct) {
      unique.add(firsts.get(value));
    }
    return unique;
  }
}
