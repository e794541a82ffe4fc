package io.statecraft.compiler.internal.jsonata;

import static io.statecraft.compiler.internal.jsonata.Fixture.bindings;
import static io.statecraft.compiler.internal.jsonata.Fixture.evaluate;
import static io.statecraft.compiler.internal.jsonata.Fixture.json;
import static io.statecraft.compiler.internal.jsonata.Fixture.tailOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.DoubleNode;

/**
 * The functions Step Functions adds to JSONata, and the built-ins that read the execution's clock
 * and random source, as AWS documents and records them.
 */
class JsonataFunctionsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # expression                                        | its value as AWS gives it; blank for undefined
      # $partition: chunks, the last one shorter; the size truncated toward zero
      $partition([1,2,3,4,5], 2)                          | [[1,2],[3,4],[5]]
      $partition([0, 1, 2], 1)                            | [[0],[1],[2]]
      $partition([0], 2)                                  | [[0]]
      $partition([0, 1, 2], 3)                            | [[0,1,2]]
      $partition([0, 1, 2], 5)                            | [[0,1,2]]
      $partition([1,2,3])                                 | [[1,2,3]]
      $partition([1,2,3,4,5], 2.9)                        | [[1,2],[3,4],[5]]
      $partition([1,2,3,4], -0.5)                         |
      $partition([], 2)                                   |
      $partition([1,2,3], 0)                              |
      # $range: the end included when the step lands on it, arguments truncated toward zero
      $range(0, 10, 3)                                    | [0,3,6,9]
      $range(0, 9, 3)                                     | [0,3,6,9]
      $range(1, 9, 2)                                     | [1,3,5,7,9]
      $range(10, 0, -2)                                   | [10,8,6,4,2,0]
      $range(1, 9, 9)                                     | 1
      $range(3, 3, 1)                                     | 3
      $range(-1.7, 2, 1)                                  | [-1,0,1,2]
      $range(5, 1, -1.5)                                  | [5,4,3,2,1]
      $range(1, 5)                                        |
      $range(1, 5, 0)                                     |
      $range(5, 1, 1)                                     |
      $count($range(-9223372036854775807, 9223372036854775807, 9223372036854775807)) | 3
      $count($range(1, 200000, 1))                        | 200000
      # $hash: the lowercase hex digest
      $hash('input', 'SHA-1')                             | "140f86aae51ab9e1cda9b4254fe98a74eb54c1a1"
      $hash('Hello', 'MD5')                               | "8b1a9953c4611296a827abf8c47804d7"
      $hash('Hello', 'SHA-256')                           | "185f8db32271fe25f561a6fc938b2e264306ec304eda518007d1764826381969"
      $length($hash('Hello', 'SHA-384'))                  | 96
      $length($hash('Hello', 'SHA-512'))                  | 128
      $hash('Hello')                                      |
      # $uuid, $now, $millis and $shuffle
      $uuid() = $uuid()                                   | false
      $now()                                              | "2026-11-24T12:00:00.000Z"
      $now('[Y0001]-[M01]')                               | "2026-11"
      $millis() = $millis()                               | true
      $sort($shuffle([3,1,2]))                            | [1,2,3]
      # $parse: JSON text as AWS recorded it; null is a value
      $parse('-0')                                        | 0
      $parse('1.1')                                       | 1.1
      $parse('true')                                      | true
      $parse('"HelloWorld"')                              | "HelloWorld"
      $parse('[1, 2, "HelloWorld"]')                      | [1,2,"HelloWorld"]
      $parse('{"Arg1": 1, "Arg2": []}')                   | {"Arg1": 1, "Arg2": []}
      $exists($parse('null'))                             | true
      $parse()                                            |
      # functions passed as values
      $map(['{"a":1}', '{"a":2}'], $parse).a              | [1,2]
      $map([1, 2], $random)[0] < 1                        | true
      # $string: numbers as JavaScript writes them, to fifteen digits
      $string(1e20)                                       | "100000000000000000000"
      $string(1e21)                                       | "1e+21"
      $string(1e-7)                                       | "1e-7"
      $string(0.000001)                                   | "0.000001"
      $string(0.1 + 0.2)                                  | "0.3"
      $string(-1.5)                                       | "-1.5"
      $string({'n': 1e20, 'a': [1, 'x', null, true]})     | "{\\"n\\":100000000000000000000,\\"a\\":[1,\\"x\\",null,true]}"
      $string(function(){1})                              | ""
      # the built-ins of JSONata are there
      $uppercase('a') & $substring('hello', 1, 3) & $join(['x','y'], '-') | "Aellx-y"
      $sum([1,2.5]) + $max([4,2]) + $count([1,2,3])       | 10.5
      $formatNumber(1234.5678, '#,##0.00')                | "1,234.57"
      $formatNumber(0.123, '#0.0%')                       | "12.3%"
      $fromMillis(0)                                      | "1970-01-01T00:00:00.000Z"
      $toMillis('1970-01-01T00:00:01.000Z')               | 1000
      $number('0x10') + $number('1.5')                    | 17.5
      $sort([3, 1.5, 2])                                  | [1.5, 2, 3]
      $encodeUrlComponent('a b')                          | "a%20b"
      """)
  void evaluatesAsAwsDoes(String expression, String value) {
    assertThat(evaluate(expression)).isEqualTo(value == null ? null : json(value));
  }

  @Test
  void partitionRefusesANegativeSize() {
    assertThat(tailOf("$partition([1,2,3], -1)")).isEqualTo("threw an error during evaluation."
        + " D3137: Second argument must be zero or greater");
  }

  @Test
  void hashTakesOnlyTheAlgorithmNamesAwsDocumentsSpelledAsDocumented() {
    assertThat(tailOf("$hash('Hello', 'md5')")).startsWith("threw an error during evaluation."
        + " D3137: ");
    assertThat(tailOf("$hash('a', 5)")).startsWith("threw an error during evaluation. T0410:");
  }

  @Test
  void randomWithASeedIsJavasRandomDrawFromThatSeed() {
    assertThat(evaluate("$random(42)")).isEqualTo(DoubleNode.valueOf(0.7275636800328681));
    assertThat(evaluate("$random(7)")).isEqualTo(DoubleNode.valueOf(new Random(7).nextDouble()));
    assertThat(evaluate("$random(0.9)")).isEqualTo(evaluate("$random(0)"));
  }

  @Test
  void randomWithoutASeedDrawsFromTheBindings() {
    double drawn = bindings().random(new SplittableRandom(3)).eval("$random()").doubleValue();
    assertThat(drawn).isEqualTo(new SplittableRandom(3).nextDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void uuidIsAVersion4UuidDrawnFromTheBindings() {
    String first = bindings().random(new SplittableRandom(3)).eval("$uuid()").stringValue();
    String again = bindings().random(new SplittableRandom(3)).eval("$uuid()").stringValue();
    assertThat(first).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
        .isEqualTo(again);
  }

  @Test
  void parseKeepsKeyOrder() {
    assertThat(evaluate("$parse('{\"b\":1,\"a\":2}')").toString()).isEqualTo("{\"b\":1,\"a\":2}");
  }

  @Test
  void parseRefusesTextThatIsNotOneJsonDocument() {
    for (String text : new String[] {"'not json'", "''", "'{\"a\":1}{\"b\":2}'",
        "'{\"a\":1,\"a\":2}'"}) {
      assertThat(tailOf("$parse(" + text + ")")).as(text)
          .startsWith("threw an error during evaluation. D3137: Invalid JSON");
    }
  }

  @Test
  void millisReadsTheBindingsClock() {
    assertThat(evaluate("$millis()")).isEqualTo(json(String.valueOf(Fixture.NOW.toEpochMilli())));
  }

  @Test
  void shuffleDrawsFromTheBindings() {
    String first = bindings().random(new SplittableRandom(5)).eval("$shuffle([1,2,3,4,5,6])")
        .toString();
    String again = bindings().random(new SplittableRandom(5)).eval("$shuffle([1,2,3,4,5,6])")
        .toString();
    assertThat(first).isEqualTo(again);
  }

  @Test
  void evalIsNotAFunctionAsOnAws() {
    assertThat(tailOf("$eval('1 + 1')")).isEqualTo("threw an error during evaluation. T1006:"
        + " Attempted to invoke a non-function");
  }

  @Test
  void surplusArgumentsFailTheSignature() {
    for (String expression : new String[] {"$parse('{}', 'x')", "$partition([1,2,3], 2, 'x')",
        "$range(1, 5, 1, 'x')", "$hash('a', 'MD5', 'x')", "$uuid('seed')", "$random(1, 2)"}) {
      assertThat(tailOf(expression)).as(expression)
          .startsWith("threw an error during evaluation. T0410: Argument");
    }
  }

  @Test
  void stringWritesObjectsPrettyWhenAsked() {
    assertThat(evaluate("$string({'a': [1, {}], 'f': function(){1}}, true)").stringValue())
        .isEqualTo("{\n  \"a\": [\n    1,\n    {}\n  ],\n  \"f\": \"\"\n}");
  }

  @Test
  void sortWithAFunctionKeepsTheOrderOfElementsItDoesNotSwap() {
    Fixture bindings = bindings().input("{\"p\": [{\"k\": 1, \"v\": 2}, {\"k\": 2, \"v\": 1},"
        + " {\"k\": 3, \"v\": 2}, {\"k\": 4, \"v\": 1}]}");
    assertThat(bindings.eval("$sort($states.input.p, function($a, $b){ $a.v > $b.v }).k"))
        .isEqualTo(json("[2, 4, 1, 3]"));
    // A comparator that never answers "equal" used to break the library's sort on longer arrays.
    assertThat(evaluate("$count($sort([1..2000].($ % 7), function($a, $b){ $a > $b }))"))
        .isEqualTo(json("2000"));
  }

  @Test
  void transformAndCloneKeepJsonNulls() {
    Fixture bindings = bindings().input("{\"a\": 1, \"b\": null, \"c\": [null, 1]}");
    assertThat(bindings.eval("$states.input ~> |$|{'x': 2}, ['a']|"))
        .isEqualTo(json("{\"b\": null, \"c\": [null, 1], \"x\": 2}"));
    assertThat(bindings.eval("$clone($states.input)"))
        .isEqualTo(json("{\"a\": 1, \"b\": null, \"c\": [null, 1]}"));
    assertThat(bindings.eval("($t := $states.input ~> |$|{}|; $exists($t.b))"))
        .isEqualTo(json("true"));
  }
}
