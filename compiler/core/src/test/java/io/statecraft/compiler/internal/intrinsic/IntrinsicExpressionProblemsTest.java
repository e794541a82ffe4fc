package io.statecraft.compiler.internal.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link IntrinsicExpression#problems()}: what fails whatever the input, found without it. */
class IntrinsicExpressionProblemsTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "States.Format('Hello, {}! You are {}.', $.name, $.age)",
      "States.Format('no placeholders')",
      "States.Format('escaped \\{\\} braces and {}', $.a)",
      "States.Format($.template, $.a, $.b)",
      "States.StringToJson('{\"a\": [1, 2]}')",
      "States.StringToJson('')",
      "States.JsonToString($)",
      "States.Array()",
      "States.Array(1, 'two', null, States.Array())",
      "States.ArrayPartition($.items, 2.9)",
      "States.ArrayPartition(States.StringSplit($.csv, ','), $.size)",
      "States.ArrayContains($.items, null)",
      "States.ArrayRange(1, 1000, 1)",
      "States.ArrayRange(1000, 1, -1)",
      "States.ArrayRange(5, 1, 1)",
      "States.ArrayGetItem($.items, 0)",
      "States.ArrayGetItem(States.StringSplit($$.StateMachine.Name, '-'), 0)",
      "States.ArrayLength(States.ArrayUnique($.items))",
      "States.Base64Encode($.text)",
      "States.Base64Decode(States.Base64Encode('x'))",
      "States.Hash($.data, 'SHA-256')",
      "States.Hash(123, 'MD5')",
      "States.Hash('x', $.algorithm)",
      "States.JsonMerge($.a, States.StringToJson($.b), false)",
      "States.JsonMerge($.a, $.b, $.deep)",
      "States.MathRandom(1, 2)",
      "States.MathRandom($.start, $.end, 42)",
      "States.MathAdd(2147483646, 1)",
      "States.MathAdd(-2147483648, 0)",
      "States.MathAdd(2.5, States.ArrayLength($.items))",
      "States.StringSplit($.csv, ',')",
      "States.UUID()",
      "States.Format('{}', $myVariable.field)"})
  void findsNoProblemInCallsThatCanSucceed(String text) {
    assertThat(IntrinsicFunctions.parse(text).problems()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      States.Formatt('x')                  | unknown intrinsic function States.Formatt; did you mean States.Format?
      States.format('x')                   | unknown intrinsic function States.format; did you mean States.Format?
      States.ArrayLen($.a)                 | unknown intrinsic function States.ArrayLen; did you mean States.Array?
      States.Eval('1+1')                   | unknown intrinsic function States.Eval; the functions are States.Format, States.StringToJson, States.JsonToString, States.Array, States.ArrayPartition, States.ArrayContains, States.ArrayRange, States.ArrayGetItem, States.ArrayLength, States.ArrayUnique, States.Base64Encode, States.Base64Decode, States.Hash, States.JsonMerge, States.MathRandom, States.MathAdd, States.StringSplit, States.UUID
      States.Format()                      | States.Format takes at least 1 argument, was given 0
      States.StringToJson()                | States.StringToJson takes 1 argument, was given 0
      States.JsonToString($.a, $.b)        | States.JsonToString takes 1 argument, was given 2
      States.ArrayPartition($.a)           | States.ArrayPartition takes 2 arguments, was given 1
      States.ArrayContains($.a, 1, 2)      | States.ArrayContains takes 2 arguments, was given 3
      States.ArrayRange(1, 5)              | States.ArrayRange takes 3 arguments, was given 2
      States.ArrayGetItem($.a)             | States.ArrayGetItem takes 2 arguments, was given 1
      States.ArrayLength()                 | States.ArrayLength takes 1 argument, was given 0
      States.ArrayUnique($.a, $.b)         | States.ArrayUnique takes 1 argument, was given 2
      States.Base64Encode()                | States.Base64Encode takes 1 argument, was given 0
      States.Base64Decode('a', 'b')        | States.Base64Decode takes 1 argument, was given 2
      States.Hash('x')                     | States.Hash takes 2 arguments, was given 1
      States.JsonMerge($.a, $.b)           | States.JsonMerge takes 3 arguments, was given 2
      States.MathRandom(1)                 | States.MathRandom takes 2 or 3 arguments, was given 1
      States.MathRandom(1, 2, 3, 4)        | States.MathRandom takes 2 or 3 arguments, was given 4
      States.MathAdd(1, 2, 3)              | States.MathAdd takes 2 arguments, was given 3
      States.StringSplit($.a)              | States.StringSplit takes 2 arguments, was given 1
      States.UUID(1)                       | States.UUID takes no arguments, was given 1
      States.Format(1, 2)                  | States.Format: the first argument must be a string, was the number 1
      States.StringToJson(null)            | States.StringToJson: the first argument must be a string, was null
      States.StringToJson('{oops}')        | States.StringToJson: the string is not JSON
      States.ArrayPartition('abc', 2)      | States.ArrayPartition: the first argument must be an array, was the string 'abc'
      States.ArrayPartition($.a, '2')      | States.ArrayPartition: the second argument must be a number, was the string '2'
      States.ArrayPartition($.a, 0.9)      | States.ArrayPartition: the chunk size must be >= 1 once its fraction is dropped, was 0.9
      States.ArrayPartition($.a, -1)       | States.ArrayPartition: the chunk size must be >= 1 once its fraction is dropped, was -1
      States.ArrayContains(true, 1)        | States.ArrayContains: the first argument must be an array, was the boolean true
      States.ArrayRange('a', 5, 1)         | States.ArrayRange: the first argument must be a number, was the string 'a'
      States.ArrayRange(1, null, 1)        | States.ArrayRange: the second argument must be a number, was null
      States.ArrayRange(1, 10, 0)          | States.ArrayRange: the step must not be 0 once its fraction is dropped, was 0
      States.ArrayRange(1, 10, 0.49)       | States.ArrayRange: the step must not be 0 once its fraction is dropped, was 0.49
      States.ArrayRange(1, 1001, 1)        | States.ArrayRange: the range would have 1001 elements, more than the 1000 AWS allows
      States.ArrayRange(0, -3000, -2)      | States.ArrayRange: the range would have 1501 elements, more than the 1000 AWS allows
      States.ArrayGetItem($.a, '1')        | States.ArrayGetItem: the second argument must be a number, was the string '1'
      States.ArrayGetItem($.a, -1)         | States.ArrayGetItem: the index must be >= 0, was -1
      States.ArrayLength('abc')            | States.ArrayLength: the first argument must be an array, was the string 'abc'
      States.ArrayLength(States.Format('x')) | States.ArrayLength: the first argument must be an array, was a string (what States.Format returns)
      States.ArrayUnique(States.MathAdd(1, 2)) | States.ArrayUnique: the first argument must be an array, was a number (what States.MathAdd returns)
      States.Base64Encode(123)             | States.Base64Encode: the first argument must be a string, was the number 123
      States.Base64Decode(States.Array())  | States.Base64Decode: the first argument must be a string, was an array (what States.Array returns)
      States.Hash('x', 'SHA256')           | States.Hash: the algorithm must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512, was 'SHA256'
      States.Hash('x', 'sha-256')          | States.Hash: the algorithm must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512, was 'sha-256'
      States.Hash('x', 256)                | States.Hash: the second argument must be a string, was the number 256
      States.JsonMerge('a', $.b, false)    | States.JsonMerge: the first argument must be an object, was the string 'a'
      States.JsonMerge($.a, States.Array(), false) | States.JsonMerge: the second argument must be an object, was an array (what States.Array returns)
      States.JsonMerge($.a, $.b, true)     | States.JsonMerge: only a shallow merge is supported, the third argument must be false
      States.MathRandom('1', 10)           | States.MathRandom: the first argument must be a number, was the string '1'
      States.MathRandom(1, 10, 'seed')     | States.MathRandom: the third argument must be a number, was the string 'seed'
      States.MathRandom(10, 5)             | States.MathRandom: the start must be less than the end once their fractions are dropped, was 10 and 5
      States.MathRandom(1.4, 1.6)          | States.MathRandom: the start must be less than the end once their fractions are dropped, was 1.4 and 1.6
      States.MathAdd('1', 2)               | States.MathAdd: the first argument must be a number, was the string '1'
      States.MathAdd(1, true)              | States.MathAdd: the second argument must be a number, was the boolean true
      States.MathAdd(1,'-1')               | States.MathAdd: the second argument must be a number, was the string '-1'
      States.MathAdd(3000000000, 1)        | States.MathAdd: the first argument must be within the int range -2147483648 to 2147483647, was 3000000000
      States.MathAdd(2147483647, 1)        | States.MathAdd: the sum 2147483648 is outside the int range -2147483648 to 2147483647
      States.StringSplit(1, ',')           | States.StringSplit: the first argument must be a string, was the number 1
      States.StringSplit($.a, null)        | States.StringSplit: the second argument must be a string, was null
      States.Format('{} and {}', $.a)      | States.Format: the template has 2 {} placeholders but 1 value follows it
      States.Format('{}', $.a, $.b)        | States.Format: the template has 1 {} placeholder but 2 values follow it
      States.Format('Hello {', $.a)        | States.Format: the template has a '{' at character 6 that is not part of a {} placeholder (escape it as \\{)
      States.Format('}')                   | States.Format: the template has a '}' at character 0 that is not part of a {} placeholder (escape it as \\})
      States.Format('Hello {{}}', $.a)     | States.Format: the template has a '{' at character 6 that is not part of a {} placeholder (escape it as \\{)
      """)
  void reportsWhatFailsWhateverTheInput(String text, String problem) {
    assertThat(IntrinsicFunctions.parse(text).problems()).containsExactly(problem);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      "States.Base64Encode('%s')"  | States.Base64Encode: the input has 10001 characters, more than the 10000 AWS allows
      "States.Base64Decode('%s')"  | States.Base64Decode: the input has 10001 characters, more than the 10000 AWS allows
      "States.Hash('%s', 'MD5')"   | States.Hash: the input has 10001 characters, more than the 10000 AWS allows
      """)
  void reportsLiteralInputsLongerThanAwsAllows(String template, String problem) {
    String text = template.formatted("a".repeat(10_001));
    assertThat(IntrinsicFunctions.parse(text).problems()).containsExactly(problem);
    assertThat(IntrinsicFunctions.parse(template.formatted("a".repeat(10_000))).problems())
        .isEmpty();
  }

  @Test
  void reportsMoreThanTenCallsInOneField() {
    String ten = "States.Array(States.Array(States.Array(States.Array(States.Array("
        + "States.Array(States.Array(States.Array(States.Array(States.Array(1))))))))))";
    assertThat(IntrinsicFunctions.parse(ten).problems()).isEmpty();
    assertThat(IntrinsicFunctions.parse("States.Array(" + ten + ")").problems()).containsExactly(
        "the field calls 11 intrinsic functions; AWS allows at most 10 in one field,"
            + " nested ones included");
    String nineAsInTheAwsDocumentation = "States.Format('{}.{}', "
        + "States.ArrayGetItem(States.StringSplit(States.ArrayGetItem(States.StringSplit("
        + "$.ImageRecipe.Arn, '/'), 2), '.'), 0), States.ArrayGetItem(States.StringSplit("
        + "States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), 1))";
    assertThat(IntrinsicFunctions.parse(nineAsInTheAwsDocumentation).problems()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      "States.Array(States.ArrayLength('x'), States.Formatt(1))" | States.ArrayLength: the first argument must be an array, was the string 'x' (in States.ArrayLength('x'))
      "States.Array(States.ArrayLength('x'), States.Formatt(1))" | unknown intrinsic function States.Formatt; did you mean States.Format? (in States.Formatt(1))
      "States.Formatt(States.MathAdd(1))"                        | States.MathAdd takes 2 arguments, was given 1 (in States.MathAdd(1))
      """)
  void reportsProblemsOfNestedCallsNamingTheCall(String text, String problem) {
    assertThat(IntrinsicFunctions.parse(text).problems()).contains(problem);
  }
}
