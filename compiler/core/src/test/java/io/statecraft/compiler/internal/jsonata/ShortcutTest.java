package io.statecraft.compiler.internal.jsonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.asl.internal.JsonMappers;
import java.util.List;
import java.time.InstantSource;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Simple expressions evaluated without the library give exactly what the library gives. */
class ShortcutTest {

  private static final List<String> EXPRESSIONS = List.of("$i < 10000", "$i + 1", "$i - 2.5",
      "$i * $j", "$i / 4", "$i % 3", "$i <= $j", "$i > $j", "$i >= 1", "$i = $j", "$i != 3",
      "$s < 'm'", "$s = 'abc'", "$b and $i > 0", "$b or $s = 'x'", "$states.input.n + 1",
      "$states.input.deep.v * 2", "$obj.v", "$i", "$s", "$n", "$u + 1", "$u < 3", "$u = 1",
      "$s + 1", "$i < 'a'", "$list.v", "$states.input.list", "$obj", "$i / 0", "true and $b",
      "null = $n", "$states.context.Execution.Name", "1.0 + $f", "$f", "$big + 0", "$i - $j",
      "$j + 1", "$j * 2", "$i * 1.5");

  private static final List<Map<String, String>> VALUES = List.of(
      Map.of("i", "9999", "j", "3", "s", "\"abc\"", "b", "true", "n", "null", "f", "1.50",
          "obj", "{\"v\": 1.0}", "list", "[{\"v\": 1}, {\"v\": 2}]", "big", "9007199254740993"),
      Map.of("i", "-0.5", "j", "-0.5", "s", "\"x\"", "b", "false", "n", "0", "f", "2",
          "obj", "{\"v\": \"t\"}", "list", "[]", "big", "1e300"),
      Map.of("i", "\"7\"", "j", "true", "s", "3", "b", "1", "n", "null", "f", "0.0",
          "obj", "{}", "list", "{\"v\": 3}", "big", "-0"),
      // Ints whose sums, differences and products leave the int range, and products that pass
      // 2^53, where a double no longer holds every integer.
      Map.of("i", "2147483647", "j", "2147483647"),
      Map.of("i", "-2147483648", "j", "2147483647"),
      Map.of("i", "94906267", "j", "94906267"),
      Map.of("i", "94906265", "j", "94906265"),
      Map.of("i", "0", "j", "-5"));

  private static final String INPUT = """
      {"n": 41, "deep": {"v": 1.25}, "list": [1, 2.0]}""";

  @Test
  void simpleExpressionsHaveAShortcut() {
    assertThat(JsonataExpression.parse("{% $i < 10000 %}").hasShortcut()).isTrue();
    assertThat(JsonataExpression.parse("{% $i + 1 %}").hasShortcut()).isTrue();
    assertThat(JsonataExpression.parse("{% $states.input.a.b %}").hasShortcut()).isTrue();
    assertThat(JsonataExpression.parse("{% $sum($x) %}").hasShortcut()).isFalse();
    assertThat(JsonataExpression.parse("{% $x[0] %}").hasShortcut()).isFalse();
  }

  @Test
  void theShortcutAgreesWithTheLibraryOnEveryExpressionAndValue() {
    for (String text : EXPRESSIONS) {
      JsonataExpression expression = JsonataExpression.parse("{% " + text + " %}");
      for (Map<String, String> values : VALUES) {
        JsonataBindings bindings = bindings(values);
        String viaLibrary;
        try {
          viaLibrary = shown(expression.evaluateWithLibrary(bindings, FACTORY));
        } catch (JsonataEvaluationException e) {
          viaLibrary = "error " + e.tail();
        }
        String viaShortcut;
        try {
          viaShortcut = shown(expression.evaluate(bindings, FACTORY));
        } catch (JsonataEvaluationException e) {
          viaShortcut = "error " + e.tail();
        }
        assertThat(viaShortcut).as("%s with %s", text, values).isEqualTo(viaLibrary);
      }
    }
  }

  @Test
  void deeplyNestedOperatorsAreLeftToTheLibraryAndItsBounds() {
    String deep = "1" + " + 1".repeat(200);
    assertThatThrownBy(() -> JsonataExpression.parse("{% " + deep + " %}")
        .evaluate(bindings(Map.of()), FACTORY))
        .isInstanceOf(JsonataEvaluationException.class);
  }

  private static final JsonNodeFactory FACTORY = JsonNodeFactory.instance;

  /** The value and the kind of node holding it: 5 as an int and 5 as a long are told apart. */
  private static String shown(JsonNode value) {
    return value == null ? "undefined" : value.getClass().getSimpleName() + " " + value;
  }

  private static JsonataBindings bindings(Map<String, String> values) {
    return new TestBindings(JsonMappers.STANDARD.readTree(INPUT),
        JsonMappers.STANDARD.readTree("{\"Execution\": {\"Name\": \"run-1\"}}"), null, null,
        name -> values.containsKey(name) ? JsonMappers.STANDARD.readTree(values.get(name)) : null,
        new SplittableRandom(7), InstantSource.system());
  }
}
