package io.statecraft.local.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** CompactMap must be indistinguishable from the LinkedHashMap Jackson would otherwise use. */
class CompactMapTest {

  @Test
  void aLookupByAnEqualNameOfAnotherStringLeavesTheMapAsItWas() {
    CompactMap map = new CompactMap();
    map.put(new String("seed"), Values.NODES.stringNode("abc"));
    map.put(new String("last"), Values.NODES.numberNode(1));
    String interned = "seed";

    JsonNode found = map.get(interned, interned.hashCode());
    CompactMap copy = map.copyWithRoom();

    assertThat(found).isEqualTo(Values.NODES.stringNode("abc"));
    assertThat(new ArrayList<>(map.keySet())).containsExactly("seed", "last");
    assertThat(map.get(new String("seed"))).isEqualTo(Values.NODES.stringNode("abc"));
    assertThat(copy).isEqualTo(map);
  }

  @Test
  void behavesLikeALinkedHashMapUnderRandomEdits() {
    Random random = new Random(42);
    for (int round = 0; round < 500; round++) {
      CompactMap compact = new CompactMap();
      LinkedHashMap<String, JsonNode> reference = new LinkedHashMap<>();
      for (int step = 0; step < 60; step++) {
        String key = "k" + random.nextInt(14);
        JsonNode value = Values.NODES.numberNode(random.nextInt(100));
        // The hashed forms are what compiled paths and ResultPath call; the rest is Map's contract.
        switch (random.nextInt(8)) {
          case 0, 1 -> assertThat(compact.put(key, value)).isEqualTo(reference.put(key, value));
          case 2 -> {
            compact.put(key, key.hashCode(), value);
            reference.put(key, value);
          }
          case 3 -> assertThat(compact.remove(key)).isEqualTo(reference.remove(key));
          case 4 -> removeThroughIterator(compact, reference, key);
          case 5 -> assertThat(compact.get(key, key.hashCode())).isEqualTo(reference.get(key));
          default -> assertThat(compact.get(key)).isEqualTo(reference.get(key));
        }
        assertSame(compact, reference);
      }
    }
  }

  private static void removeThroughIterator(
      CompactMap compact, Map<String, JsonNode> reference, String key) {
    compact.entrySet().removeIf(e -> e.getKey().equals(key));
    reference.entrySet().removeIf(e -> e.getKey().equals(key));
  }

  private static void assertSame(CompactMap compact, Map<String, JsonNode> reference) {
    assertThat(compact.size()).isEqualTo(reference.size());
    assertThat(new ArrayList<>(compact.entrySet())).isEqualTo(new ArrayList<>(reference.entrySet()));
    assertThat(compact).isEqualTo(reference);
    assertThat(reference).isEqualTo(compact);
    assertThat(compact.hashCode()).isEqualTo(reference.hashCode());
  }

  @Test
  void keepsInsertionOrderWhenAFieldIsReplacedAndPastTheSmallSize() {
    CompactMap map = new CompactMap();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < CompactMap.SMALL + 3; i++) {
      map.put("f" + i, Values.NODES.numberNode(i));
      keys.add("f" + i);
      map.put("f0", Values.NODES.numberNode(-i));
    }

    assertThat(map.keySet()).containsExactlyElementsOf(keys);
    assertThat(map.get("f0").asInt()).isEqualTo(-(CompactMap.SMALL + 2));
  }

  @Test
  void copiesASmallMapWithoutSharingItsArrays() {
    ObjectNode source = (ObjectNode) Values.parse("{\"a\":1,\"b\":2}");
    ObjectNode copy = Values.object();
    copy.setAll(source);

    copy.put("a", 10);
    copy.put("c", 3);

    assertThat(Values.text(source)).isEqualTo("{\"a\":1,\"b\":2}");
    assertThat(Values.text(copy)).isEqualTo("{\"a\":10,\"b\":2,\"c\":3}");
  }

  @Test
  void aMapBuiltInPlaceGrowsLikeAnyOther() {
    String[] keys = {"a", "b", "c", "d", "e"};
    Object[] slots = new Object[10];
    for (int i = 0; i < keys.length; i++) {
      slots[2 * i + 1] = Values.NODES.numberNode(i);
    }
    int[] hashes = java.util.Arrays.stream(keys).mapToInt(String::hashCode).toArray();
    int[] template = hashes.clone();
    CompactMap map = CompactMap.of(keys, hashes, slots);
    LinkedHashMap<String, JsonNode> reference = new LinkedHashMap<>(map);

    for (int i = 0; i < 2 * CompactMap.SMALL; i++) {
      JsonNode value = Values.NODES.numberNode(100 + i);
      assertThat(map.put("n" + i, value)).isEqualTo(reference.put("n" + i, value));
      assertThat(map.remove("b")).isEqualTo(reference.remove("b"));
      assertSame(map, reference);
    }
    assertThat(hashes).as("the template's hashes, shared until the map changed").isEqualTo(template);
  }

  @Test
  void aRemovalFromAMapBuiltInPlaceLeavesTheSharedHashesAlone() {
    String[] keys = {"a", "b", "c"};
    int[] hashes = {"a".hashCode(), "b".hashCode(), "c".hashCode()};
    CompactMap map = CompactMap.of(keys, hashes, new Object[] {null, Values.NODES.numberNode(1),
        null, Values.NODES.numberNode(2), null, Values.NODES.numberNode(3)});

    map.remove("a");

    assertThat(hashes).containsExactly("a".hashCode(), "b".hashCode(), "c".hashCode());
    assertThat(map.keySet()).containsExactly("b", "c");
    assertThat(map.get("c").asInt()).isEqualTo(3);
  }

  @Test
  void copiesAnotherMappersObjectInOrder() {
    ObjectNode foreign = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    foreign.put("z", 1).put("a", 2).put("m", 3);
    ObjectNode copy = Values.object();

    copy.setAll(foreign);
    copy.put(new String("a"), 20);

    assertThat(Values.text(copy)).isEqualTo("{\"z\":1,\"a\":20,\"m\":3}");
    assertThat(copy).isEqualTo(foreign.deepCopy().put("a", 20));
  }

  @Test
  void anEntrysSetValueWritesThrough() {
    CompactMap map = new CompactMap();
    map.put("a", Values.NODES.numberNode(1));

    map.entrySet().iterator().next().setValue(Values.NODES.numberNode(2));

    assertThat(map.get("a").asInt()).isEqualTo(2);
  }

  @Test
  void anIteratorFailsFastWhenTheMapChangesUnderIt() {
    CompactMap map = new CompactMap();
    map.put("a", Values.NODES.numberNode(1));
    map.put("b", Values.NODES.numberNode(2));
    Iterator<Map.Entry<String, JsonNode>> fields = map.entrySet().iterator();
    fields.next();

    map.remove("b");

    assertThat(fields.hasNext()).isTrue();
    assertThatThrownBy(fields::next).isInstanceOf(ConcurrentModificationException.class);
  }
}
