package io.statecraft.local.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class DepthsTest {

  /** {@code depth} arrays, one inside the other. */
  private static ArrayNode nested(int depth) {
    ArrayNode outer = Values.array();
    ArrayNode current = outer;
    for (int i = 1; i < depth; i++) {
      current = current.addArray();
    }
    return outer;
  }

  /** 100 records of depth 2, so that the array of them (depth 3) is remembered. */
  private static ArrayNode records() {
    ArrayNode records = Values.array();
    for (int i = 0; i < 100; i++) {
      records.addObject().put("id", i).putObject("meta").put("a", 1);
    }
    return records;
  }

  @Test
  void should_count_a_value_of_500_levels_as_500_and_refuse_501() {
    assertThat(new Depths().deeperThan(nested(500), 500)).isFalse();
    assertThat(new Depths().deeperThan(nested(501), 500)).isTrue();
    assertThat(new Depths().deeperThan(Values.text("x"), 0)).isFalse();
  }

  @Test
  void should_stop_at_the_limit_however_deep_the_value_goes() {
    assertThat(new Depths().deeperThan(nested(100_000), 500)).isTrue();
  }

  @Test
  void should_give_the_same_answers_from_a_remembered_part_as_from_a_walk() {
    // GIVEN records walked once
    Depths depths = new Depths();
    ArrayNode records = records();
    assertThat(depths.deeperThan(records, 3)).isFalse();
    // WHEN a new object holds them, one level more
    ObjectNode wrapped = Values.object();
    wrapped.set("records", records);
    // THEN the remembered depth counts from where it is
    assertThat(depths.deeperThan(wrapped, 4)).isFalse();
    assertThat(depths.deeperThan(wrapped, 3)).isTrue();
    assertThat(depths.deeperThan(records, 2)).isTrue();
    assertThat(Values.deeperThan(wrapped, 3)).isTrue();
    assertThat(Values.deeperThan(wrapped, 4)).isFalse();
  }

  @Test
  void should_find_a_deep_value_below_a_shallow_remembered_one() {
    Depths depths = new Depths();
    ArrayNode records = records();
    depths.deeperThan(records, 500);
    ObjectNode both = Values.object();
    both.set("records", records);
    JsonNode deep = nested(500);
    both.set("deep", deep);
    assertThat(depths.deeperThan(both, 500)).isTrue();
  }
}
