package io.statecraft.compiler.internal.jsonpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AslPathTest {

  @ParameterizedTest
  @ValueSource(strings = {"$.ship[", "$.ship]", "$['a", "$.a[?(@.x == 'b]')", "$x["})
  void should_refuse_a_bracket_jayway_would_quietly_drop(String path) {
    assertThatThrownBy(() -> AslPath.parse(path)).isInstanceOf(PathSyntaxException.class);
  }

  @Test
  void should_take_a_path_as_long_as_json_nests_deep() {
    AslPath path = AslPath.parse("$" + ".a".repeat(AslPath.MAX_STEPS));
    assertThat(path.steps()).hasSize(AslPath.MAX_STEPS);
  }

  @ParameterizedTest
  @ValueSource(ints = {AslPath.MAX_STEPS + 1, 100_000})
  void should_refuse_a_path_of_more_steps_than_json_nests_without_exhausting_the_stack(
      int steps) {
    assertThatThrownBy(() -> AslPath.parse("$" + "[0]".repeat(steps)))
        .isInstanceOf(PathSyntaxException.class)
        .hasMessage("the path takes more than 500 steps (a step is a .name or a [...]); no JSON"
            + " value nests deeper than 500 levels");
  }

  @Test
  void should_name_the_unclosed_bracket() {
    assertThatThrownBy(() -> AslPath.parse("$.ship["))
        .hasMessage("the '[' at character 6 is never closed");
  }

  @Test
  void should_give_the_steps_of_a_reference_path_with_escapes_read_as_jayway_reads_them() {
    // GIVEN
    AslPath path = AslPath.parse("$.orders[0]['it\\'s'][\"b\"]");
    // THEN
    assertThat(path.isReference()).isTrue();
    assertThat(path.steps()).isEqualTo(List.of("orders", 0, "it's", "b"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"$.a[*]", "$..a", "$.a['b','c']", "$.a[0,1]", "$.a[0:2]",
      "$.a.length()", "$.a[?(@.x==1)]"})
  void should_not_take_for_a_reference_path_one_that_selects_several_values_or_computes(
      String path) {
    assertThat(AslPath.parse(path).isReference()).isFalse();
  }

  @Test
  void should_read_a_variable_and_the_path_into_its_value() {
    // GIVEN
    AslPath path = AslPath.parse("$order.items[0]");
    // THEN
    assertThat(path.root()).isEqualTo(AslPath.Root.VARIABLE);
    assertThat(path.variable()).isEqualTo("order");
    assertThat(path.query()).isEqualTo("$.items[0]");
  }

  @Test
  void should_read_a_context_path_from_the_context_objects_root() {
    AslPath path = AslPath.parse("$$.Execution.Id");

    assertThat(path.root()).isEqualTo(AslPath.Root.CONTEXT);
    assertThat(path.query()).isEqualTo("$.Execution.Id");
  }

  @Test
  void should_take_the_step_functions_forms_jayway_3_does_not() {
    assertThat(AslPath.parse("$.a[(@.length-1)]").query()).isEqualTo("$.a[-1]");
    assertThat(AslPath.parse("$.a[?(@.code==fr)]").query()).isEqualTo("$.a[?(@.code=='fr')]");
  }

  @Test
  void should_refuse_a_path_that_does_not_start_with_a_dollar() {
    assertThatThrownBy(() -> AslPath.parse("a.b")).hasMessage("a path starts with $");
  }
}
