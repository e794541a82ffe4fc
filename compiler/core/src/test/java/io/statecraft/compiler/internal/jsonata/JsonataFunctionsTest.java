package io.statecraft.compiler.internal.jsonata;

import static io.statecraft.compiler.internal.jsonata.Fixture.bindings;
import static io.statecraft.compiler.internal.jsonata.Fixture.evaluate;
import static io.statecraft.compiler.internal.jsonata.Fixture.json;
import static io.statecraft.compiler.internal.jsonata.Fixture.tailOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.DoubleNode;

/**
 * The functions Step Functions adds to JSONata, and the built-ins that read the execution's clock
 * and random source, as AWS documents and records them.
 */
class JsonataFunctionsTest {

  @Test
  void partitionSplitsIntoChunksTheLastOneShorter() {
    assertThat(evaluate("$partition([1,2,3,4,5], 2)")).isEqualTo(json("[[1,2],[3,4],[5]]"));
    assertThat(evaluate("$partition([0, 1, 2], 1)")).isEqualTo(json("[[0],[1],[2]]"));
  }

  @Test
  void partitionGivesOneChunkWhenTheSizeReachesTheLength() {
    assertThat(evaluate("$partition([0], 2)")).isEqualTo(json("[[0]]"));
    assertThat(evaluate("$partition([0, 1, 2], 3)")).isEqualTo(json("[[0,1,2]]"));
    assertThat(evaluate("$partition([0, 1, 2], 5)")).isEqualTo(json("[[0,1,2]]"));
    assertThat(evaluate("$partition([1,2,3])")).isEqualTo(json("[[1,2,3]]"));
  }

  @Test
  void partitionTruncatesTheSizeTowardZero() {
    assertThat(evaluate("$partition([1,2,3,4,5], 2.9)")).isEqualTo(json("[[1,2],[3,4],[5]]"));
    assertThat(evaluate("$partition([1,2,3,4], -0.5)")).isNull();
  }

  @Test
  void partitionIsUndefinedForAnEmptyArrayOrASizeOfZero() {
    assertThat(evaluate("$partition([], 2)")).isNull();
    assertThat(evaluate("$partition([1,2,3], 0)")).isNull();
  }

  @Test
  void partitionRefusesANegativeSize() {
    assertThat(tailOf("$partition([1,2,3], -1)")).isEqualTo("threw an error during evaluation."
        + " D3137: Second argument must be zero or greater");
  }

  @Test
  void rangeIncludesTheEndWhenTheStepLandsOnIt() {
    assertThat(evaluate("$range(0, 10, 3)")).isEqualTo(json("[0,3,6,9]"));
    assertThat(evaluate("$range(0, 9, 3)")).isEqualTo(json("[0,3,6,9]"));
    assertThat(evaluate("$range(1, 9, 2)")).isEqualTo(json("[1,3,5,7,9]"));
    assertThat(evaluate("$range(10, 0, -2)")).isEqualTo(json("[10,8,6,4,2,0]"));
  }

  @Test
  void rangeOfOneElementIsThatElement() {
    assertThat(evaluate("$range(1, 9, 9)")).isEqualTo(json("1"));
    assertThat(evaluate("$range(3, 3, 1)")).isEqualTo(json("3"));
  }

  @Test
  void rangeTruncatesItsArgumentsTowardZero() {
    assertThat(evaluate("$range(-1.7, 2, 1)")).isEqualTo(json("[-1,0,1,2]"));
    assertThat(evaluate("$range(5, 1, -1.5)")).isEqualTo(json("[5,4,3,2,1]"));
  }

  @Test
  void rangeIsUndefinedWithoutAStepThatLeadsToTheEnd() {
    assertThat(evaluate("$range(1, 5)")).isNull();
    assertThat(evaluate("$range(1, 5, 0)")).isNull();
    assertThat(evaluate("$range(5, 1, 1)")).isNull();
  }

  @Test
  void rangeEndsForAStepAtTheEdgeOfTheIntegerRange() {
    assertThat(evaluate("$count($range(-9223372036854775807, 9223372036854775807,"
        + " 9223372036854775807))")).isEqualTo(json("3"));
  }

  @Test
  void rangeHasNoThousandElementCap() {
    assertThat(evaluate("$count($range(1, 200000, 1))")).isEqualTo(json("200000"));
  }

  @Test
  void hashGivesTheLowercaseHexDigest() {
    assertThat(evaluate("$hash('input', 'SHA-1')"))
        .isEqualTo(json("\"140f86aae51ab9e1cda9b4254fe98a74eb54c1a1\""));
    assertThat(evaluate("$hash('Hello', 'MD5')"))
        .isEqualTo(json("\"8b1a9953c4611296a827abf8c47804d7\""));
    assertThat(evaluate("$hash('Hello', 'SHA-256')")).isEqualTo(json(
        "\"185f8db32271fe25f561a6fc938b2e264306ec304eda518007d1764826381969\""));
    assertThat(evaluate("$length($hash('Hello', 'SHA-384'))")).isEqualTo(json("96"));
    assertThat(evaluate("$length($hash('Hello', 'SHA-512'))")).isEqualTo(json("128"));
  }

  @Test
  void hashTakesOnlyTheAlgorithmNamesAwsDocumentsSpelledAsDocumented() {
    assertThat(tailOf("$hash('Hello', 'md5')")).startsWith("threw an error during evaluation."
        + " D3137: ");
    assertThat(evaluate("$hash('Hello')")).isNull();
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
    assertThat(evaluate("$uuid() = $uuid()")).isEqualTo(json("false"));
  }

  @Test
  void parseReadsJsonTextAsAwsRecordedIt() {
    assertThat(evaluate("$parse('-0')")).isEqualTo(json("0"));
    assertThat(evaluate("$parse('1.1')")).isEqualTo(json("1.1"));
    assertThat(evaluate("$parse('true')")).isEqualTo(json("true"));
    assertThat(evaluate("$parse('\"HelloWorld\"')")).isEqualTo(json("\"HelloWorld\""));
    assertThat(evaluate("$parse('[1, 2, \"HelloWorld\"]')")).isEqualTo(json("[1,2,\"HelloWorld\"]"));
    assertThat(evaluate("$parse('{\"Arg1\": 1, \"Arg2\": []}')"))
        .isEqualTo(json("{\"Arg1\": 1, \"Arg2\": []}"));
  }

  @Test
  void parseKeepsNullAValueAndKeyOrder() {
    assertThat(evaluate("$exists($parse('null'))")).isEqualTo(json("true"));
    assertThat(evaluate("$parse('{\"b\":1,\"a\":2}')").toString()).isEqualTo("{\"b\":1,\"a\":2}");
    assertThat(evaluate("$parse()")).isNull();
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
  void nowAndMillisReadTheBindingsClockOncePerEvaluation() {
    assertThat(evaluate("$now()")).isEqualTo(json("\"2026-11-24T12:00:00.000Z\""));
    assertThat(evaluate("$millis()")).isEqualTo(json(String.valueOf(Fixture.NOW.toEpochMilli())));
    assertThat(evaluate("$now('[Y0001]-[M01]')")).isEqualTo(json("\"2026-11\""));
    assertThat(evaluate("$millis() = $millis()")).isEqualTo(json("true"));
  }

  @Test
  void shuffleDrawsFromTheBindings() {
    String first = bindings().random(new SplittableRandom(5)).eval("$shuffle([1,2,3,4,5,6])")
        .toString();
    String again = bindings().random(new SplittableRandom(5)).eval("$shuffle([1,2,3,4,5,6])")
        .toString();
    assertThat(first).isEqualTo(again);
    assertThat(evaluate("$sort($shuffle([3,1,2]))")).isEqualTo(json("[1,2,3]"));
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
  void functionsCanBePassedAsValues() {
    assertThat(evaluate("$map(['{\"a\":1}', '{\"a\":2}'], $parse).a")).isEqualTo(json("[1,2]"));
    assertThat(evaluate("$map([1, 2], $random)[0] < 1")).isEqualTo(json("true"));
  }

  @Test
  void stringWritesNumbersAsJavaScriptDoesToFifteenDigits() {
    assertThat(evaluate("$string(1e20)")).isEqualTo(json("\"100000000000000000000\""));
    assertThat(evaluate("$string(1e21)")).isEqualTo(json("\"1e+21\""));
    assertThat(evaluate("$string(1e-7)")).isEqualTo(json("\"1e-7\""));
    assertThat(evaluate("$string(0.000001)")).isEqualTo(json("\"0.000001\""));
    assertThat(evaluate("$string(0.1 + 0.2)")).isEqualTo(json("\"0.3\""));
    assertThat(evaluate("$string(-1.5)")).isEqualTo(json("\"-1.5\""));
    assertThat(evaluate("$string({'n': 1e20, 'a': [1, 'x', null, true]})"))
        .isEqualTo(json("\"{\\\"n\\\":100000000000000000000,\\\"a\\\":[1,\\\"x\\\",null,true]}\""));
    assertThat(evaluate("$string({'a': [1, {}], 'f': function(){1}}, true)").stringValue())
        .isEqualTo("{\n  \"a\": [\n    1,\n    {}\n  ],\n  \"f\": \"\"\n}");
    assertThat(evaluate("$string(function(){1})")).isEqualTo(json("\"\""));
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

  @Test
  void theBuiltInsOfJsonataAreThere() {
    assertThat(evaluate("$uppercase('a') & $substring('hello', 1, 3) & $join(['x','y'], '-')"))
        .isEqualTo(json("\"Aell x-y\"".replace(" ", "")));
    assertThat(evaluate("$sum([1,2.5]) + $max([4,2]) + $count([1,2,3])")).isEqualTo(json("10.5"));
    assertThat(evaluate("$formatNumber(1234.5678, '#,##0.00')")).isEqualTo(json("\"1,234.57\""));
    assertThat(evaluate("$formatNumber(0.123, '#0.0%')")).isEqualTo(json("\"12.3%\""));
    assertThat(evaluate("$fromMillis(0)")).isEqualTo(json("\"1970-01-01T00:00:00.000Z\""));
    assertThat(evaluate("$toMillis('1970-01-01T00:00:01.000Z')")).isEqualTo(json("1000"));
    assertThat(evaluate("$number('0x10') + $number('1.5')")).isEqualTo(json("17.5"));
    assertThat(evaluate("$sort([3, 1.5, 2])")).isEqualTo(json("[1.5, 2, 3]"));
    assertThat(evaluate("$encodeUrlComponent('a b')")).isEqualTo(json("\"a%20b\""));
  }
}
