package io.statecraft.local.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** TextSizes must count exactly the bytes the writer writes, remembered or not. */
class TextSizesTest {

  private static final JsonNodeFactory NODES = Values.NODES;

  @Test
  void should_count_the_bytes_the_writer_writes_for_every_kind_of_value() {
    String[] texts = {"", "plain", "quote \" and \\ backslash", "tab\tnew\nline\r\b\f",
        "control \u0001\u001f\u007f", "caf\u00e9 \u20ac", "emoji \ud83d\ude00",
        "lone \ud83d surrogate", "lone \ude00 low", "/slash/"};
    for (String text : texts) {
      assertSameSize(NODES.textNode(text));
      assertSameSize(NODES.objectNode().put(text, 1));
    }
    JsonNode[] numbers = {NODES.numberNode(0), NODES.numberNode(-7), NODES.numberNode(
        Integer.MIN_VALUE), NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(Long.MIN_VALUE),
        NODES.numberNode((short) 12), NODES.numberNode(12.25), NODES.numberNode(1e-7),
        NODES.numberNode(1e300), NODES.numberNode(-0.0), NODES.numberNode(Double.NaN),
        NODES.numberNode(Double.POSITIVE_INFINITY), NODES.numberNode(1.5f),
        NODES.numberNode(new BigDecimal("1.50")), NODES.numberNode(new BigDecimal("1E+10")),
        NODES.numberNode(new BigInteger("123456789012345678901234567890")),
        Values.parse("2.0"), Values.parse("-1.5e-3")};
    for (JsonNode number : numbers) {
      assertSameSize(number);
    }
    assertSameSize(NODES.booleanNode(true));
    assertSameSize(NODES.booleanNode(false));
    assertSameSize(NODES.nullNode());
    assertSameSize(NODES.objectNode());
    assertSameSize(NODES.arrayNode());
  }

  @Test
  void should_count_the_bytes_the_writer_writes_for_random_documents() {
    Random random = new Random(7);
    for (int round = 0; round < 300; round++) {
      assertSameSize(document(random, 0));
    }
  }

  @Test
  void should_count_a_new_object_around_remembered_parts_exactly() {
    // GIVEN a large array measured once, as the quota check measures a state's output
    TextSizes sizes = new TextSizes();
    ArrayNode records = NODES.arrayNode();
    for (int i = 0; i < 500; i++) {
      records.add(NODES.objectNode().put("id", i).put("note", "caf\u00e9 ".repeat(i % 20)));
    }
    sizes.size(records);
    // WHEN the next states put it into new objects, and pass a long string on
    ObjectNode wrapped = NODES.objectNode();
    wrapped.set("records", records);
    wrapped.put("step", 3);
    ObjectNode text = NODES.objectNode().put("long", "\u20ac\"".repeat(5000));
    ObjectNode again = NODES.objectNode();
    again.set("text", text.get("long"));
    // THEN each counts as the writer writes it, the first time and every time after
    for (int i = 0; i < 2; i++) {
      assertThat(sizes.size(wrapped)).isEqualTo(Values.utf8Size(wrapped));
      assertThat(sizes.size(text)).isEqualTo(Values.utf8Size(text));
      assertThat(sizes.size(again)).isEqualTo(Values.utf8Size(again));
    }
  }

  @Test
  void should_tell_whether_a_value_passes_a_limit() {
    TextSizes sizes = new TextSizes();
    JsonNode value = NODES.objectNode().put("s", "x".repeat(1000));
    long size = Values.utf8Size(value);
    assertThat(sizes.largerThan(value, size)).isFalse();
    assertThat(sizes.largerThan(value, size - 1)).isTrue();
    assertThat(sizes.largerThan(value, Long.MAX_VALUE)).isFalse();
  }

  private static void assertSameSize(JsonNode node) {
    assertThat(new TextSizes().size(node)).as(Values.text(node))
        .isEqualTo(Values.utf8Size(node));
  }

  /** A random tree: containers down to depth 4, strings with escapes and non-ASCII text. */
  private static JsonNode document(Random random, int depth) {
    int kind = random.nextInt(depth >= 4 ? 6 : 8);
    switch (kind) {
      case 0 -> {
        return NODES.numberNode(random.nextLong() >> random.nextInt(64));
      }
      case 1 -> {
        return NODES.numberNode(random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20));
      }
      case 2 -> {
        return NODES.numberNode(BigDecimal.valueOf(random.nextLong(), random.nextInt(30) - 10));
      }
      case 3 -> {
        return NODES.textNode(text(random));
      }
      case 4 -> {
        return random.nextBoolean() ? NODES.booleanNode(random.nextBoolean()) : NODES.nullNode();
      }
      case 5 -> {
        return NODES.textNode(text(random).repeat(1 + random.nextInt(400)));
      }
      case 6 -> {
        ObjectNode object = NODES.objectNode();
        for (int i = random.nextInt(12); i > 0; i--) {
          object.set(text(random), document(random, depth + 1));
        }
        return object;
      }
      default -> {
        ArrayNode array = NODES.arrayNode();
        for (int i = random.nextInt(40); i > 0; i--) {
          array.add(document(random, depth + 1));
        }
        return array;
      }
    }
  }

  private static String text(Random random) {
    String alphabet = "ab \"\\\n\t\u0000\u0019\u00e9\u07ff\u0800\u20ac\ud83d\ude00/";
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(10); i > 0; i--) {
      // Surrogates in pairs only: the low one (second last) is never picked alone.
      int at = random.nextInt(alphabet.length() - 1);
      at = at == alphabet.length() - 2 ? alphabet.length() - 1 : at;
      char c = alphabet.charAt(at);
      text.append(c);
      if (Character.isHighSurrogate(c)) {
        text.append(alphabet.charAt(at + 1));
      }
    }
    return text.toString();
  }
}
