package io.statecraft.local.internal.expr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathExprTest {

  @Test
  void should_walk_fields_and_indexes_without_jsonpath() {
    assertThat(PathExpr.simpleSteps("$.order.items[12]._x9")).containsExactly("order", "items",
        12, "_x9");
  }

  @Test
  void should_read_a_path_of_500_steps_in_one_loop() {
    assertThat(PathExpr.simpleSteps("$" + ".a".repeat(500))).hasSize(500);
  }

  @ParameterizedTest
  @ValueSource(strings = {"$", "$.", "$.9a", "$['a']", "$.a[*]", "$.a[-1]", "$.a[1",
      "$.a[12345678901]", "$..a", "$.a-b"})
  void should_leave_any_other_path_to_jsonpath(String path) {
    assertThat(PathExpr.simpleSteps(path)).isNull();
  }
}
