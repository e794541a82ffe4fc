package io.statecraft.compiler.internal.validation;

import static io.statecraft.compiler.internal.validation.Check.errors;
import static io.statecraft.compiler.internal.validation.Check.refuses;
import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.compiler.Validator;
import io.statecraft.compiler.validation.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonataRulesTest {

  /** A JSONata machine whose only state S is a Pass with the given fields. */
  private static String pass(String fields) {
    return "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"S\", \"States\": {\"S\":"
        + " {\"Type\": \"Pass\", \"End\": true, " + fields + "}}}";
  }

  /** A JSONata machine whose states, starting with the first, are the given ones. */
  private static String jsonata(String states) {
    String first = states.substring(states.indexOf('"') + 1, states.indexOf('"', 1 + states.indexOf('"')));
    return "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"" + first + "\", \"States\": {"
        + states + "}}";
  }

  /** The only diagnostic of {@code json}. */
  private static Diagnostic diagnostic(String json) {
    List<Diagnostic> diagnostics = Validator.validate(json);
    assertThat(diagnostics).hasSize(1);
    return diagnostics.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # case | fields of the JSONata Pass state S | its only error, below /States/S
      an expression nested deep in a template | "Assign": {"a": [{"b": "{% 420. %}"}]} \
          | /Assign/a/0/b JSONATA_SYNTAX
      an expression missing its closing delimiter | "Output": "{% 10 %" | /Output JSONATA_DELIMITERS
      an expression missing its opening delimiter | "Output": "10 %}" | /Output JSONATA_DELIMITERS
      no spaces inside the delimiters | "Output": "{%10%}" | /Output JSONATA_DELIMITERS
      the JSONPath field Result | "Result": {"ok": true} | /Result QUERY_LANGUAGE_FIELD
      """)
  void refusesInAPassState(String what, String fields, String error) {
    assertThat(errors(pass(fields))).containsExactly("/States/S" + error);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # case | fields of the JSONata Pass state S
      well-formed expressions | "Output": {"total": "{% $sum($states.input.items.price) %}"}, \
          "Assign": {"n": "{% 1 + 2 %}"}
      the conditional operator | "Output": "{% $states.input.a ? 1 : 0 %}"
      ?: in a string | "Output": "{% 'a ?: b' %}"
      a lambda signature with an optional parameter \
          | "Output": "{% ($pad := function($s)<s?:s> { '[' & $s & ']' }; \
          $pad($states.input.name)) %}"
      names that predicates and later path steps read \
          | "Output": "{% $states.input.items[price > 10].name %}", \
          "Assign": {"n": "{% $count($states.input.items[$.qty > 1]) %}"}
      """)
  void acceptsInAPassState(String what, String fields) {
    assertThat(errors(pass(fields))).isEmpty();
  }

  @Test
  void refusesExpressionThatDoesNotParse() {
    refuses(pass("\"Output\": \"{% $sum($states.input.items %}\""),
        "/States/S/Output", Rule.JSONATA_SYNTAX,
        "INVALID_JSONATA_EXPRESSION: Expected \")\" before end of expression");
  }

  @Test
  void refusesElvisAndCoalescingOperatorsStepFunctionsDoesNotSupport() {
    String coalescing = pass("\"Output\": \"{% $states.input.a ?? 0 %}\"");
    refuses(coalescing, "/States/S/Output", Rule.JSONATA_SYNTAX,
        "INVALID_JSONATA_EXPRESSION: The symbol \"?\" cannot be used as a unary operator");
    assertThat(diagnostic(coalescing).hint())
        .isEqualTo("Step Functions' JSONata has no ?? operator: use $exists(x) ? x : default");
    String elvis = pass("\"Output\": \"{% $states.input.a ?: 0 %}\"");
    refuses(elvis, "/States/S/Output", Rule.JSONATA_SYNTAX,
        "INVALID_JSONATA_EXPRESSION: The symbol \":\" cannot be used as a unary operator");
    assertThat(diagnostic(elvis).hint())
        .isEqualTo("Step Functions' JSONata has no ?: operator: use x ? x : default");
  }

  @Test
  void refusesANameReadAtTheTopLevelWhereThereIsNoInputDocument() {
    String json = pass("\"Output\": {\"to\": \"{% phone %}\"}");
    refuses(json, "/States/S/Output/to", Rule.JSONATA_UNSUPPORTED,
        "UNSUPPORTED_JSONATA_EXPRESSION: Reference to 'phone' at the top level is not supported.");
    assertThat(diagnostic(json).hint()).isEqualTo("a field of the state input is"
        + " $states.input.phone");
  }

  @Test
  void refusesTheRootAndTheContextSymbolsAtTheTopLevel() {
    String root = pass("\"Assign\": {\"all\": \"{% $ %}\"}");
    refuses(root, "/States/S/Assign/all", Rule.JSONATA_UNSUPPORTED,
        "UNSUPPORTED_JSONATA_EXPRESSION: Reference to '$' at the top level is not supported.");
    assertThat(diagnostic(root).hint()).isEqualTo("the state input is $states.input");
    String context = pass("\"Output\": \"{% $$.Execution.Id %}\"");
    refuses(context, "/States/S/Output", Rule.JSONATA_UNSUPPORTED,
        "UNSUPPORTED_JSONATA_EXPRESSION: Reference to '$$' is not supported.");
    assertThat(diagnostic(context).hint()).isEqualTo("the Context object is $states.context");
  }

  @Test
  void acceptsTheResultInTheOutputAndAssignOfTaskMapAndParallel() {
    assertThat(errors(jsonata("""
        "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Output": "{% $states.result.Payload %}", "Assign": {"r": "{% $states.result %}"},
          "Next": "P"},
        "P": {"Type": "Parallel", "Branches": [{"StartAt": "B", "States":
          {"B": {"Type": "Succeed"}}}], "Output": {"first": "{% $states.result[0] %}"},
          "Next": "M"},
        "M": {"Type": "Map", "ItemProcessor": {"StartAt": "I", "States":
          {"I": {"Type": "Succeed"}}}, "Assign": {"n": "{% $count($states.result) %}"},
          "End": true}"""))).isEmpty();
  }

  @Test
  void refusesTheResultWhereTheStateHasNone() {
    refuses(pass("\"Output\": \"{% $states.result %}\""), "/States/S/Output",
        Rule.JSONATA_STATES_FIELD, "Output reads $states.result, which only the Output and Assign"
            + " of a Task, Map or Parallel state can read");
    assertThat(errors(jsonata("""
        "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Arguments": {"Payload": "{% $states.result %}"}, "End": true}""")))
        .containsExactly("/States/T/Arguments/Payload JSONATA_STATES_FIELD");
    assertThat(errors(jsonata("""
        "C": {"Type": "Choice", "Choices": [{"Condition": "{% true %}", "Next": "D",
          "Output": "{% $states.result %}"}], "Default": "D"},
        "D": {"Type": "Succeed"}""")))
        .containsExactly("/States/C/Choices/0/Output JSONATA_STATES_FIELD");
  }

  @Test
  void refusesTheResultInACatcherAndPointsAtTheErrorOutput() {
    String json = jsonata("""
        "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
          "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "D",
            "Assign": {"cause": "{% $states.result.Cause %}"}}]},
        "D": {"Type": "Succeed"}""");
    refuses(json, "/States/T/Catch/0/Assign/cause", Rule.JSONATA_STATES_FIELD,
        "cause reads $states.result, which only the Output and Assign of a Task, Map or Parallel"
            + " state can read");
    assertThat(diagnostic(json).hint())
        .isEqualTo("a Catcher reads the error as $states.errorOutput");
  }

  @Test
  void acceptsTheErrorOutputOnlyInACatcher() {
    assertThat(errors(jsonata("""
        "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
          "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "D",
            "Output": "{% $states.errorOutput %}",
            "Assign": {"cause": "{% $states.errorOutput.Cause %}"}}]},
        "D": {"Type": "Succeed"}"""))).isEmpty();
    String json = jsonata("""
        "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
          "Output": "{% $states.errorOutput %}"}""");
    refuses(json, "/States/T/Output", Rule.JSONATA_STATES_FIELD, "Output reads"
        + " $states.errorOutput, which only the Output and Assign of a Catcher can read");
    assertThat(diagnostic(json).hint()).isEqualTo("the state's result is $states.result");
  }

  @Test
  void refusesJsonPathFieldsInJsonataState() {
    refuses(pass("\"ResultPath\": \"$.r\""), "/States/S/ResultPath", Rule.QUERY_LANGUAGE_FIELD,
        "ResultPath is a JSONPath field, but state \"S\" uses JSONata");
  }

  @Test
  void refusesAJsonPathStateAnywhereInAJsonataMachineButTakesTheReverse() {
    // AWS (statemachine-structure): a JSONPath machine may convert state by state to JSONata,
    // but "you cannot revert a top-level JSONata-based state machine" to a mix.
    String jsonataMachine = """
        {"QueryLanguage": "JSONata", "StartAt": "P", "States": {"P": {"Type": "Parallel",
          "End": true, "Branches": [{"StartAt": "B", "States": {
            "B": {"Type": "Pass", "QueryLanguage": "JSONPath", "End": true}}}]}}}""";
    assertThat(errors(jsonataMachine))
        .containsExactly("/States/P/Branches/0/States/B/QueryLanguage QUERY_LANGUAGE_MIXED");
    assertThat(errors(pass("\"QueryLanguage\": \"JSONPath\", \"ResultPath\": \"$.r\"")))
        .containsExactly("/States/S/QueryLanguage QUERY_LANGUAGE_MIXED");
    String jsonPathMachine = """
        {"StartAt": "S", "States": {"S": {"Type": "Pass", "QueryLanguage": "JSONata",
          "End": true}}}""";
    assertThat(errors(jsonPathMachine)).isEmpty();
  }

  @Test
  void refusesJsonataFieldsInJsonPathState() {
    String json = "{\"StartAt\": \"S\", \"States\": {\"S\": {\"Type\": \"Pass\", \"End\": true,"
        + " \"Output\": \"{% 1 %}\"}}}";
    assertThat(errors(json)).containsExactly("/States/S/Output QUERY_LANGUAGE_FIELD");
  }

  @Test
  void statesInsideAJsonataParallelInheritTheMachinesLanguageNotTheParallels() {
    String json = """
        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "QueryLanguage": "JSONata",
          "Output": "{% $states.result[0] %}", "End": true, "Branches": [
            {"StartAt": "A", "States": {"A": {"Type": "Pass", "ResultPath": "$.a", "End": true}}},
            {"StartAt": "B", "States": {"B": {"Type": "Pass", "Output": "{% 1 %}", "End": true}}}
          ]}}}""";
    assertThat(errors(json))
        .containsExactly("/States/P/Branches/1/States/B/Output QUERY_LANGUAGE_FIELD");
  }

  @Test
  void statesInsideAJsonataMapInheritTheMachinesLanguageNotTheMaps() {
    String json = """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "QueryLanguage": "JSONata",
          "Items": "{% [1, 2] %}", "End": true, "ItemProcessor": {"StartAt": "I", "States": {
            "I": {"Type": "Pass", "Parameters": {"n.$": "$"}, "End": true}}}}}}""";
    assertThat(errors(json)).isEmpty();
    assertThat(errors(json.replace("\"Parameters\": {\"n.$\": \"$\"}",
        "\"QueryLanguage\": \"JSONata\", \"Output\": \"{% $states.input %}\"")))
        .isEmpty();
  }

  @Test
  void acceptsExpressionInNumericField() {
    String json = "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"S\", \"States\": {\"S\":"
        + " {\"Type\": \"Wait\", \"End\": true, \"Seconds\": \"{% $states.input.delay %}\"}}}";
    assertThat(errors(json)).isEmpty();
    assertThat(errors(json.replace("{% $states.input.delay %}", "{% $states.input.delay")))
        .containsExactly("/States/S/Seconds JSONATA_DELIMITERS", "/States/S/Seconds NUMBER_EXPECTED");
  }
}
