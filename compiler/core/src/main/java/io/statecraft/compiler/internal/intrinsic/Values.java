package io.statecraft.compiler.internal.intrinsic;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** How AWS turns argument values into text and whole numbers. */
final class Values {

  private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
  private static final BigDecimal HALF = new BigDecimal("0.5");

  private Values() {}

  /**
   * A value as AWS writes it into text (States.Format, and the comparison in States.ArrayContains):
   * a string as it is, without quotes; {@code null}, numbers and booleans as in JSON; an array as
   * {@code [a, b]} and an object as {@code {key=value, other=value}}, their elements written the
   * same way. The recorded executions show it: {@code {"Arg1": 1, "Arg2": []}} becomes
   * {@code {Arg1=1, Arg2=[]}}.
   */
  static void render(JsonNode value, StringBuilder out) {
    if (value.isString()) {
      out.append(value.stringValue());
    } else if (value.isArray()) {
      out.append('[');
      String separator = "";
      for (JsonNode element : value.values()) {
        out.append(separator);
        render(element, out);
        separator = ", ";
      }
      out.append(']');
    } else if (value.isObject()) {
      out.append('{');
      String separator = "";
      for (Map.Entry<String, JsonNode> property : value.properties()) {
        out.append(separator).append(property.getKey()).append('=');
        render(property.getValue(), out);
        separator = ", ";
      }
      out.append('}');
    } else if (value.isNumber()) {
      out.append(plain(value));
    } else {
      out.append(value.isBoolean() ? String.valueOf(value.booleanValue()) : "null");
    }
  }

  /**
   * A JSON value as the plain Java value AWS works with: whole numbers as {@code Integer},
   * {@code Long} or {@code BigInteger} by size, other numbers as {@code Double} (so 2.50 reads as
   * 2.5, however the node holds it), arrays as lists, objects as maps in key order.
   */
  static Object plain(JsonNode value) {
    if (value.isIntegralNumber()) {
      if (value.canConvertToInt()) {
        return value.intValue();
      }
      return value.canConvertToLong() ? (Object) value.longValue() : value.bigIntegerValue();
    } else if (value.isNumber()) {
      double number = fractional(value);
      return Double.isFinite(number) ? (Object) number : value.decimalValue();
    } else if (value.isString()) {
      return value.stringValue();
    } else if (value.isBoolean()) {
      return value.booleanValue();
    } else if (value.isArray()) {
      List<Object> list = new ArrayList<>(value.size());
      value.values().forEach(element -> list.add(plain(element)));
      return list;
    } else if (value.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      value.forEachEntry((key, element) -> map.put(key, plain(element)));
      return map;
    }
    return null;
  }

  /** {@link #render} into a new string. */
  static String render(JsonNode value) {
    if (value.isString()) {
      return value.stringValue();
    }
    StringBuilder out = new StringBuilder(32);
    render(value, out);
    return out.toString();
  }

  /**
   * A number cut to a whole {@code int} by dropping its fraction, saturating at the int range.
   * AWS truncates the sizes, indexes and bounds of the array functions and States.MathRandom
   * (2.6 acts as 2, -0.6 as 0), although its documentation speaks of rounding.
   */
  static int truncated(JsonNode number) {
    if (number.canConvertToInt()) {
      return number.intValue();
    }
    if (number.isIntegralNumber()) {
      BigInteger value = number.bigIntegerValue();
      return value.max(INT_MIN).min(INT_MAX).intValue();
    }
    double value = fractional(number);
    return Double.isNaN(value) ? 0 : (int) value;
  }

  /** A number cut to a whole {@code long} by dropping its fraction (a seed), saturating. */
  static long truncatedLong(JsonNode number) {
    if (number.isIntegralNumber()) {
      BigInteger value = number.bigIntegerValue();
      return value.max(BigInteger.valueOf(Long.MIN_VALUE))
          .min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
    }
    double value = fractional(number);
    return Double.isNaN(value) ? 0 : (long) value;
  }

  /**
   * A number rounded to the nearest whole number, halves upwards (2.5 to 3, -1.5 to -1), as
   * States.MathAdd does in the recorded executions; null when it is not finite.
   */
  static BigInteger rounded(JsonNode number) {
    if (number.isIntegralNumber()) {
      return number.bigIntegerValue();
    }
    if (number.isDouble() || number.isFloat()) {
      double value = number.doubleValue();
      if (!Double.isFinite(value)) {
        return null;
      }
    }
    return number.decimalValue().add(HALF).setScale(0, RoundingMode.FLOOR).toBigInteger();
  }

  /** A non-integral number as a double, infinite when a BigDecimal is beyond the double range. */
  private static double fractional(JsonNode number) {
    return number.isBigDecimal() ? number.decimalValue().doubleValue() : number.doubleValue();
  }

  /** Whether {@code value} fits a 32-bit signed int, the range States.MathAdd works in. */
  static boolean isInt(BigInteger value) {
    return value != null && value.compareTo(INT_MIN) >= 0 && value.compareTo(INT_MAX) <= 0;
  }

  /** A value described for a message: {@code the string 'x'}, {@code the number 2.5}, ... */
  static String describe(JsonNode value) {
    Kind kind = Kind.of(value);
    String text = render(value);
    if (text.length() > 40) {
      text = text.substring(0, 37) + "...";
    }
    return switch (kind) {
      case STRING -> "the string '" + text + "'";
      case NULL -> "null";
      case ARRAY, OBJECT -> kind.words() + " " + text;
      default -> "the " + kind.name().toLowerCase(java.util.Locale.ROOT) + " " + text;
    };
  }
}
