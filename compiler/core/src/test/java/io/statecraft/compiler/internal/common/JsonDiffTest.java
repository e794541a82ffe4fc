package io.statecraft.compiler.internal.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.asl.internal.JsonMappers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class JsonDiffTest {

  @Test
  void should_find_no_difference_when_only_key_order_and_number_spelling_differ() {
    assertThat(diff("{\"a\": [1, 2.0], \"b\": {\"c\": null}}", "{\"b\": {\"c\": null}, \"a\": [1.00, 2]}"))
        .isNull();
  }

  @Test
  void should_name_the_pointer_and_both_sides_when_a_value_differs() {
    assertThat(diff("{\"total\": 42}", "{\"total\": 41}")).isEqualTo("/total: expected 42 but was 41");
    assertThat(diff("{\"a/b\": {\"~\": \"x\"}}", "{\"a/b\": {\"~\": 1}}"))
        .isEqualTo("/a~1b/~0: expected \"x\" but was 1");
    assertThat(diff("1", "\"1\"")).isEqualTo("(root): expected 1 but was \"1\"");
  }

  @Test
  void should_report_missing_and_extra_members_and_array_lengths() {
    assertThat(diff("{\"a\": 1}", "{}")).isEqualTo("/a: expected 1 but it is absent");
    assertThat(diff("{}", "{\"b\": true}")).isEqualTo("/b: not expected, but was true");
    assertThat(diff("{\"list\": [1, 2]}", "{\"list\": [1]}"))
        .isEqualTo("/list: expected 2 elements but was 1");
  }

  private static String diff(String expected, String actual) {
    return JsonDiff.first(json(expected), json(actual));
  }

  private static JsonNode json(String text) {
    return JsonMappers.STANDARD.readTree(text);
  }
}
