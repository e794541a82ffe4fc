package io.statecraft.compiler.internal.intrinsic;

import static io.statecraft.compiler.internal.intrinsic.Json.eval;
import static io.statecraft.compiler.internal.intrinsic.Json.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntrinsicFunctionsTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      States.Format('x')  | true
      States.Anything     | true
      $.States.Format     | false
      $$.Execution.Id     | false
      states.Format('x')  | false
      null                | false
      """)
  void recognisesIntrinsicValuesByTheirStatesPrefix(String value, boolean intrinsic) {
    assertThat(IntrinsicFunctions.isIntrinsic(value)).isEqualTo(intrinsic);
  }

  @Test
  void parsesEveryKindOfLiteral() {
    // Compared as text: literals with a fraction or exponent are doubles, as AWS prints them.
    assertThat(eval("States.Array('text', 0, -7, 12.5, -2.5e1, 1E2, true, false, null)"))
        .hasToString("[\"text\",0,-7,12.5,-25.0,100.0,true,false,null]");
  }

  @Test
  void keepsWholeNumbersBeyondTheLongRangeExact() {
    assertThat(eval("States.Array(3000000000, 123456789012345678901234567890)"))
        .isEqualTo(json("[3000000000, 123456789012345678901234567890]"));
  }

  @Test
  void unescapesTheFourEscapesOfStringLiterals() {
    assertThat(eval("States.Array('it\\'s', '\\{\\}', 'back\\\\slash', '')"))
        .isEqualTo(json("[\"it's\", \"{}\", \"back\\\\slash\", \"\"]"));
  }

  @Test
  void keepsCharactersThatNeedNoEscapeAsWritten() {
    assertThat(eval("States.Array('a \"quoted\" word', 'line\nbreak', 'comma, paren)')"))
        .isEqualTo(json("[\"a \\\"quoted\\\" word\", \"line\\nbreak\", \"comma, paren)\"]"));
  }

  @Test
  void passesEveryKindOfPathToTheResolverAsWritten() {
    List<String> asked = new ArrayList<>();
    IntrinsicFunctions.parse(
            "States.Array($, $.a, $.items[0], $$.Execution.Id, $myVar, $myVar.field,"
                + " $['odd, key'], $.list[?(@.x == 'a)')])")
        .evaluate(path -> {
          asked.add(path);
          return json("1");
        });
    assertThat(asked).containsExactly("$", "$.a", "$.items[0]", "$$.Execution.Id", "$myVar",
        "$myVar.field", "$['odd, key']", "$.list[?(@.x == 'a)')]");
  }

  @Test
  void allowsSpacesAroundArgumentsAndAfterTheCall() {
    assertThat(eval("States.Array( 1 ,  $.a\t,\n'x' ) ", Map.of("$.a", "2")))
        .isEqualTo(json("[1, 2, \"x\"]"));
  }

  @Test
  void parsesNestedCalls() {
    assertThat(eval("States.ArrayGetItem(States.StringSplit(States.Format('{}-{}', $.a, 'b'), '-'), 1)",
        Map.of("$.a", "\"a\""))).isEqualTo(json("\"b\""));
  }

  @Test
  void parsesCallsWithoutArguments() {
    assertThat(eval("States.Array()")).isEqualTo(json("[]"));
    assertThat(IntrinsicFunctions.parse("States.UUID( )").function()).isEqualTo("States.UUID");
  }

  @Test
  void exposesTextFunctionAndPathsInOrder() {
    IntrinsicExpression expression = IntrinsicFunctions.parse(
        "States.Format('{} {}', $.first, States.JsonToString($$.Execution.Input))");
    assertThat(expression.text())
        .isEqualTo("States.Format('{} {}', $.first, States.JsonToString($$.Execution.Input))");
    assertThat(expression.function()).isEqualTo("States.Format");
    assertThat(expression.paths()).containsExactly("$.first", "$$.Execution.Input");
    assertThat(expression).hasToString(expression.text())
        .isEqualTo(IntrinsicFunctions.parse(expression.text()));
  }

  @Test
  void parsesUnknownFunctionNamesForTheCheckerToReport() {
    assertThat(IntrinsicFunctions.parse("States.Formatt('x')").function())
        .isEqualTo("States.Formatt");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      $.a                           | 0  | an intrinsic function call starts with 'States.'
      States.                       | 7  | expected a function name after 'States.', found the end of the text
      States.Array                  | 12 | expected '(' after States.Array, found the end of the text
      States.Array (1)              | 12 | expected '(' after States.Array, found ' '
      States.Array(                 | 13 | expected an argument, found the end of the text
      States.Array(1                | 14 | expected ',' or ')' after an argument of States.Array, found the end of the text
      States.Array(1 2)             | 15 | expected ',' or ')' after an argument of States.Array, found '2'
      "States.Array(1,)"            | 15 | expected an argument after ',', found ')'
      "States.Array(,1)"            | 13 | unexpected ',': an argument is a 'string', a number, true, false, null, a path starting with $ or a States. function call
      States.Array([1])             | 13 | unexpected '[': an argument is a 'string', a number, true, false, null, a path starting with $ or a States. function call
      States.Array(yes)             | 13 | unexpected 'yes': an argument is a 'string', a number, true, false, null, a path starting with $ or a States. function call
      States.Array(True)            | 13 | unexpected 'True': an argument is a 'string', a number, true, false, null, a path starting with $ or a States. function call
      States.Array(1.)              | 15 | expected a digit after the decimal point, found ')'
      States.Array(.5)              | 13 | unexpected '.5': an argument is a 'string', a number, true, false, null, a path starting with $ or a States. function call
      States.Array(-)               | 14 | expected a digit in a number, found ')'
      States.Array(1e)              | 15 | expected a digit in the exponent, found ')'
      States.Array(01)              | 14 | expected ',' or ')' after an argument of States.Array, found '1'
      States.Array(1x)              | 14 | expected ',' or ')' after an argument of States.Array, found 'x'
      States.Array('open)           | 13 | the string that starts here has no closing '
      States.Array('a\\nb')         | 15 | invalid escape in a string: only \\', \\{, \\} and \\\\ are allowed (a lone \\ is written \\\\)
      States.Array('a\\ b')         | 15 | invalid escape in a string: only \\', \\{, \\} and \\\\ are allowed (a lone \\ is written \\\\)
      States.Array($.a[0)           | 13 | the path that starts here has an unclosed '[' or '('
      States.Array($['a)            | 15 | the quoted name in the path that starts here has no closing '
      States.Array(1) trailing      | 16 | unexpected 't' after the call's closing ')'
      States.Array(1))              | 15 | unexpected ')' after the call's closing ')'
      """)
  void refusesMalformedCallsSayingWhatAndWhere(String text, int offset, String reason) {
    assertThatThrownBy(() -> IntrinsicFunctions.parse(text))
        .isInstanceOfSatisfying(IntrinsicSyntaxException.class, e -> {
          assertThat(e.reason()).isEqualTo(reason);
          assertThat(e.position()).isEqualTo(offset);
          assertThat(e.text()).isEqualTo(text);
          assertThat(e.getMessage()).isEqualTo(
              reason + " at character " + offset + " of \"" + text + "\"");
        });
  }

  @Test
  void refusesNullText() {
    assertThatThrownBy(() -> IntrinsicFunctions.parse(null))
        .isInstanceOf(NullPointerException.class).hasMessage("text == null");
  }
}
