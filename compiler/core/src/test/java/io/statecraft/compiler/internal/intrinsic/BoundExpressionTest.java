package io.statecraft.compiler.internal.intrinsic;

import static io.statecraft.compiler.internal.intrinsic.Json.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@link IntrinsicExpression#bind}: the bound form evaluates as the resolver form does. */
class BoundExpressionTest {

  /** Reads a field of the input object, named by the path after "$.". */
  private static BoundExpression<JsonNode, Void> bound(String text) {
    return IntrinsicFunctions.parse(text)
        .bind(path -> (input, scope) -> input.get(path.substring(2)));
  }

  @Test
  void givesWhatTheResolverFormGives() {
    JsonNode input = json("{\"i\": 41, \"name\": \"Arnav\", \"list\": [1, 2, 2]}");
    for (String text : List.of("States.MathAdd($.i, 1)", "States.Format('Hello, {}', $.name)",
        "States.ArrayLength(States.ArrayUnique($.list))",
        "States.Array($.i, States.Array($.name, 'x'), null)")) {
      assertThat(bound(text).evaluate(input, null, new Random(1)))
          .as(text)
          .isEqualTo(IntrinsicFunctions.parse(text)
              .evaluate(path -> input.get(path.substring(2)), new Random(1)));
    }
  }

  @Test
  void asksForOneReaderPerPathWrittenAndReadsThemLeftToRightInnermostFirst() {
    List<String> bound = new ArrayList<>();
    List<String> read = new ArrayList<>();
    BoundExpression<JsonNode, Void> expression = IntrinsicFunctions
        .parse("States.Array($.a, States.Array($.b, $.a), $.d)")
        .bind(path -> {
          bound.add(path);
          return (input, scope) -> {
            read.add(path);
            return json("0");
          };
        });
    assertThat(bound).containsExactly("$.a", "$.b", "$.a", "$.d");
    expression.evaluate(json("{}"), null, new Random());
    assertThat(read).containsExactly("$.a", "$.b", "$.a", "$.d");
  }

  @Test
  void failsAtEvaluationAsTheResolverFormDoes() {
    assertThatThrownBy(() -> bound("States.ArrayLength($.a, $.b)")
        .evaluate(json("{\"a\": [], \"b\": 1}"), null, new Random()))
        .isInstanceOfSatisfying(IntrinsicFailureException.class, e ->
            assertThat(e.reason()).isEqualTo("States.ArrayLength takes 1 argument, was given 2"));
    assertThatThrownBy(() -> bound("States.Formatt('x')").evaluate(json("{}"), null,
        new Random()))
        .isInstanceOfSatisfying(IntrinsicFailureException.class, e -> assertThat(e.reason())
            .isEqualTo("States.Formatt is not one of the intrinsic functions AWS defines"));
    assertThatThrownBy(() -> bound("States.Array($.missing)").evaluate(json("{}"), null,
        new Random()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the reader of $.missing returned Java null; it must return a JsonNode"
            + " (NullNode for JSON null) or throw");
  }

  @Test
  void refusesToBindAPathWithoutAReader() {
    assertThatThrownBy(() -> IntrinsicFunctions.parse("States.Array($.a)").bind(path -> null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no reader for the path $.a");
  }
}
