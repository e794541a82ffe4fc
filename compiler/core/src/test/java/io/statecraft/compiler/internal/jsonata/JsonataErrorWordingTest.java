package io.statecraft.compiler.internal.jsonata;

import static io.statecraft.compiler.internal.jsonata.Fixture.bindings;
import static io.statecraft.compiler.internal.jsonata.Fixture.tailOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tails of failed evaluations: {@code threw an error during evaluation. <code>: <message>}
 * with jsonata-js's wording, which AWS reports, rather than the Java library's.
 */
class JsonataErrorWordingTest {

  private static final String THREW = "threw an error during evaluation. ";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      $eval('1')                  | T1006: Attempted to invoke a non-function
      $nope()                     | T1006: Attempted to invoke a non-function
      $abs('a')                   | T0410: Argument 1 of function "abs" does not match function signature
      $lookup(1)                  | T0410: Argument 2 of function "lookup" does not match function signature
      $number(null)               | T0410: Argument 1 of function "number" does not match function signature
      $length(null)               | T0410: Argument 1 of function "length" does not match function signature
      $replace('a', 'l', '1', null) | T0410: Argument 4 of function "replace" does not match function signature
      $count([], [])              | T0410: Argument 2 of function "count" does not match function signature
      $contains('23', 3)          | T0410: Argument 2 of function "contains" does not match function signature
      $string(1, 2)               | T0410: Argument 2 of function "string" does not match function signature
      $partition([1], 2, 'x')     | T0410: Argument 3 of function "partition" does not match function signature
      $sum(['a'])                 | T0412: Argument 1 of function "sum" must be an array of "numbers"
      $join(['a', 1])             | T0412: Argument 1 of function "join" must be an array of "strings"
      ['a'] ~> $average()         | T0412: Argument 1 of function "average" must be an array of "numbers"
      'a' + 1                     | T2001: The left side of the "+" operator must evaluate to a number
      1 * 'a'                     | T2002: The right side of the "*" operator must evaluate to a number
      'a' < 1                     | T2009: The values "a" and 1 either side of operator "<" must be of the same data type
      [1,2] < 3                   | T2010: The expressions either side of operator "<" must evaluate to numeric or string values
      -'a'                        | D1002: Cannot negate a non-numeric value: "a"
      1 ~> 2                      | T2006: The right side of the function application operator ~> must be a function
      {'a': 1, 'a': 2}            | D1009: Multiple key definitions evaluate to same key: "a"
      {1: 2}                      | T1003: Key in object structure must evaluate to a string; got: 1
      $number('abc')              | D3030: Unable to cast value to a number: "abc"
      $number('10e500')           | D3030: Unable to cast value to a number: "10e500"
      $sort([1, 'a'])             | D3070: The single argument form of the sort function can only be applied to an array of strings or an array of numbers.  Use the second argument to specify a comparison function
      $error('boom')              | D3137: boom
      $error()                    | D3137: $error() function evaluated
      $assert(false, 'no')        | D3141: no
      $single([1,2])              | D3138: The $single() function expected exactly 1 matching result.  Instead it matched more.
      $single([])                 | D3139: The $single() function expected exactly 1 matching result.  Instead it matched 0.
      $toMillis('x')              | D3110: The argument of the toMillis function must be an ISO 8601 formatted timestamp. Given "x"
      $replace('a', '', 'b')      | D3010: Second argument of replace function cannot be an empty string
      $replace('hat', /a/, function($m){ 42 }) | D3012: Attempted to replace a matched string with a non-string value
      $split('a', ',', -1)        | D3020: Third argument of split function must evaluate to a positive number
      $sqrt(-1)                   | D3060: The sqrt function cannot be applied to a negative number: -1
      $formatBase(100, 40)        | D3100: The radix of the formatBase function must be between 2 and 36.  It was given 40
      $formatNumber(1, 'x')       | D3086: The sub-picture must not contain a passive character that is preceded by an active character and that is followed by another active character
      $formatInteger(1, '#')      | D3130: Formatting or parsing an integer as a sequence starting with "#" is not supported by this implementation
      $fromMillis(0, '[Q]')       | D3132: Unknown component specifier "Q" in date/time picture string
      """)
  void wordsEachErrorAsJsonataJsDoes(String expression, String message) {
    assertThat(tailOf(expression)).isEqualTo(THREW + message);
  }

  @Test
  void namesTheRuleABrokenFormatNumberPictureBreaks() {
    Map<String, String> codes = Map.ofEntries(Map.entry("0.0;0.0;0.0", "D3080"),
        Map.entry("0.0.0", "D3081"), Map.entry("0%%", "D3082"), Map.entry("0\u2030\u2030", "D3083"),
        Map.entry("0%\u2030", "D3084"), Map.entry(".", "D3085"), Map.entry("x", "D3086"),
        Map.entry("0,.0", "D3087"), Map.entry("0,", "D3088"), Map.entry("0,,0", "D3089"),
        Map.entry("0#", "D3090"), Map.entry("##0.0#0", "D3091"), Map.entry("0e0%", "D3092"),
        Map.entry("#0e", "D3093"));
    codes.forEach((picture, code) -> assertThat(tailOf("$formatNumber(1, '" + picture + "')"))
        .as(picture).startsWith(THREW + code + ": "));
  }

  @Test
  void stillFormatsWithThePicturesTheRulesAllow() {
    for (String picture : new String[] {"#,##0.00", "#0.0%", "$#,##0.00", "#0e0", "$#0e0",
        "#0e0;(#0e0)", "000", "#", "0.###"}) {
      assertThat(Fixture.evaluate("$formatNumber(-1234.5, '" + picture + "')")).as(picture)
          .isNotNull();
    }
  }

  @Test
  void reportsAFailureWithoutAJsonataErrorAsAnInternalErrorWithAnId() {
    JsonataEvaluationException e = catchThrowableOfType(JsonataEvaluationException.class,
        () -> bindings().eval("$base64decode('!!!')"));
    assertThat(e.tail()).matches("threw an internal error during evaluation\\. "
        + "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(e.code()).isNull();
    assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void carriesTheCodeAndTheExpression() {
    JsonataEvaluationException e = catchThrowableOfType(JsonataEvaluationException.class,
        () -> bindings().eval("  $abs('a')  "));
    assertThat(e.code()).isEqualTo("T0410");
    assertThat(e.expression()).isEqualTo("$abs('a')");
    assertThat(e.error()).isEqualTo("States.QueryEvaluationError");
    assertThat(e.cause("Output/r")).isEqualTo("The JSONata expression '$abs('a')' specified for"
        + " the field 'Output/r' threw an error during evaluation. T0410: Argument 1 of function"
        + " \"abs\" does not match function signature");
  }

  @Test
  void writesANonFiniteNumberBuriedInAValueAsAnOutOfRangeError() {
    // AWS answers ["Infinity"] here; the library cannot carry the value, so the state fails.
    assertThat(tailOf("[1/0]")).isEqualTo(THREW + "D1001: Number out of range: null");
  }
}
