package io.statecraft.compiler.internal.validation;

import static io.statecraft.compiler.internal.validation.Check.errors;
import static io.statecraft.compiler.internal.validation.Check.refuses;
import static io.statecraft.compiler.internal.validation.Check.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.compiler.validation.Rule;
import org.junit.jupiter.api.Test;

class PathRulesTest {

  private static String pass(String fields) {
    return single("{\"Type\": \"Pass\", \"End\": true, " + fields + "}");
  }

  /** A Choice S whose one rule (given as JSON fields) goes to Done. */
  private static String choice(String rule) {
    return "{\"StartAt\": \"S\", \"States\": {\"S\": {\"Type\": \"Choice\", \"Default\": \"Done\","
        + " \"Choices\": [{" + rule + ", \"Next\": \"Done\"}]}, \"Done\": {\"Type\": \"Succeed\"}}}";
  }

  @Test
  void refusesPathThatDoesNotStartWithDollar() {
    refuses(pass("\"InputPath\": \"input.order\""), "/States/S/InputPath", Rule.PATH_SYNTAX,
        "InputPath \"input.order\" is not a path: a path starts with $");
  }

  @Test
  void refusesPathThatJsonPathCannotParse() {
    assertThat(errors(pass("\"OutputPath\": \"$.order.\"")))
        .containsExactly("/States/S/OutputPath PATH_SYNTAX");
  }

  @Test
  void acceptsFiltersAndWildcardsInInputPath() {
    assertThat(errors(pass("\"InputPath\": \"$.items[?(@.price > 10)]\""))).isEmpty();
    assertThat(errors(pass("\"InputPath\": \"$.items[*].id\""))).isEmpty();
  }

  @Test
  void refusesWildcardInResultPath() {
    assertThat(errors(pass("\"ResultPath\": \"$.items[*]\"")))
        .containsExactly("/States/S/ResultPath PATH_NOT_REFERENCE");
  }

  @Test
  void refusesFunctionInResultPath() {
    assertThat(errors(pass("\"ResultPath\": \"$.items.length()\"")))
        .containsExactly("/States/S/ResultPath PATH_NOT_REFERENCE");
  }

  @Test
  void refusesVariableInResultPath() {
    assertThat(errors(pass("\"ResultPath\": \"$total\"")))
        .containsExactly("/States/S/ResultPath PATH_VARIABLE_NOT_ALLOWED");
  }

  @Test
  void refusesDescendantPathInItemsPath() {
    assertThat(errors(single("{\"Type\": \"Map\", \"End\": true, \"ItemsPath\": \"$..items\","
        + " \"ItemProcessor\": {\"StartAt\": \"I\", \"States\": {\"I\": {\"Type\": \"Succeed\"}}}}")))
        .containsExactly("/States/S/ItemsPath PATH_NOT_REFERENCE");
  }

  @Test
  void refusesDollarFieldWhoseValueIsNotAPath() {
    String json = pass("\"Parameters\": {\"order\": {\"id.$\": \"order-id\"}}");
    assertThat(errors(json)).containsExactly("/States/S/Parameters/order/id.$ PAYLOAD_PATH");
  }

  @Test
  void refusesDollarFieldWhoseValueIsNotAString() {
    assertThat(errors(pass("\"Parameters\": {\"id.$\": 42}")))
        .containsExactly("/States/S/Parameters/id.$ PAYLOAD_PATH");
  }

  @Test
  void acceptsContextPathsVariablesIntrinsicsAndPlaceholdersInDollarFields() {
    assertThat(errors(pass("\"Parameters\": {\"a.$\": \"$$.Execution.Id\", \"b.$\": \"$total\","
        + " \"c.$\": \"States.Format('{}', $.x)\", \"d.$\": \"${Path}\"}"))).isEmpty();
  }

  @Test
  void refusesFieldGivenBothPlainAndWithDollar() {
    assertThat(errors(pass("\"Parameters\": {\"id\": 1, \"id.$\": \"$.id\"}")))
        .containsExactly("/States/S/Parameters/id.$ PAYLOAD_DUPLICATE_KEY");
  }

  @Test
  void refusesUnknownIntrinsicFunction() {
    refuses(pass("\"Parameters\": {\"id.$\": \"States.Concat($.a, $.b)\"}"),
        "/States/S/Parameters/id.$", Rule.INTRINSIC_FUNCTION,
        "id.$: unknown intrinsic function States.Concat; did you mean States.Format?");
  }

  @Test
  void refusesIntrinsicFunctionWithWrongArity() {
    assertThat(errors(pass("\"Parameters\": {\"n.$\": \"States.ArrayLength($.a, $.b)\"}")))
        .containsExactly("/States/S/Parameters/n.$ INTRINSIC_FUNCTION");
  }

  @Test
  void refusesIntrinsicFunctionWithLiteralOfWrongType() {
    refuses(pass("\"Parameters\": {\"n.$\": \"States.MathAdd($.a, '-1')\"}"),
        "/States/S/Parameters/n.$", Rule.INTRINSIC_FUNCTION,
        "n.$: States.MathAdd: the second argument must be a number, was the string '-1'");
  }

  @Test
  void refusesIntrinsicFunctionThatDoesNotParse() {
    assertThat(errors(pass("\"Parameters\": {\"n.$\": \"States.Format('{}', $.a\"}")))
        .containsExactly("/States/S/Parameters/n.$ INTRINSIC_FUNCTION");
  }

  @Test
  void refusesBadPathInsideIntrinsicFunction() {
    assertThat(errors(pass("\"Parameters\": {\"n.$\": \"States.ArrayLength($.items.)\"}")))
        .contains("/States/S/Parameters/n.$ PATH_SYNTAX");
  }

  @Test
  void acceptsPlaceholderInsideIntrinsicStringArgument() {
    assertThat(errors(pass("\"Parameters\": {\"u.$\": \"States.Format('s3://${Bucket}/{}', $.key)\"}")))
        .isEmpty();
  }

  @Test
  void refusesIntrinsicFunctionAsChoiceVariable() {
    assertThat(errors(choice("\"Variable\": \"States.ArrayLength($.a)\", \"NumericEquals\": 1")))
        .containsExactly("/States/S/Choices/0/Variable PATH_SYNTAX");
  }

  @Test
  void refusesOperandOfTheWrongType() {
    refuses(choice("\"Variable\": \"$.n\", \"NumericGreaterThan\": \"10\""),
        "/States/S/Choices/0/NumericGreaterThan", Rule.CHOICE_OPERAND_TYPE,
        "NumericGreaterThan compares with a number, not the string \"10\"");
  }

  @Test
  void refusesNonBooleanTypeTest() {
    assertThat(errors(choice("\"Variable\": \"$.n\", \"IsNull\": \"yes\"")))
        .containsExactly("/States/S/Choices/0/IsNull CHOICE_OPERAND_TYPE");
  }

  @Test
  void refusesTimestampThatIsNotRfc3339() {
    assertThat(errors(choice("\"Variable\": \"$.t\", \"TimestampEquals\": \"14 March 2026\"")))
        .containsExactly("/States/S/Choices/0/TimestampEquals TIMESTAMP_FORMAT");
    assertThat(errors(choice("\"Variable\": \"$.t\", \"TimestampEquals\": \"2026-03-14T01:59:00Z\"")))
        .isEmpty();
  }

  @Test
  void refusesPathOperatorWithNonReferencePath() {
    assertThat(errors(choice("\"Variable\": \"$.a\", \"StringEqualsPath\": \"$.b[*]\"")))
        .containsExactly("/States/S/Choices/0/StringEqualsPath PATH_NOT_REFERENCE");
  }

  @Test
  void checksComparisonsNestedInAndOrNot() {
    assertThat(errors(choice("\"And\": [{\"Variable\": \"$.a\", \"IsPresent\": true},"
        + " {\"Not\": {\"Variable\": \"$.b\", \"BooleanEquals\": 1}}]")))
        .containsExactly("/States/S/Choices/0/And/1/Not/BooleanEquals CHOICE_OPERAND_TYPE");
  }

  @Test
  void refusesRuleWithTwoComparisons() {
    // The reader refuses this before any rule runs: the model holds one comparison per rule.
    assertThat(errors(choice("\"Variable\": \"$.n\", \"NumericEquals\": 1, \"IsNull\": false")))
        .containsExactly("/States/S/Choices/0 READ_VALUE");
  }

  @Test
  void acceptsPlaceholderAsNumericOperand() {
    assertThat(errors(choice("\"Variable\": \"$.n\", \"NumericEquals\": \"${Limit}\""))).isEmpty();
  }
}
