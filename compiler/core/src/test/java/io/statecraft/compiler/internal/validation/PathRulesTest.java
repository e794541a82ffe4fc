package io.statecraft.compiler.internal.validation;

import static io.statecraft.compiler.internal.validation.Check.errors;
import static io.statecraft.compiler.internal.validation.Check.refuses;
import static io.statecraft.compiler.internal.validation.Check.single;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Paths, payload templates and Choice operands of JSONPath states, case by case. */
class PathRulesTest {

  private static String pass(String fields) {
    return single("{\"Type\": \"Pass\", \"End\": true, " + fields + "}");
  }

  /** A Choice S whose one rule (given as JSON fields) goes to Done. */
  private static String choice(String rule) {
    return "{\"StartAt\": \"S\", \"States\": {\"S\": {\"Type\": \"Choice\", \"Default\": \"Done\","
        + " \"Choices\": [{" + rule + ", \"Next\": \"Done\"}]}, \"Done\": {\"Type\": \"Succeed\"}}}";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # case | fields of the Pass state S | its only error, below /States/S | message or blank
      a path without $ | "InputPath": "input.order" | /InputPath PATH_SYNTAX \
          | InputPath "input.order" is not a path: a path starts with $
      a path JSONPath cannot parse | "OutputPath": "$.order." | /OutputPath PATH_SYNTAX |
      a wildcard in ResultPath | "ResultPath": "$.items[*]" | /ResultPath PATH_NOT_REFERENCE |
      a function in ResultPath | "ResultPath": "$.items.length()" | /ResultPath PATH_NOT_REFERENCE |
      a variable in ResultPath | "ResultPath": "$total" | /ResultPath PATH_VARIABLE_NOT_ALLOWED |
      an unclosed bracket in ResultPath | "ResultPath": "$.ship[" | /ResultPath PATH_SYNTAX \
          | ResultPath "$.ship[" is not valid JSONPath: the '[' at character 6 is never closed
      a stray bracket in InputPath | "InputPath": "$.ship]" | /InputPath PATH_SYNTAX |
      an unclosed bracket in a .$ field | "Parameters": {"id.$": "$.ids["} \
          | /Parameters/id.$ PATH_SYNTAX |
      a union of names in ResultPath | "ResultPath": "$.a['b','c']" \
          | /ResultPath PATH_NOT_REFERENCE |
      a .$ field holding no path | "Parameters": {"order": {"id.$": "order-id"}} \
          | /Parameters/order/id.$ PAYLOAD_PATH |
      a .$ field holding no string | "Parameters": {"id.$": 42} | /Parameters/id.$ PAYLOAD_PATH |
      a field given plain and with .$ | "Parameters": {"id": 1, "id.$": "$.id"} \
          | /Parameters/id.$ PAYLOAD_DUPLICATE_KEY |
      an unknown intrinsic function | "Parameters": {"id.$": "States.Concat($.a, $.b)"} \
          | /Parameters/id.$ INTRINSIC_FUNCTION \
          | id.$: unknown intrinsic function States.Concat; did you mean States.Format?
      an intrinsic function of wrong arity | "Parameters": {"n.$": "States.ArrayLength($.a, $.b)"} \
          | /Parameters/n.$ INTRINSIC_FUNCTION |
      an intrinsic literal of the wrong type | "Parameters": {"n.$": "States.MathAdd($.a, '-1')"} \
          | /Parameters/n.$ INTRINSIC_FUNCTION \
          | n.$: States.MathAdd: the second argument must be a number, was the string '-1'
      an intrinsic function that does not parse | "Parameters": {"n.$": "States.Format('{}', $.a"} \
          | /Parameters/n.$ INTRINSIC_FUNCTION |
      """)
  void refusesInAPassState(String what, String fields, String error, String message) {
    refuses(pass(fields), "/States/S" + error, message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # case | fields of the Pass state S
      a filter in InputPath | "InputPath": "$.items[?(@.price > 10)]"
      a wildcard in InputPath | "InputPath": "$.items[*].id"
      context paths, variables, intrinsics and placeholders in .$ fields \
          | "Parameters": {"a.$": "$$.Execution.Id", "b.$": "$total", \
          "c.$": "States.Format('{}', $.x)", "d.$": "${Path}"}
      a placeholder inside an intrinsic string argument \
          | "Parameters": {"u.$": "States.Format('s3://${Bucket}/{}', $.key)"}
      """)
  void acceptsInAPassState(String what, String fields) {
    assertThat(errors(pass(fields))).isEmpty();
  }

  @Test
  void refusesBadPathInsideIntrinsicFunction() {
    assertThat(errors(pass("\"Parameters\": {\"n.$\": \"States.ArrayLength($.items.)\"}")))
        .contains("/States/S/Parameters/n.$ PATH_SYNTAX");
  }

  @Test
  void refusesDescendantPathInItemsPath() {
    assertThat(errors(single("{\"Type\": \"Map\", \"End\": true, \"ItemsPath\": \"$..items\","
        + " \"ItemProcessor\": {\"StartAt\": \"I\", \"States\": {\"I\": {\"Type\": \"Succeed\"}}}}")))
        .containsExactly("/States/S/ItemsPath PATH_NOT_REFERENCE");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # case | the rule's comparison | its only error, below /States/S/Choices/0 | message or blank
      an intrinsic call as Variable | "Variable": "States.ArrayLength($.a)", "NumericEquals": 1 \
          | /Variable PATH_SYNTAX |
      an operand of the wrong type | "Variable": "$.n", "NumericGreaterThan": "10" \
          | /NumericGreaterThan CHOICE_OPERAND_TYPE \
          | NumericGreaterThan compares with a number, not the string "10"
      a type test that is not true or false | "Variable": "$.n", "IsNull": "yes" \
          | /IsNull CHOICE_OPERAND_TYPE |
      a timestamp not in RFC 3339 | "Variable": "$.t", "TimestampEquals": "14 March 2026" \
          | /TimestampEquals TIMESTAMP_FORMAT |
      a path operand that is no reference | "Variable": "$.a", "StringEqualsPath": "$.b[*]" \
          | /StringEqualsPath PATH_NOT_REFERENCE |
      a comparison nested in And and Not | "And": [{"Variable": "$.a", "IsPresent": true}, \
          {"Not": {"Variable": "$.b", "BooleanEquals": 1}}] \
          | /And/1/Not/BooleanEquals CHOICE_OPERAND_TYPE |
      # The reader refuses this before any rule runs: the model holds one comparison per rule.
      two comparisons in one rule | "Variable": "$.n", "NumericEquals": 1, "IsNull": false \
          | ` READ_VALUE` |
      """)
  void refusesInAChoiceRule(String what, String rule, String error, String message) {
    refuses(choice(rule), "/States/S/Choices/0" + error, message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # case | the rule's comparison
      an RFC 3339 timestamp | "Variable": "$.t", "TimestampEquals": "2026-03-14T01:59:00Z"
      a placeholder as numeric operand | "Variable": "$.n", "NumericEquals": "${Limit}"
      """)
  void acceptsInAChoiceRule(String what, String rule) {
    assertThat(errors(choice(rule))).isEmpty();
  }
}
