package io.statecraft.compiler.internal.jsonata;

import static io.statecraft.compiler.internal.jsonata.Fixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The failures a field reports about the value its expression gave, worded as in the causes AWS
 * recorded (see {@code ../shared/conformance}).
 */
class JsonataEvaluationExceptionTest {

  @Test
  void reportsAnExpressionThatReturnedNothing() {
    JsonataEvaluationException e = JsonataEvaluationException.returnedNothing("$doesNotExist");
    assertThat(e.cause("Arguments/FunctionName")).isEqualTo("The JSONata expression"
        + " '$doesNotExist' specified for the field 'Arguments/FunctionName' returned nothing"
        + " (undefined).");
    assertThat(e.error()).isEqualTo("States.QueryEvaluationError");
    assertThat(e.code()).isNull();
  }

  @Test
  void reportsAValueOfTheWrongTypeWithItsTypeAndItsJson() {
    assertThat(JsonataEvaluationException.unexpectedType("{'foo': 'bar'}", "array",
        json("{\"foo\": \"bar\"}")).cause("Items")).isEqualTo("The JSONata expression"
        + " '{'foo': 'bar'}' specified for the field 'Items' returned an unexpected result type."
        + " Expected 'array', but was 'object' for value: {\"foo\":\"bar\"}");
    assertThat(JsonataEvaluationException.unexpectedType("'string'", "array", json("\"string\""))
        .tail()).isEqualTo("returned an unexpected result type. Expected 'array', but was"
        + " 'string' for value: \"string\"");
    assertThat(JsonataEvaluationException.unexpectedType("1", "array", json("1")).tail())
        .endsWith("but was 'number' for value: 1");
    assertThat(JsonataEvaluationException.unexpectedType("true", "array", json("true")).tail())
        .endsWith("but was 'boolean' for value: true");
    assertThat(JsonataEvaluationException.unexpectedType("$v", "array", json("null")).tail())
        .endsWith("but was 'null' for value: null");
  }

  @Test
  void reportsAFunctionValue() {
    assertThat(JsonataEvaluationException.unsupportedResultType("$sum").cause("Output"))
        .isEqualTo("The JSONata expression '$sum' specified for the field 'Output' returned an"
            + " unsupported result type.");
  }

  @Test
  void namesTypesAsAwsDoes() {
    assertThat(JsonataValues.typeName(json("[]"))).isEqualTo("array");
    assertThat(JsonataValues.typeName(json("{}"))).isEqualTo("object");
    assertThat(JsonataValues.typeName(json("\"s\""))).isEqualTo("string");
    assertThat(JsonataValues.typeName(json("1.5"))).isEqualTo("number");
    assertThat(JsonataValues.typeName(json("false"))).isEqualTo("boolean");
    assertThat(JsonataValues.typeName(json("null"))).isEqualTo("null");
    assertThat(JsonataValues.text(json("{ \"a\" : [1, \"x\"] }"))).isEqualTo("{\"a\":[1,\"x\"]}");
  }
}
