package io.statecraft.compiler.internal.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Jsonata.JFunction;
import com.dashjoin.jsonata.Parser.Symbol;
import java.math.BigInteger;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.ContainerNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Values between Jackson trees and the JSONata library, which works on Java maps, lists, strings,
 * numbers, booleans, {@link Jsonata#NULL_VALUE} for JSON null and Java null for undefined.
 *
 * <p>Objects and arrays go in as read-only views, so an evaluation costs nothing for the parts of
 * a large input it does not touch; a view that comes back out unchanged is its own node again.
 * Numbers follow JSONata's model, where every number is a double: integral values become Integer
 * or Long (so {@code 1.0} is {@code 1} and {@code -0} is {@code 0}), others Double.
 */
final class Values {

  /** 2^63: doubles at or past it are not longs. */
  private static final double LONG_RANGE = 0x1p63;

  private Values() {}

  /** The library's value for {@code node}; null (undefined) for a null or missing node. */
  static Object toJsonata(JsonNode node) {
    if (node == null) {
      return null;
    }
    return switch (node.getNodeType()) {
      case OBJECT -> new NodeMap(node);
      case ARRAY -> new NodeList(node);
      case STRING -> node.stringValue();
      case NUMBER -> number(node);
      case BOOLEAN -> node.booleanValue() ? Boolean.TRUE : Boolean.FALSE;
      case NULL -> Jsonata.NULL_VALUE;
      case MISSING -> null;
      case BINARY, POJO -> node.asString();
    };
  }

  private static Object number(JsonNode node) {
    if (node.isInt() || node.isShort()) {
      return node.intValue();
    }
    if (node.isLong()) {
      return integral(node.longValue());
    }
    if (node.isBigInteger()) {
      BigInteger value = node.bigIntegerValue();
      return value.bitLength() < 64 ? integral(value.longValue()) : (Object) value.doubleValue();
    }
    return number(node.doubleValue());
  }

  /** A number in JSONata's model: Integer or Long when integral, else Double. */
  static Object number(double value) {
    if (isIntegral(value)) {
      return integral((long) value);
    }
    return value;
  }

  /** Whether JSONata's model holds {@code value} as an Integer or a Long. */
  private static boolean isIntegral(double value) {
    return Math.abs(value) < LONG_RANGE && value == Math.rint(value);
  }

  private static Object integral(long value) {
    return (int) value == value ? Integer.valueOf((int) value) : (Object) Long.valueOf(value);
  }

  /** Whether the library treats {@code value} as a function. */
  static boolean isFunction(Object value) {
    return value instanceof JFunction || value instanceof Jsonata.JFunctionCallable
        || value instanceof Jsonata.JLambda || value instanceof Pattern
        || (value instanceof Symbol symbol && symbol._jsonata_lambda);
  }

  /**
   * The JSON value of {@code value}, made with {@code nodes}; null for undefined. Inside objects
   * and arrays functions are left out, as JSON has no value for them.
   */
  static JsonNode toJson(Object value, JsonNodeFactory nodes) {
    if (value == null || isFunction(value)) {
      return null;
    }
    return json(value, nodes);
  }

  /**
   * Inside an object or an array, a Java null is JSON null: the library never puts an undefined
   * value there, but its copies (of the transform operator, for one) turn JSON nulls into Java
   * nulls, and it reads them back as JSON null itself.
   */
  private static JsonNode element(Object value, JsonNodeFactory nodes) {
    return value == null ? nodes.nullNode() : toJson(value, nodes);
  }

  private static JsonNode json(Object value, JsonNodeFactory nodes) {
    if (value instanceof String text) {
      return nodes.stringNode(text);
    }
    if (value instanceof Boolean bool) {
      return nodes.booleanNode(bool);
    }
    if (value instanceof Integer number) {
      return nodes.numberNode(number.intValue());
    }
    if (value instanceof Long number) {
      long l = number;
      return (int) l == l ? nodes.numberNode((int) l) : nodes.numberNode(l);
    }
    if (value instanceof Number number) {
      return numberNode(number.doubleValue(), nodes);
    }
    if (value == Jsonata.NULL_VALUE) {
      return nodes.nullNode();
    }
    if (value instanceof NodeMap map && map.isView()) {
      return canonical(map.node, nodes);
    }
    if (value instanceof NodeList list && list.isView()) {
      return canonical(list.node, nodes);
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = nodes.objectNode();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        JsonNode field = element(entry.getValue(), nodes);
        if (field != null) {
          object.set(String.valueOf(entry.getKey()), field);
        }
      }
      return object;
    }
    if (value instanceof List<?> list) {
      ArrayNode array = nodes.arrayNode(list.size());
      for (Object item : list) {
        JsonNode element = element(item, nodes);
        if (element != null) {
          array.add(element);
        }
      }
      return array;
    }
    if (value instanceof Character c) {
      return nodes.stringNode(c.toString());
    }
    throw new IllegalStateException("not a JSON value: " + value.getClass().getName());
  }

  /**
   * A JSON number for a double. JSON has no literal for NaN and the infinities; AWS writes them
   * as the strings {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"}.
   */
  static JsonNode numberNode(double value, JsonNodeFactory nodes) {
    if (Double.isNaN(value)) {
      return nodes.stringNode("NaN");
    }
    if (Double.isInfinite(value)) {
      return nodes.stringNode(value > 0 ? "Infinity" : "-Infinity");
    }
    // number(value) without boxing: one of these is made by every arithmetic shortcut.
    if (isIntegral(value)) {
      long integral = (long) value;
      return (int) integral == integral ? nodes.numberNode((int) integral)
          : nodes.numberNode(integral);
    }
    return nodes.numberNode(value);
  }

  /**
   * {@code node} itself when its numbers are already in JSONata's model, else a copy in which
   * they are: AWS prints an input's {@code 1.0} as {@code 1} once it went through an expression.
   */
  static JsonNode canonical(JsonNode node, JsonNodeFactory nodes) {
    return isCanonical(node) ? node : copy(node, nodes);
  }

  private static JsonNode copy(JsonNode node, JsonNodeFactory nodes) {
    switch (node.getNodeType()) {
      case OBJECT -> {
        ObjectNode object = nodes.objectNode();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          if (!field.getValue().isMissingNode()) {
            object.set(field.getKey(), copy(field.getValue(), nodes));
          }
        }
        return object;
      }
      case ARRAY -> {
        ArrayNode array = nodes.arrayNode(node.size());
        for (JsonNode element : node.values()) {
          if (!element.isMissingNode()) {
            array.add(copy(element, nodes));
          }
        }
        return array;
      }
      case NUMBER -> {
        return toJson(number(node), nodes);
      }
      case BINARY, POJO -> {
        return nodes.stringNode(node.asString());
      }
      default -> {
        return node;
      }
    }
  }

  private static boolean isCanonical(JsonNode node) {
    // The common node types first, by class: this walks every node of what an expression returns.
    if (node instanceof StringNode || node instanceof IntNode || node instanceof BooleanNode
        || node instanceof NullNode || node instanceof LongNode) {
      return true;
    }
    if (node instanceof ContainerNode<?>) {
      for (JsonNode child : node.values()) {
        if (!isCanonical(child)) {
          return false;
        }
      }
      return true;
    }
    if (node instanceof DoubleNode) {
      double value = node.doubleValue();
      return Double.isFinite(value) && !isIntegral(value);
    }
    if (node.isShort()) {
      return true;
    }
    if (node.isBigInteger()) {
      return node.bigIntegerValue().bitLength() < 64;
    }
    // Decimals, floats, and what is not JSON.
    return !node.isNumber() && !node.isMissingNode() && !node.isBinary() && !node.isPojo();
  }

  /**
   * A JSON object seen as a map of library values. The library changes a few of the maps it is
   * given; the first change copies the view into a map of its own, and the node never changes.
   */
  static final class NodeMap extends AbstractMap<String, Object> {

    final JsonNode node;
    private Map<String, Object> copy;
    private Set<Map.Entry<String, Object>> entries;

    NodeMap(JsonNode node) {
      this.node = node;
    }

    /** Whether this is still a view of {@link #node}, unchanged. */
    boolean isView() {
      return copy == null;
    }

    private Map<String, Object> copy() {
      if (copy == null) {
        Map<String, Object> own = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          own.put(field.getKey(), toJsonata(field.getValue()));
        }
        copy = own;
      }
      return copy;
    }

    @Override
    public Object get(Object key) {
      if (copy != null) {
        return copy.get(key);
      }
      return key instanceof String name ? toJsonata(node.get(name)) : null;
    }

    @Override
    public boolean containsKey(Object key) {
      if (copy != null) {
        return copy.containsKey(key);
      }
      return key instanceof String name && node.has(name);
    }

    @Override
    public int size() {
      return copy != null ? copy.size() : node.size();
    }

    @Override
    public boolean isEmpty() {
      return size() == 0;
    }

    @Override
    public Object put(String key, Object value) {
      return copy().put(key, value);
    }

    @Override
    public Object remove(Object key) {
      return copy().remove(key);
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
      if (copy != null) {
        return copy.entrySet();
      }
      if (entries == null) {
        entries = new AbstractSet<>() {
          @Override
          public Iterator<Map.Entry<String, Object>> iterator() {
            if (copy != null) {
              return copy.entrySet().iterator();
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            return new Iterator<>() {
              @Override
              public boolean hasNext() {
                return fields.hasNext();
              }

              @Override
              public Map.Entry<String, Object> next() {
                Map.Entry<String, JsonNode> field = fields.next();
                return new SimpleImmutableEntry<>(field.getKey(), toJsonata(field.getValue()));
              }
            };
          }

          @Override
          public int size() {
            return NodeMap.this.size();
          }
        };
      }
      return entries;
    }
  }

  /**
   * A JSON array seen as a list of library values. The library appends to a few of the lists it
   * is given; the first change copies the view into a list of its own, and the node never changes.
   */
  static final class NodeList extends AbstractList<Object> implements RandomAccess {

    final JsonNode node;
    private List<Object> copy;

    NodeList(JsonNode node) {
      this.node = node;
    }

    /** Whether this is still a view of {@link #node}, unchanged. */
    boolean isView() {
      return copy == null;
    }

    private List<Object> copy() {
      if (copy == null) {
        List<Object> own = new ArrayList<>(node.size() + 1);
        for (JsonNode element : node.values()) {
          own.add(toJsonata(element));
        }
        copy = own;
      }
      return copy;
    }

    @Override
    public Object get(int index) {
      if (copy != null) {
        return copy.get(index);
      }
      if (index < 0 || index >= node.size()) {
        throw new IndexOutOfBoundsException(index);
      }
      return toJsonata(node.get(index));
    }

    @Override
    public int size() {
      return copy != null ? copy.size() : node.size();
    }

    @Override
    public Object set(int index, Object element) {
      return copy().set(index, element);
    }

    @Override
    public void add(int index, Object element) {
      copy().add(index, element);
      modCount++;
    }

    @Override
    public Object remove(int index) {
      modCount++;
      return copy().remove(index);
    }
  }
}
