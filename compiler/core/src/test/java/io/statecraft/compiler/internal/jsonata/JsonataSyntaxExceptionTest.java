package io.statecraft.compiler.internal.jsonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The expressions AWS refuses when a definition is created, with AWS's code and message. */
class JsonataSyntaxExceptionTest {

  private static JsonataSyntaxException refusal(String expression) {
    return catchThrowableOfType(JsonataSyntaxException.class,
        () -> JsonataExpression.parse("{% " + expression + " %}"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      $states.input[1,2)          | Expected "]", got ","
      "unterminated               | String literal must be terminated by a matching quote
      1 +                         | Unexpected end of expression
      {"a":}                      | The symbol "}" cannot be used as a unary operator
      $x :=                       | Unexpected end of expression
      $match("a", /abc            | No terminating / in regular expression
      1e400                       | Number out of range: 1e400
      "\\q"                       | Unsupported escape sequence: \\"q"
      $states.input.`a            | Quoted property name must be terminated with a backquote (`)
      1 /* open                   | Comment has no closing tag
      function($x)<a<n>(sn)<n>:n>{1} | Type parameters can only be applied to functions and arrays
      """)
  void refusesAnExpressionThatDoesNotParseWithTheParsersMessage(String expression,
      String message) {
    JsonataSyntaxException e = refusal(expression);
    assertThat(e.code()).isEqualTo("INVALID_JSONATA_EXPRESSION");
    assertThat(e.reason()).isEqualTo(message);
    assertThat(e.getMessage()).isEqualTo("INVALID_JSONATA_EXPRESSION: " + message);
  }

  @Test
  void refusesTheOperatorsJsonata2_0_6DoesNotHaveAsItsParserDid() {
    assertThat(refusal("$x ?? 'default'").getMessage()).isEqualTo(
        "INVALID_JSONATA_EXPRESSION: The symbol \"?\" cannot be used as a unary operator");
    assertThat(refusal("$x ?: 'default'").getMessage()).isEqualTo(
        "INVALID_JSONATA_EXPRESSION: The symbol \":\" cannot be used as a unary operator");
    assertThat(refusal("$f($states.input.a ?? 1)").code()).isEqualTo("INVALID_JSONATA_EXPRESSION");
  }

  @ParameterizedTest
  @ValueSource(strings = {"'a ?? b'", "\"x ?: y\"", "$match('ab', /(?:a)b/).match",
      "$x ? 1 : 2", "/* ?? */ 1", "$states.input.`a??b`",
      "function($a, $b)<ns?:s>{ $string($a) & $b }", "\u03bb($a)<s?:s>{ $a }"})
  void acceptsTheSameCharactersWhereTheyAreNotOperators(String expression) {
    assertThatCode(() -> JsonataExpression.parse("{% " + expression + " %}"))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesBracketsNestedDeeperThanItReadsWhateverTheStack() {
    String deepest = "(".repeat(100) + "[" .repeat(50) + "{\"a\": " .repeat(50) + "1"
        + "}".repeat(50) + "]".repeat(50) + ")".repeat(100);
    assertThatCode(() -> JsonataExpression.parse("{% " + deepest + " %}"))
        .doesNotThrowAnyException();
    // Brackets inside a string literal or a comment do not count.
    assertThatCode(() -> JsonataExpression.parse("{% '" + "(".repeat(500) + "' & /* "
        + "[".repeat(500) + " */ 'x' %}")).doesNotThrowAnyException();
    assertThat(refusal("(" + deepest + ")").getMessage()).isEqualTo("INVALID_JSONATA_EXPRESSION:"
        + " The expression is nested too deeply: 201 levels of brackets, the most Statecraft"
        + " reads is 200");
    assertThat(refusal("(".repeat(100_000) + "1" + ")".repeat(100_000)).reason())
        .startsWith("The expression is nested too deeply: 100000 levels");
  }

  @Test
  void refusesAReferenceToTheContextItHasNot() {
    assertThat(refusal("phone").getMessage()).isEqualTo("UNSUPPORTED_JSONATA_EXPRESSION:"
        + " Reference to 'phone' at the top level is not supported.");
    assertThat(refusal("$").reason())
        .isEqualTo("Reference to '$' at the top level is not supported.");
    assertThat(refusal("$$").reason()).isEqualTo("Reference to '$$' is not supported.");
    assertThat(refusal("{aaa: 1}").reason())
        .isEqualTo("Reference to 'aaa' at the top level is not supported.");
    assertThat(refusal("$count(items)").reason())
        .isEqualTo("Reference to 'items' at the top level is not supported.");
    assertThat(refusal("$map($states.input.a, function($x){ b })").reason())
        .isEqualTo("Reference to 'b' at the top level is not supported.");
    assertThat(refusal("1 + a.b").reason())
        .isEqualTo("Reference to 'a' at the top level is not supported.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"$states.input.items[value > 3]", "$states.input.(a + b)",
      "$states.input{type: $sum(n)}", "$states.input.items^(name)", "$x.y.z",
      "$map($states.input.a, function($x){ $x.b })", "$states.input.items[0].`odd key`",
      "($v := $states.input; $v.a)", "$states.input ~> $keys()"})
  void acceptsNamesReadAgainstAValueBeforeThem(String expression) {
    assertThatCode(() -> JsonataExpression.parse("{% " + expression + " %}"))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesAStringThatIsNotFramedByTheDelimiters() {
    JsonataSyntaxException e = catchThrowableOfType(JsonataSyntaxException.class,
        () -> JsonataExpression.parse(" {% 1 %}"));
    assertThat(e.code()).isEqualTo("INVALID_JSONATA_EXPRESSION");
  }

  @Test
  void writesTheDiagnosticAwsGivesForAField() {
    JsonataSyntaxException e = refusal("1 +");
    assertThat(e.at("/States/Main/Output")).isEqualTo("INVALID_JSONATA_EXPRESSION: Unexpected end"
        + " of expression at /States/Main/Output");
    assertThat(e.text()).isEqualTo("1 +");
    assertThat(e.position()).isEqualTo(3);
  }
}
