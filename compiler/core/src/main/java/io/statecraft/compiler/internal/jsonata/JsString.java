package io.statecraft.compiler.internal.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Utils;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * {@code $string} as jsonata-js writes values: numbers rounded to 15 significant digits and printed
 * as JavaScript prints them (in full up to 1e21, so {@code $string(1e20)} is
 * {@code 100000000000000000000}, where the library writes {@code 1e+20}); functions as empty
 * strings; objects and arrays as JSON.stringify writes them, indented by two spaces when asked to.
 */
final class JsString {

  private static final MathContext FIFTEEN_DIGITS = new MathContext(15, RoundingMode.HALF_UP);

  private JsString() {}

  static String of(Object value, boolean prettify) {
    if (value == null) {
      return null;
    }
    if (value instanceof String text) {
      return text;
    }
    if (Values.isFunction(value)) {
      return "";
    }
    if (value instanceof Number number && !Double.isFinite(number.doubleValue())) {
      throw new JException("D3001", -1, value);
    }
    if (value instanceof Utils.JList<?> list && list.outerWrapper && !list.isEmpty()) {
      value = list.get(0);
    }
    StringBuilder out = new StringBuilder();
    write(value, prettify, "", out);
    return out.toString();
  }

  private static void write(Object value, boolean prettify, String indent, StringBuilder out) {
    if (value == null || value == Jsonata.NULL_VALUE) {
      out.append("null");
    } else if (value instanceof String || value instanceof Character) {
      Messages.quote(value.toString(), out);
    } else if (value instanceof Number number) {
      double d = number.doubleValue();
      out.append(Double.isFinite(d) ? Messages.jsNumber(round(d)) : "null");
    } else if (value instanceof Boolean) {
      out.append(value);
    } else if (Values.isFunction(value)) {
      out.append("\"\"");
    } else if (value instanceof Map<?, ?> map) {
      writeObject(map, prettify, indent, out);
    } else if (value instanceof List<?> list) {
      writeArray(list, prettify, indent, out);
    } else {
      out.append("null");
    }
  }

  private static void writeObject(Map<?, ?> map, boolean prettify, String indent,
      StringBuilder out) {
    String inner = indent + "  ";
    boolean first = true;
    out.append('{');
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      out.append(first ? "" : ",");
      if (prettify) {
        out.append('\n').append(inner);
      }
      Messages.quote(String.valueOf(entry.getKey()), out);
      out.append(prettify ? ": " : ":");
      write(entry.getValue(), prettify, inner, out);
      first = false;
    }
    if (prettify && !first) {
      out.append('\n').append(indent);
    }
    out.append('}');
  }

  private static void writeArray(List<?> list, boolean prettify, String indent,
      StringBuilder out) {
    String inner = indent + "  ";
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      out.append(i == 0 ? "" : ",");
      if (prettify) {
        out.append('\n').append(inner);
      }
      write(list.get(i), prettify, inner, out);
    }
    if (prettify && !list.isEmpty()) {
      out.append('\n').append(indent);
    }
    out.append(']');
  }

  /** {@code Number(value.toPrecision(15))}: the nearest double to 15 significant digits. */
  private static Number round(double value) {
    if (value == 0) {
      return 0;
    }
    double rounded = new BigDecimal(value).round(FIFTEEN_DIGITS).doubleValue();
    Object number = Values.number(rounded);
    return (Number) number;
  }
}
