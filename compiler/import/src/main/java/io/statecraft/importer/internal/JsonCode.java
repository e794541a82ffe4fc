package io.statecraft.importer.internal;

import com.palantir.javapoet.CodeBlock;
import io.statecraft.dsl.payload.JsonPath;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * JSON values as Java expressions of the DSL: strings and numbers as literals, paths as
 * {@code path("$.x")}, JSONata as {@code jsonata("{% ... %}")}, and objects and arrays as
 * {@code json(...)} with the JSON laid out for reading (a text block when it spans lines).
 */
final class JsonCode {

  private static final int COMPACT_WIDTH = 72;

  private JsonCode() {}

  /** A value for a DSL parameter typed {@code Object}: literal, path or payload. */
  static CodeBlock value(JsonNode node) {
    if (node.isString()) {
      return Literals.code("$S", node.stringValue());
    }
    if (node.isBoolean()) {
      return CodeBlock.of("$L", node.booleanValue());
    }
    if (node.isNull()) {
      return CodeBlock.of("null");
    }
    if (node.isIntegralNumber() && node.canConvertToInt()) {
      return CodeBlock.of("$L", node.intValue());
    }
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return CodeBlock.of("$LL", node.longValue());
    }
    if (node.isNumber()) {
      return Literals.code("new $T($S)", java.math.BigDecimal.class, node.decimalValue().toString());
    }
    return json(node);
  }

  /** The value of a {@code "Key.$"} field: a path where it is one, else null. */
  static CodeBlock pathOrNull(JsonNode node) {
    if (!node.isString() || !isPath(node.stringValue())) {
      return null;
    }
    return Literals.code("path($S)", node.stringValue());
  }

  static boolean isPath(String text) {
    try {
      new JsonPath(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** A {@code Payload} or {@code Jsonata} argument: {@code output(...)}, {@code items(...)}. */
  static CodeBlock payloadOrJsonata(JsonNode node) {
    if (isJsonata(node) && isCanonicalJsonata(node.stringValue())) {
      return jsonata(node.stringValue());
    }
    return json(node);
  }

  /** {@code jsonata("...")} takes the expression without its {@code {% %}} delimiters. */
  static CodeBlock jsonata(String text) {
    String inner = text.strip();
    inner = inner.substring(2, inner.length() - 2).strip();
    return Literals.code("jsonata($S)", inner);
  }

  /** Whether {@code jsonata(...)} writes {@code text} back as it is: "{% expr %}". */
  static boolean isCanonicalJsonata(String text) {
    String inner = text.strip();
    inner = inner.substring(2, inner.length() - 2).strip();
    return text.equals("{% " + inner + " %}");
  }

  static boolean isJsonata(String text) {
    return isJsonata(tools.jackson.databind.node.StringNode.valueOf(text));
  }

  static boolean isJsonata(JsonNode node) {
    if (!node.isString()) {
      return false;
    }
    String text = node.stringValue().strip();
    return text.startsWith("{%") && text.endsWith("%}");
  }

  /** {@code json("...")}: one line when short, else a text block. */
  static CodeBlock json(JsonNode node) {
    String compact = compact(node);
    if (compact.length() <= COMPACT_WIDTH) {
      return Literals.code("json($S)", compact);
    }
    StringBuilder text = new StringBuilder();
    pretty(node, "", text);
    return CodeBlock.of("json($>$L$<)", Literals.textBlock(text.toString()));
  }

  static String compact(JsonNode node) {
    if (node.isObject()) {
      StringBuilder out = new StringBuilder("{");
      String separator = "";
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        out.append(separator).append(quote(field.getKey())).append(": ")
            .append(compact(field.getValue()));
        separator = ", ";
      }
      return out.append('}').toString();
    }
    if (node.isArray()) {
      StringBuilder out = new StringBuilder("[");
      String separator = "";
      for (JsonNode item : node.values()) {
        out.append(separator).append(compact(item));
        separator = ", ";
      }
      return out.append(']').toString();
    }
    return node.toString();
  }

  private static void pretty(JsonNode node, String indent, StringBuilder out) {
    String compact = compact(node);
    if (!node.isContainer() || node.isEmpty()
        || indent.length() + compact.length() <= COMPACT_WIDTH && !hasContainer(node)) {
      out.append(compact);
      return;
    }
    String inner = indent + "  ";
    boolean object = node.isObject();
    out.append(object ? "{\n" : "[\n");
    int i = 0;
    if (object) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        out.append(inner).append(quote(field.getKey())).append(": ");
        pretty(field.getValue(), inner, out);
        out.append(++i < node.size() ? ",\n" : "\n");
      }
    } else {
      for (JsonNode item : node.values()) {
        out.append(inner);
        pretty(item, inner, out);
        out.append(++i < node.size() ? ",\n" : "\n");
      }
    }
    out.append(indent).append(object ? "}" : "]");
  }

  private static boolean hasContainer(JsonNode node) {
    for (JsonNode child : node.values()) {
      if (child.isContainer() && !child.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static String quote(String text) {
    return tools.jackson.databind.node.StringNode.valueOf(text).toString();
  }
}
