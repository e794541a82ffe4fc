package io.statecraft.compiler.internal.intrinsic;

import static io.statecraft.compiler.internal.intrinsic.Failures.assertFailsGiven;
import static io.statecraft.compiler.internal.intrinsic.Json.eval;
import static io.statecraft.compiler.internal.intrinsic.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** States.StringToJson, States.JsonToString and States.JsonMerge. */
class JsonFunctionsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      "{\\"foo\\": \\"bar\\"}"            | {"foo": "bar"}
      "[1, 2, \\"HelloWorld\\"]"          | [1, 2, "HelloWorld"]
      "\\"HelloWorld\\""                  | "HelloWorld"
      "1.1"                               | 1.1
      "-0"                                | 0
      "true"                              | true
      "null"                              | null
      " {\\"a\\": 1} "                    | {"a": 1}
      ""                                  | null
      "   "                               | null
      """)
  void stringToJsonParsesTheString(String string, String parsed) {
    assertThat(eval("States.StringToJson($.s)", Map.of("$.s", string))).isEqualTo(json(parsed));
  }

  @Test
  void stringToJsonParsesLiteralsWithQuotes() {
    assertThat(eval("States.StringToJson('{\"constant_in_literal\": \"false\"}')"))
        .isEqualTo(json("{\"constant_in_literal\": \"false\"}"));
  }

  @Test
  void stringToJsonFailsOnTextThatIsNotJsonOrOnNonStrings() {
    for (String text : new String[] {"\"{bad json}\"", "\"{\\\"a\\\":1\"", "\"undefined\"",
        "\"1 2\""}) {
      assertThatFailsAsNotJson(text);
    }
  }

  private static void assertThatFailsAsNotJson(String text) {
    try {
      eval("States.StringToJson($.s)", Map.of("$.s", text));
    } catch (IntrinsicFailureException e) {
      assertThat(e.getMessage()).isEqualTo("Invalid arguments in States.StringToJson");
      assertThat(e.reason()).startsWith("States.StringToJson: the string is not JSON: ");
      return;
    }
    throw new AssertionError(text + " parsed");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      null                     | "null"
      1                        | "1"
      1.1                      | "1.1"
      true                     | "true"
      "text"                   | "\\"text\\""
      [1, 2, "HelloWorld"]     | "[1,2,\\"HelloWorld\\"]"
      {"Arg1": 1, "Arg2": []}  | "{\\"Arg1\\":1,\\"Arg2\\":[]}"
      """)
  void jsonToStringWritesCompactJson(String value, String text) {
    assertThat(eval("States.JsonToString($.v)", Map.of("$.v", value))).isEqualTo(json(text));
  }

  @Test
  void jsonMergeLetsTheSecondObjectWinShallowly() {
    JsonNode merged = eval("States.JsonMerge($.a, $.b, false)", Map.of(
        "$.a", "{\"a\": {\"a1\": 1, \"a2\": 2}, \"b\": 2, \"d\": 3}",
        "$.b", "{\"a\": {\"a3\": 1, \"a4\": 2}, \"c\": 3, \"d\": 4}"));
    assertThat(merged).isEqualTo(json("{\"a\": {\"a3\": 1, \"a4\": 2}, \"b\": 2, \"c\": 3, \"d\": 4}"));
    assertThat(eval("States.JsonMerge($.a, $.b, false)",
        Map.of("$.a", "{\"n\": {\"l\": true}, \"keep\": 1}", "$.b", "{\"n\": null}")))
        .isEqualTo(json("{\"n\": null, \"keep\": 1}"));
  }

  @Test
  void jsonMergeOrdersKeysAsAwsDoes() {
    JsonNode merged = eval("States.JsonMerge($.a, $.b, false)", Map.of(
        "$.a", "{\"constant_in_literal\": \"false\"}",
        "$.b", "{\"constant_input_field\": \"constant_value\"}"));
    List<String> keys = new ArrayList<>(merged.propertyNames());
    assertThat(keys).containsExactly("constant_input_field", "constant_in_literal");
  }

  @Test
  void jsonMergeTakesAnyThirdArgumentButTrueAsShallow() {
    assertThat(eval("States.JsonMerge($.a, $.b, $.d)",
        Map.of("$.a", "{}", "$.b", "{\"x\": 1}", "$.d", "\"false\""))).isEqualTo(json("{\"x\": 1}"));
  }

  @ParameterizedTest(name = "{0} given {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      # expression                        | its paths' values          | why it fails
      States.StringToJson($.s)            | {"$.s": 123}               | the first argument must be a string, was the number 123
      States.StringToJson($.s)            | {"$.s": {"a": 1}}          | the first argument must be a string, was an object {a=1}
      States.JsonMerge($.a, $.b, true)    | {"$.a": {}, "$.b": {}}     | only a shallow merge is supported: the third argument must be false
      States.JsonMerge($.a, $.b, false)   | {"$.a": null, "$.b": {}}   | the first argument must be an object, was null
      States.JsonMerge($.a, $.b, false)   | {"$.a": {}, "$.b": []}     | the second argument must be an object, was an array []
      """)
  void failsAsAwsFailsIt(String expression, String paths, String reason) {
    assertFailsGiven(expression, paths, reason);
  }
}
