package io.statecraft.compiler.internal.jsonata;

import static io.statecraft.compiler.internal.jsonata.Fixture.bindings;
import static io.statecraft.compiler.internal.jsonata.Fixture.evaluate;
import static io.statecraft.compiler.internal.jsonata.Fixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** {@link JsonataExpression}: parsing a field value, and what an evaluation sees and gives. */
class JsonataExpressionTest {

  @ParameterizedTest(name = "[{0}]: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "null", textBlock = """
      {% $x %}           | true
      {%$x%}             | true
      ` {% $x %}`        | false
      `{% $x %} `        | false
      Hello {% $x %}     | false
      {%}                | false
      null               | false
      """)
  void recognisesAnExpressionOnlyWhenTheDelimitersFrameTheWholeString(String value,
      boolean expression) {
    assertThat(JsonataExpression.isExpression(value)).isEqualTo(expression);
  }

  @Test
  void quotesTheExpressionTrimmedAsAwsDoesInCauses() {
    JsonataExpression expression = JsonataExpression.parse("{%   $states.input.a \n %}");
    assertThat(expression.text()).isEqualTo("$states.input.a");
    assertThat(expression).hasToString("{% $states.input.a %}");
  }

  @Test
  void listsTheNamesWrittenAfterADollarSignButStates() {
    JsonataExpression expression = JsonataExpression.parse(
        "{% $a + $b.c + $count($states.input.items) + $sum([$a]) & '$notAName' %}");
    assertThat(expression.variables()).containsExactly("a", "b", "count", "sum");
  }

  @Test
  void acceptsAnExpressionThatEndsInAComment() {
    JsonataExpression expression = JsonataExpression.parse("{% $states.input.n + 1 /* next */ %}");
    assertThat(expression.text()).isEqualTo("$states.input.n + 1 /* next */");
    assertThat(evaluate("41 + 1 /* a */ /* b */")).isEqualTo(json("42"));
  }

  @Test
  void listsTheStatesFieldsItReadsByName() {
    assertThat(JsonataExpression.parse("{% $states.result.total + $states . input.tax"
        + " + $count($states.result.items) %}").statesFields()).containsExactly("result", "input");
    assertThat(JsonataExpression.parse("{% $states.input.result & 'x $states.errorOutput'"
        + " /* $states.context */ & '' %}").statesFields()).containsExactly("input");
    assertThat(JsonataExpression.parse("{% [1, 2].($states.errorOutput.Cause) %}")
        .statesFields()).containsExactly("errorOutput");
    assertThat(JsonataExpression.parse("{% $count($statesToo.result) %}").statesFields())
        .isEmpty();
  }

  @Test
  void asksTheBindingsOnlyForTheNamesItMentions() {
    List<String> asked = new ArrayList<>();
    JsonataBindings bindings = new TestBindings(json("{}"), json("{}"), null, null, name -> {
      asked.add(name);
      return name.equals("i") ? IntNode.valueOf(41) : null;
    }, new SplittableRandom(7), InstantSource.system());
    JsonNode value = JsonataExpression.parse("{% $i + 1 %}")
        .evaluate(bindings, JsonNodeFactory.instance);
    assertThat(value).isEqualTo(IntNode.valueOf(42));
    assertThat(asked).containsExactly("i");
  }

  @Test
  void readsTheStatesFieldsAwsProvides() {
    Fixture bindings = bindings().input("{\"a\": 1}").context("{\"State\": {\"Name\": \"S\"}}")
        .result("{\"r\": true}").errorOutput("{\"Error\": \"E\", \"Cause\": \"C\"}");
    assertThat(bindings.eval("$states.input.a")).isEqualTo(json("1"));
    assertThat(bindings.eval("$states.context.State.Name")).isEqualTo(json("\"S\""));
    assertThat(bindings.eval("$states.result.r")).isEqualTo(json("true"));
    assertThat(bindings.eval("$states.errorOutput.Error")).isEqualTo(json("\"E\""));
    assertThat(bindings.eval("$keys($states)"))
        .isEqualTo(json("[\"input\", \"context\", \"result\", \"errorOutput\"]"));
  }

  @Test
  void leavesOutTheStatesFieldsThatDoNotExistWhereItIsEvaluated() {
    Fixture bindings = bindings().input("{\"a\": 1}");
    assertThat(bindings.eval("$exists($states.result)")).isEqualTo(json("false"));
    assertThat(bindings.eval("$exists($states.errorOutput)")).isEqualTo(json("false"));
    assertThat(bindings.eval("$keys($states)")).isEqualTo(json("[\"input\", \"context\"]"));
  }

  @Test
  void seesAnUnassignedVariableAsUndefined() {
    assertThat(evaluate("$nope")).isNull();
    assertThat(evaluate("$exists($nope)")).isEqualTo(json("false"));
  }

  @Test
  void letsAVariableShadowAFunctionOfTheSameName() {
    assertThat(bindings().variable("sum", "5").eval("$sum + 1")).isEqualTo(json("6"));
  }

  @Test
  void keepsJsonNullApartFromUndefined() {
    Fixture bindings = bindings().input("{\"a\": null}");
    assertThat(bindings.eval("$states.input.a").isNull()).isTrue();
    assertThat(bindings.eval("$states.input.b")).isNull();
    assertThat(bindings.eval("$exists($states.input.a)")).isEqualTo(json("true"));
    assertThat(bindings.eval("$type($states.input.a)")).isEqualTo(json("\"null\""));
    assertThat(bindings.eval("null").isNull()).isTrue();
    assertThat(bindings.eval("[null, $nope]")).isEqualTo(json("[null]"));
  }

  @Test
  void dropsUndefinedValuesFromTheObjectsAndArraysItBuilds() {
    assertThat(evaluate("{'k': $nope, 'n': null}")).isEqualTo(json("{\"n\": null}"));
    assertThat(evaluate("[1, $nope, 2]")).isEqualTo(json("[1, 2]"));
  }

  @Test
  void keepsTheOrderOfObjectKeys() {
    assertThat(evaluate("{'b': 1, 'a': 2, 'c': 3}").propertyNames())
        .containsExactly("b", "a", "c");
    assertThat(bindings().input("{\"z\": 1, \"y\": 2}").eval("$merge([$states.input, {'a': 3}])")
        .propertyNames()).containsExactly("z", "y", "a");
  }

  @Test
  void writesIntegralNumbersAsIntegers() {
    assertThat(evaluate("1")).isEqualTo(IntNode.valueOf(1));
    assertThat(evaluate("1.0")).isEqualTo(IntNode.valueOf(1));
    assertThat(evaluate("2.5 * 2")).isEqualTo(IntNode.valueOf(5));
    assertThat(evaluate("-0")).isEqualTo(IntNode.valueOf(0));
    assertThat(evaluate("0 * -1")).isEqualTo(IntNode.valueOf(0));
    assertThat(evaluate("9007199254740993")).isEqualTo(json("9007199254740992"));
  }

  @Test
  void keepsTheDoublePrecisionOfDecimals() {
    assertThat(evaluate("0.1 + 0.2")).isEqualTo(DoubleNode.valueOf(0.30000000000000004));
    assertThat(evaluate("1 / 3")).isEqualTo(DoubleNode.valueOf(1.0 / 3));
    assertThat(evaluate("$string(0.1 + 0.2)")).isEqualTo(json("\"0.3\""));
  }

  @Test
  void readsInputNumbersInJsonatasNumberModel() {
    Fixture bindings = bindings().input(json("{\"a\": 1.0, \"b\": -0.0, \"c\": 9223372036854775807,"
        + " \"d\": 9223372036854775808, \"e\": 1.5}"));
    assertThat(bindings.eval("$states.input.a")).isEqualTo(IntNode.valueOf(1));
    assertThat(bindings.eval("$states.input.b")).isEqualTo(IntNode.valueOf(0));
    assertThat(bindings.eval("$states.input.c")).isEqualTo(json("9223372036854775807"));
    assertThat(bindings.eval("$states.input.d")).isEqualTo(DoubleNode.valueOf(9.223372036854776E18));
    assertThat(bindings.eval("$states.input.e")).isEqualTo(DoubleNode.valueOf(1.5));
    assertThat(bindings.eval("$states.input.a = 1")).isEqualTo(json("true"));
  }

  @Test
  void writesANonFiniteResultAsTheStringAwsWrites() {
    assertThat(evaluate("1/0")).isEqualTo(json("\"Infinity\""));
    assertThat(evaluate("-1/0")).isEqualTo(json("\"-Infinity\""));
    assertThat(evaluate("1e308 * 10")).isEqualTo(json("\"Infinity\""));
  }

  @Test
  void returnsUnchangedPartsOfTheInputWithoutCopyingThem() {
    JsonNode input = json("{\"items\": [{\"id\": 1}, {\"id\": 2}], \"name\": \"n\"}");
    Fixture bindings = bindings().input(input);
    assertThat(bindings.eval("$states.input")).isSameAs(input);
    assertThat(bindings.eval("$states.input.items")).isSameAs(input.get("items"));
    assertThat(bindings.eval("$states.input.items[1]")).isSameAs(input.get("items").get(1));
  }

  @Test
  void rewritesTheNumbersOfAReturnedInputPartIntoJsonatasModel() {
    JsonNode input = Fixture.MAPPER.reader()
        .with(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .readTree("{\"a\": 1.0, \"b\": [2.50, 3]}");
    JsonNode value = bindings().input(input).eval("$states.input");
    assertThat(value.toString()).isEqualTo("{\"a\":1,\"b\":[2.5,3]}");
  }

  @Test
  void lookupWorksOnInputArraysAndObjectsAsOnJsonatasOwnValues() {
    Fixture bindings = bindings().input(
        "{\"order\": {\"lines\": [{\"qty\": 2, \"price\": 1.5}, {\"qty\": 1, \"price\": 4}]}}");
    assertThat(bindings.eval("$sum($states.input.order.lines.(qty * price))"))
        .isEqualTo(json("7"));
    assertThat(bindings.eval("$states.input.order.lines[price > 2].qty")).isEqualTo(json("1"));
    assertThat(bindings.eval("$states.input.order.lines^(>price).qty")).isEqualTo(json("[1, 2]"));
    assertThat(bindings.eval("$states.input.order.lines{'' & qty: price}"))
        .isEqualTo(json("{\"2\": 1.5, \"1\": 4}"));
    assertThat(bindings.eval("$states.input.**.qty")).isEqualTo(json("[2, 1]"));
    assertThat(bindings.eval("$states.input.order.lines = $states.input.order.lines"))
        .isEqualTo(json("true"));
    assertThat(bindings.eval("$count($distinct($states.input.order.lines.qty))"))
        .isEqualTo(json("2"));
  }

  @Test
  void neverChangesTheBindingsValuesWhereTheLibraryChangesWhatItIsGiven() {
    JsonNode input = json("{\"items\": []}");
    Fixture bindings = bindings().input(input);
    assertThat(bindings.eval("$states.input.items{'n': $count($)}")).isEqualTo(json("{\"n\": 0}"));
    assertThat(bindings.input("[]").eval("$states.input{'a': 1}")).isEqualTo(json("{\"a\": 1}"));
    assertThat(input).isEqualTo(json("{\"items\": []}"));
  }

  @Test
  void keepsAnInputArrayOfOneElementAnArray() {
    assertThat(bindings().input("{\"a\": [1]}").eval("$states.input.a")).isEqualTo(json("[1]"));
    assertThat(bindings().input("[5]").eval("$states.input")).isEqualTo(json("[5]"));
  }

  @Test
  void failsWithAnUnsupportedResultTypeWhenTheValueIsAFunction() {
    assertThatThrownBy(() -> evaluate("function($x){ $x }"))
        .isInstanceOfSatisfying(JsonataEvaluationException.class, e ->
            assertThat(e.tail()).isEqualTo("returned an unsupported result type."));
    assertThatThrownBy(() -> evaluate("$sum"))
        .isInstanceOf(JsonataEvaluationException.class);
  }

  @Test
  void leavesOutFunctionsNestedInTheValue() {
    assertThat(evaluate("{'f': function($x){ $x }, 'n': 1}")).isEqualTo(json("{\"n\": 1}"));
  }

  @Test
  void sharesOneParsedExpressionBetweenThreads() throws Exception {
    // GIVEN one expression and eight threads evaluating it with their own variables
    JsonataExpression expression = JsonataExpression.parse(
        "{% {'sum': $sum($states.input.values) + $k, 'k': $k, 'id': $uuid()} %}");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int k = t;
        Callable<String> task = () -> {
          for (int n = 0; n < 500; n++) {
            Fixture bindings = bindings().input("{\"values\": [1, 2, " + n + "]}")
                .variable("k", String.valueOf(k));
            JsonNode value = expression.evaluate(bindings.toBindings(), JsonNodeFactory.instance);
            if (value.get("sum").intValue() != 3 + n + k || value.get("k").intValue() != k) {
              return "thread " + k + " run " + n + " got " + value;
            }
          }
          return null;
        };
        futures.add(pool.submit(task));
      }
      // THEN every evaluation saw its own bindings
      for (Future<String> future : futures) {
        assertThat(future.get()).isNull();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
