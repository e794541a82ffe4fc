package io.statecraft.compiler.internal.intrinsic;

import static io.statecraft.compiler.internal.intrinsic.Failures.assertFailsGiven;
import static io.statecraft.compiler.internal.intrinsic.Json.eval;
import static io.statecraft.compiler.internal.intrinsic.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** States.Array, ArrayPartition, ArrayContains, ArrayRange, ArrayGetItem, ArrayLength, ArrayUnique. */
class ArrayFunctionsTest {

  @Test
  void arrayHoldsItsArgumentsInOrder() {
    assertThat(eval("States.Array($.id, 'x', States.Array(1, 2), $.obj)",
        Map.of("$.id", "123456", "$.obj", "{\"k\": [null]}")))
        .isEqualTo(json("[123456, \"x\", [1, 2], {\"k\": [null]}]"));
  }

  @ParameterizedTest(name = "{0} in chunks of {1}")
  @CsvSource(delimiter = '|', textBlock = """
      [1, 2, 3, 4, 5, 6, 7, 8, 9] | 4          | [[1, 2, 3, 4], [5, 6, 7, 8], [9]]
      [1, 2, 3, 4]                | 2          | [[1, 2], [3, 4]]
      [1, 2, 3]                   | 10         | [[1, 2, 3]]
      []                          | 3          | []
      [1, 2, 3, 4, 5]             | 2.6        | [[1, 2], [3, 4], [5]]
      [[1], {"a": 2}, 3]          | 2          | [[[1], {"a": 2}], [3]]
      [1, 2, 3]                   | 2147483647 | [[1, 2, 3]]
      """)
  void arrayPartitionCutsIntoChunksOfTheTruncatedSize(String array, String size, String chunks) {
    assertThat(eval("States.ArrayPartition($.a, $.n)", Map.of("$.a", array, "$.n", size)))
        .isEqualTo(json(chunks));
  }

  @ParameterizedTest(name = "{1} in {0}: {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      [1, 2, 3]                        | 2                  | true
      [1, 2, 3]                        | 5                  | false
      [1, null, 3]                     | null               | true
      [[1, 2, 3], 2]                   | null               | false
      []                               | []                 | false
      [{"1": 2, "2": []}]              | []                 | false
      [{"1": 2, "2": []}]              | {"1": 2, "2": []}  | true
      [{"a": 1, "b": 2}]               | {"b": 2, "a": 1}   | false
      [{"a": 1}]                       | {"a": 1, "x": null} | false
      [true, false]                    | true               | true
      ["true", "false"]                | true               | true
      ["9007199254740991"]             | 9007199254740991   | true
      [0, 1, -1, -1.5]                 | false              | false
      [[0, 1, false]]                  | [0, 1, false]      | true
      """)
  void arrayContainsComparesValuesAsAwsRendersThem(String array, String value, boolean found) {
    assertThat(eval("States.ArrayContains($.a, $.v)", Map.of("$.a", array, "$.v", value)))
        .isEqualTo(json(String.valueOf(found)));
  }

  @ParameterizedTest(name = "ArrayRange({0}, {1}, {2})")
  @CsvSource(delimiter = '|', textBlock = """
      1    | 9    | 2    | [1, 3, 5, 7, 9]
      0    | 10   | 3    | [0, 3, 6, 9]
      1    | 9    | 9    | [1]
      -2   | 2    | 2    | [-2, 0, 2]
      3    | 3    | 1    | [3]
      3    | 3    | -1   | [3]
      5    | 1    | -2   | [5, 3, 1]
      5    | 1    | 1    | []
      1    | 5    | -1   | []
      1.4  | 5.6  | 2.2  | [1, 3, 5]
      1.6  | 1.4  | 1    | [1]
      5.4  | -0.6 | -2.4 | [5, 3, 1]
      """)
  void arrayRangeCountsFromStartToEndByTruncatedSteps(String start, String end, String step,
      String range) {
    assertThat(eval("States.ArrayRange($.s, $.e, $.t)", Map.of("$.s", start, "$.e", end, "$.t", step)))
        .isEqualTo(json(range));
  }

  @Test
  void arrayRangeMakesAtMostOneThousandElements() {
    JsonNode longest = eval("States.ArrayRange(1, 1000, 1)");
    assertThat(longest.size()).isEqualTo(1000);
    assertThat(longest.get(999).intValue()).isEqualTo(1000);
    assertThat(eval("States.ArrayRange(1000, 1, -1)").size()).isEqualTo(1000);
  }

  @Test
  void arrayGetItemPicksTheElementAtTheTruncatedIndex() {
    Map<String, String> input = Map.of("$.a", "[1, 2, 3, 4, 5, 6, 7, 8, 9]", "$.i", "5");
    assertThat(eval("States.ArrayGetItem($.a, $.i)", input)).isEqualTo(json("6"));
    assertThat(eval("States.ArrayGetItem($.a, 1.7)", input)).isEqualTo(json("2"));
    assertThat(eval("States.ArrayGetItem(States.Array($.o, $.o), 0)", Map.of("$.o", "{\"k\": 1}")))
        .isEqualTo(json("{\"k\": 1}"));
  }

  @Test
  void arrayGetItemGivesNullForAnEmptyArrayAsAwsDoes() {
    assertThat(eval("States.ArrayGetItem($.a, 999)", Map.of("$.a", "[]"))).isEqualTo(json("null"));
  }

  @Test
  void arrayLengthCountsTopLevelElements() {
    assertThat(eval("States.ArrayLength($.a)", Map.of("$.a",
        "[null, null, true, 1, 1.1, \"x\", [], [null], {\"a\": 1}, {\"a\": 1}]")))
        .isEqualTo(json("10"));
    assertThat(eval("States.ArrayLength(States.Array())")).isEqualTo(json("0"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      [1, 2, 3, 3, 3, 3, 3, 3, 4]             | [1, 2, 3, 4]
      [1, 2, 1, 3, 2, 4]                      | [1, 2, 3, 4]
      ["a", "b", "a", "c", "b"]               | ["a", "b", "c"]
      [null, null, 1, null]                   | [null, 1]
      [true, false, true, false]              | [false, true]
      [[1, 2], [1, 2], [2, 1]]                | [[2, 1], [1, 2]]
      [{"a": 1, "b": 2}, {"b": 2, "a": 1}]    | [{"a": 1, "b": 2}]
      [{"n": {"x": 1}}, {"n": {"x": 1}}]      | [{"n": {"x": 1}}]
      [1, "1", 1.0]                           | [1.0, 1, "1"]
      []                                      | []
      """)
  void arrayUniqueDropsRepeatsInTheOrderAwsGives(String array, String unique) {
    assertThat(eval("States.ArrayUnique($.a)", Map.of("$.a", array))).isEqualTo(json(unique));
  }

  @ParameterizedTest(name = "{0} given {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      # expression                        | its paths' values                        | why it fails
      States.ArrayPartition($.a, 2)       | {"$.a": "abc"}                           | the first argument must be an array, was the string 'abc'
      States.ArrayPartition($.a, $.n)     | {"$.a": [1], "$.n": "2"}                 | the second argument must be a number, was the string '2'
      States.ArrayPartition($.a, $.n)     | {"$.a": [1], "$.n": null}                | the second argument must be a number, was null
      States.ArrayPartition($.a, $.n)     | {"$.a": [1], "$.n": 0}                   | the chunk size must be >= 1 once its fraction is dropped, was the number 0
      States.ArrayPartition($.a, $.n)     | {"$.a": [1], "$.n": 0.9}                 | the chunk size must be >= 1 once its fraction is dropped, was the number 0.9
      States.ArrayPartition($.a, $.n)     | {"$.a": [1], "$.n": -0.4}                | the chunk size must be >= 1 once its fraction is dropped, was the number -0.4
      States.ArrayPartition($.a, $.n)     | {"$.a": [1], "$.n": -1}                  | the chunk size must be >= 1 once its fraction is dropped, was the number -1
      States.ArrayContains($.a, 'x')      | {"$.a": {"x": 1}}                        | the first argument must be an array, was an object {x=1}
      States.ArrayRange(1, 1001, 1)       |                                          | the range would have 1001 elements, more than the 1000 AWS allows
      States.ArrayRange($.s, $.e, 1)      | {"$.s": -2147483648, "$.e": 2147483647}  | the range would have 4294967296 elements, more than the 1000 AWS allows
      States.ArrayRange(1, 10, $.t)       | {"$.t": 0.49}                            | the step (third argument) must not be 0 once its fraction is dropped, was the number 0.49
      States.ArrayRange($.s, 5, 1)        | {"$.s": "a"}                             | the first argument must be a number, was the string 'a'
      States.ArrayRange(1, $.e, 1)        | {"$.e": [5]}                             | the second argument must be a number, was an array [5]
      States.ArrayRange(1, 5, $.t)        | {"$.t": true}                            | the third argument must be a number, was the boolean true
      States.ArrayGetItem($.a, 3)         | {"$.a": [10, 20, 30]}                    | the index 3 is outside the array, whose indexes go from 0 to 2
      States.ArrayGetItem($.a, -1)        | {"$.a": [10, 20, 30]}                    | the index -1 is outside the array, whose indexes go from 0 to 2
      States.ArrayGetItem('not-array', 0) |                                          | the first argument must be an array, was the string 'not-array'
      States.ArrayGetItem($.a, '1')       | {"$.a": [1, 2]}                          | the second argument must be a number, was the string '1'
      States.ArrayLength($.o)             | {"$.o": {"k": 1}}                        | the first argument must be an array, was an object {k=1}
      States.ArrayUnique($.a)             | {"$.a": "abc"}                           | the first argument must be an array, was the string 'abc'
      """)
  void failsAsAwsFailsIt(String expression, String paths, String reason) {
    assertFailsGiven(expression, paths, reason);
  }

  @Test
  void leavesTheInputUntouched() {
    JsonNode input = json("{\"a\": [3, 1, 3], \"b\": {\"k\": 1}}");
    JsonNode before = input.deepCopy();
    IntrinsicFunctions.parse("States.Array(States.ArrayPartition($.a, 1), States.ArrayUnique($.a),"
            + " States.JsonMerge($.b, $.b, false), States.ArrayGetItem($.a, 0))")
        .evaluate(path -> input.get(path.substring(2)));
    assertThat(input).isEqualTo(before);
  }
}
