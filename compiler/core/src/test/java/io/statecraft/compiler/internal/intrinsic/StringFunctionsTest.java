package io.statecraft.compiler.internal.intrinsic;

import static io.statecraft.compiler.internal.intrinsic.Failures.assertFailsGiven;
import static io.statecraft.compiler.internal.intrinsic.Json.eval;
import static io.statecraft.compiler.internal.intrinsic.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** States.Format, States.StringSplit and States.UUID. */
class StringFunctionsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      ""                           | Formatting argument .
      " "                          | Formatting argument  .
      "HelloWorld"                 | Formatting argument HelloWorld.
      null                         | Formatting argument null.
      1                            | Formatting argument 1.
      1.1                          | Formatting argument 1.1.
      false                        | Formatting argument false.
      "{\\"Arg1\\": 1}"            | Formatting argument {"Arg1": 1}.
      {"Arg1": 1, "Arg2": []}      | Formatting argument {Arg1=1, Arg2=[]}.
      [1, "two", null, {"a": {"b": [true]}}] | Formatting argument [1, two, null, {a={b=[true]}}].
      "{} stays as it is"          | Formatting argument {} stays as it is.
      """)
  void formatWritesEachValueAsAwsDoes(String value, String formatted) {
    assertThat(eval("States.Format('Formatting argument {}.', $.v)", Map.of("$.v", value)).stringValue())
        .isEqualTo(formatted);
  }

  @Test
  void formatFillsPlaceholdersInOrderAndHonoursEscapes() {
    assertThat(eval("States.Format('Name: \\'{}\\', Surname: \"{}\", braces: \\{\\} \\\\', $.a, $.b)",
        Map.of("$.a", "\"Gabriel\"", "$.b", "\"Moreira\"")))
        .isEqualTo(json("\"Name: 'Gabriel', Surname: \\\"Moreira\\\", braces: {} \\\\\""));
    assertThat(eval("States.Format('no placeholders')")).isEqualTo(json("\"no placeholders\""));
    assertThat(eval("States.Format('{}{}', 1, States.JsonToString($.o))", Map.of("$.o", "{\"k\": 1}")))
        .isEqualTo(json("\"1{\\\"k\\\":1}\""));
  }

  @Test
  void formatLeavesDeployTimePlaceholdersAsText() {
    assertThat(IntrinsicFunctions.parse("States.Format('s3://${S3BucketName}/{}', $.key)").problems())
        .isEmpty();
    assertThat(eval("States.Format('arn:${AWS::Partition}:s3:::${Bucket}/{}', $.key)",
        Map.of("$.key", "\"a.txt\""))).isEqualTo(json("\"arn:${AWS::Partition}:s3:::${Bucket}/a.txt\""));
  }

  @Test
  void formatTakesItsTemplateFromAPath() {
    assertThat(eval("States.Format($.t, $.n)",
        Map.of("$.t", "\"Hello, my name is {}.\"", "$.n", "\"Arnav\"")))
        .isEqualTo(json("\"Hello, my name is Arnav.\""));
    assertThat(eval("States.Format($.t, $.n)",
        Map.of("$.t", "\"a \\\\{} b\"", "$.n", "1")))
        .as("a backslash in a template read from a path is an ordinary character")
        .isEqualTo(json("\"a \\\\1 b\""));
  }

  @ParameterizedTest(name = "{0} at {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      " "                                    | ","      | [" "]
      " , "                                  | ","      | [" ", " "]
      ", , ,"                                | ","      | [" ", " "]
      ",,,,"                                 | ","      | []
      ""                                     | ","      | []
      "a,b,c"                                | ","      | ["a", "b", "c"]
      "This.is+a,test=string"                | ".+,="   | ["This", "is", "a", "test", "string"]
      "split on T and \\nnew line"           | "T\\n"   | ["split on ", " and ", "new line"]
      "1a2b3ab4"                             | "ab"     | ["1", "2", "3", "4"]
      "a;b"                                  | ";"      | ["a", "b"]
      "abc"                                  | ""       | ["abc"]
      "x😀y"                                 | "😀"     | ["x", "y"]
      """)
  void stringSplitCutsAtEachDelimiterCharacterAndDropsEmptyPieces(String text, String delimiters,
      String pieces) {
    assertThat(eval("States.StringSplit($.s, $.d)", Map.of("$.s", text, "$.d", delimiters)))
        .isEqualTo(json(pieces));
  }

  @ParameterizedTest(name = "{0} given {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      # expression                   | its paths' values | why it fails
      States.Format('${a{}', 1)      |                   | the template has a '{' at character 1 that is not part of a {} placeholder (escape it as \\{)
      States.Format('{} {}', $.a)    | {"$.a": 1}        | the template has 2 {} placeholders but 1 value follows it
      States.Format('{}', 1, 2)      |                   | the template has 1 {} placeholder but 2 values follow it
      States.Format($.t)             | {"$.t": "{}"}     | the template has 1 {} placeholder but 0 values follow it
      States.Format('Hello {', 1)    |                   | the template has a '{' at character 6 that is not part of a {} placeholder (escape it as \\{)
      States.Format('}')             |                   | the template has a '}' at character 0 that is not part of a {} placeholder (escape it as \\})
      States.Format($.t, 1)          | {"$.t": "{{}}"}   | the template has a '{' at character 0 that is not part of a {} placeholder
      States.Format($.t, 1)          | {"$.t": 123}      | the first argument must be a string, was the number 123
      States.StringSplit($.s, ',')   | {"$.s": 123}      | the first argument must be a string, was the number 123
      States.StringSplit($.s, ',')   | {"$.s": false}    | the first argument must be a string, was the boolean false
      States.StringSplit('a,b', $.d) | {"$.d": [","]}    | the second argument must be a string, was an array [,]
      """)
  void failsAsAwsFailsIt(String expression, String paths, String reason) {
    assertFailsGiven(expression, paths, reason);
  }

  @Test
  void uuidIsARandomVersionFourUuidFromTheInjectedGenerator() {
    IntrinsicExpression uuid = IntrinsicFunctions.parse("States.UUID()");
    String first = uuid.evaluate(Json.noPaths(), new SplittableRandom(5)).stringValue();
    assertThat(first).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(uuid.evaluate(Json.noPaths(), new SplittableRandom(5)).stringValue()).isEqualTo(first);
    assertThat(uuid.evaluate(Json.noPaths(), new SplittableRandom(6)).stringValue()).isNotEqualTo(first);
    assertThat(uuid.evaluate(Json.noPaths()).stringValue()).isNotEqualTo(first).hasSize(36);
  }
}
