package io.statecraft.compiler.internal.intrinsic;

import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.StringNode;

/** States.Format, States.StringSplit and States.UUID. */
final class StringFunctions {

  private StringFunctions() {}

  static JsonNode format(Invocation call) {
    FormatTemplate template = call.literalTemplate() != null
        ? call.literalTemplate()
        : FormatTemplate.ofValue(call.string(0));
    if (template.malformation() != null) {
      throw call.fail(template.malformation());
    }
    int values = call.count() - 1;
    if (template.placeholders() != values) {
      throw call.fail("the template has " + template.placeholders() + " {} placeholder"
          + (template.placeholders() == 1 ? "" : "s") + " but " + values
          + (values == 1 ? " value follows it" : " values follow it"));
    }
    return StringNode.valueOf(template.fill(call.arguments().subList(1, call.count())));
  }

  /**
   * Splits a string at every character of the delimiter string (each is a delimiter on its own)
   * and drops the empty pieces, as AWS does: {@code ",a,,b,"} split at {@code ","} is
   * {@code ["a", "b"]}. An empty delimiter leaves the string whole.
   */
  static JsonNode split(Invocation call) {
    String text = call.string(0);
    String delimiters = call.string(1);
    ArrayNode pieces = JsonNodeFactory.instance.arrayNode();
    int start = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int next = i + Character.charCount(c);
      if (delimiters.indexOf(c) >= 0) {
        if (i > start) {
          pieces.add(text.substring(start, i));
        }
        start = next;
      }
      i = next;
    }
    if (start < text.length()) {
      pieces.add(text.substring(start));
    }
    return pieces;
  }

  /** A version 4 UUID drawn from the call's source of randomness. */
  static JsonNode uuid(Invocation call) {
    long high = call.random().nextLong();
    long low = call.random().nextLong();
    high = (high & ~0xF000L) | 0x4000L;
    low = (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return StringNode.valueOf(new UUID(high, low).toString());
  }
}
