package io.statecraft.local.internal.expr;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.asl.internal.JsonMappers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Filters whose comparison meets an object or an array: JsonPath evaluates such an operand with
 * its JSON-smart classes, which must be on the class path (a fuzzing finding: without them the
 * read threw NoClassDefFoundError out of the runtime).
 */
class PathExprFilterTest {

  private static final JsonNode ITEMS = JsonMappers.STRICT.readTree("""
      {"a": [1, "x", [2, 3], {"k": 1}, {"k": {"z": 1}}]}""");

  @Test
  void should_skip_elements_that_are_containers_when_a_filter_compares_them_with_a_string() {
    // GIVEN
    PathExpr path = PathExpr.compile("$.a[?(@ == 'x')]");
    // WHEN
    JsonNode selected = path.read(ITEMS);
    // THEN
    assertThat(selected.toString()).isEqualTo("[\"x\"]");
  }

  @Test
  void should_skip_elements_whose_field_is_an_object_when_a_filter_compares_it_with_a_number() {
    // GIVEN
    PathExpr path = PathExpr.compile("$.a[?(@.k == 1)]");
    // WHEN
    JsonNode selected = path.read(ITEMS);
    // THEN
    assertThat(selected.toString()).isEqualTo("[{\"k\":1}]");
  }
}
