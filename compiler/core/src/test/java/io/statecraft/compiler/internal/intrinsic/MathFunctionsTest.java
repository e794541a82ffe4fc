package io.statecraft.compiler.internal.intrinsic;

import static io.statecraft.compiler.internal.intrinsic.Failures.assertFailsGiven;
import static io.statecraft.compiler.internal.intrinsic.Json.eval;
import static io.statecraft.compiler.internal.intrinsic.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** States.MathAdd and States.MathRandom. */
class MathFunctionsTest {

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource(delimiter = '|', textBlock = """
      111         | -1          | 110
      1.5         | 1.51        | 4
      -1.49       | -1.5        | -2
      -1.5        | -1.51       | -3
      1.49        | 0           | 1
      1.49        | -1.49       | 0
      1.51        | 0           | 2
      -1.49       | 0           | -1
      -1.51       | 0           | -2
      2.5         | 0           | 3
      3.5         | 0           | 4
      -0.5        | 0.5         | 1
      -0.5        | 0           | 0
      -1.5        | 0           | -1
      -3.5        | 0           | -3
      2147483646  | 1           | 2147483647
      -2147483647 | -1          | -2147483648
      """)
  void mathAddRoundsHalvesUpwardsThenAdds(String first, String second, String sum) {
    assertThat(eval("States.MathAdd($.a, $.b)", Map.of("$.a", first, "$.b", second)))
        .isEqualTo(json(sum));
  }

  @Test
  void mathRandomDrawsFromStartIncludedToEndExcluded() {
    Set<Integer> seen = new HashSet<>();
    SplittableRandom random = new SplittableRandom(1);
    IntrinsicExpression dice = IntrinsicFunctions.parse("States.MathRandom(1, 7)");
    for (int i = 0; i < 600; i++) {
      JsonNode value = dice.evaluate(Json.noPaths(), random);
      assertThat(value.isInt()).isTrue();
      seen.add(value.intValue());
    }
    assertThat(seen).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
  }

  @Test
  void mathRandomTruncatesItsBounds() {
    IntrinsicExpression narrow = IntrinsicFunctions.parse("States.MathRandom(1.6, 2.9)");
    assertThat(narrow.evaluate(Json.noPaths(), new SplittableRandom(3))).isEqualTo(json("1"));
    JsonNode wide = eval("States.MathRandom($.s, $.e)",
        Map.of("$.s", "2147483640", "$.e", "2147483647"));
    assertThat(wide.intValue()).isBetween(2147483640, 2147483646);
  }

  @Test
  void mathRandomWithASeedGivesTheSameNumberEveryTime() {
    IntrinsicExpression seeded = IntrinsicFunctions.parse("States.MathRandom(1, 1000, 42)");
    JsonNode first = seeded.evaluate(Json.noPaths(), new SplittableRandom(1));
    assertThat(seeded.evaluate(Json.noPaths(), new SplittableRandom(2))).isEqualTo(first);
    assertThat(eval("States.MathRandom(1, 1000, 42)")).isEqualTo(first);
    assertThat(first.intValue()).isBetween(1, 999);
  }

  @Test
  void mathRandomWithoutASeedFollowsTheInjectedGenerator() {
    IntrinsicExpression random = IntrinsicFunctions.parse("States.MathRandom(0, 1000000)");
    assertThat(random.evaluate(Json.noPaths(), new SplittableRandom(9)))
        .isEqualTo(random.evaluate(Json.noPaths(), new SplittableRandom(9)));
  }

  @ParameterizedTest(name = "{0} given {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      # expression                     | its paths' values      | why it fails
      States.MathAdd(2147483647, 1)    |                        | the sum 2147483648 is outside the int range -2147483648 to 2147483647
      States.MathAdd(-2147483648, -1)  |                        | the sum -2147483649 is outside the int range -2147483648 to 2147483647
      States.MathAdd($.a, 1)           | {"$.a": 3000000000}    | the first argument must be within the int range -2147483648 to 2147483647, was the number 3000000000
      States.MathAdd(1, $.b)           | {"$.b": -2147483648.6} | the second argument must be within the int range -2147483648 to 2147483647, was the number -2.1474836486E9
      States.MathAdd(1, 1e309)         |                        | the second argument must be within the int range -2147483648 to 2147483647, was the number 1E+309
      States.MathAdd($.a, 1)           | {"$.a": "NOT A NUMBER"} | the first argument must be a number, was the string 'NOT A NUMBER'
      States.MathAdd(1, $.b)           | {"$.b": false}         | the second argument must be a number, was the boolean false
      States.MathRandom(1, 1)          |                        | the start (1) must be less than the end (1) once their fractions are dropped
      States.MathRandom(10, 5)         |                        | the start (10) must be less than the end (5) once their fractions are dropped
      States.MathRandom(1.4, 1.6)      |                        | the start (1) must be less than the end (1) once their fractions are dropped
      States.MathRandom($.s, 10)       | {"$.s": "a"}           | the first argument must be a number, was the string 'a'
      States.MathRandom(1, $.e)        | {"$.e": null}          | the second argument must be a number, was null
      States.MathRandom(1, 10, $.seed) | {"$.seed": "seed"}     | the third argument must be a number, was the string 'seed'
      """)
  void failsAsAwsFailsIt(String expression, String paths, String reason) {
    assertFailsGiven(expression, paths, reason);
  }
}
