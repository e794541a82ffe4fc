package io.statecraft.compiler.internal.validation;

import static io.statecraft.compiler.internal.validation.Check.errors;
import static io.statecraft.compiler.internal.validation.Check.refuses;
import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.compiler.validation.Rule;
import org.junit.jupiter.api.Test;

class JsonataRulesTest {

  /** A JSONata machine whose only state S is a Pass with the given fields. */
  private static String pass(String fields) {
    return "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"S\", \"States\": {\"S\":"
        + " {\"Type\": \"Pass\", \"End\": true, " + fields + "}}}";
  }

  @Test
  void acceptsWellFormedExpressions() {
    assertThat(errors(pass("\"Output\": {\"total\": \"{% $sum($states.input.items.price) %}\"},"
        + " \"Assign\": {\"n\": \"{% 1 + 2 %}\"}"))).isEmpty();
  }

  @Test
  void refusesExpressionThatDoesNotParse() {
    refuses(pass("\"Output\": \"{% $sum($states.input.items %}\""),
        "/States/S/Output", Rule.JSONATA_SYNTAX,
        "Output is not a valid JSONata expression: Expected \")\" before end of expression");
  }

  @Test
  void refusesExpressionNestedDeepInATemplate() {
    assertThat(errors(pass("\"Assign\": {\"a\": [{\"b\": \"{% 420. %}\"}]}")))
        .containsExactly("/States/S/Assign/a/0/b JSONATA_SYNTAX");
  }

  @Test
  void refusesElvisAndCoalescingOperatorsStepFunctionsDoesNotSupport() {
    assertThat(errors(pass("\"Output\": \"{% $states.input.a ?: 0 %}\"")))
        .containsExactly("/States/S/Output JSONATA_SYNTAX");
    assertThat(errors(pass("\"Output\": \"{% $states.input.a ?? 0 %}\"")))
        .containsExactly("/States/S/Output JSONATA_SYNTAX");
    assertThat(errors(pass("\"Output\": \"{% $states.input.a ? 1 : 0 %}\""))).isEmpty();
    assertThat(errors(pass("\"Output\": \"{% 'a ?: b' %}\""))).isEmpty();
  }

  @Test
  void refusesExpressionMissingItsClosingDelimiter() {
    assertThat(errors(pass("\"Output\": \"{% 10 %\""))).containsExactly("/States/S/Output JSONATA_DELIMITERS");
  }

  @Test
  void refusesExpressionMissingItsOpeningDelimiter() {
    assertThat(errors(pass("\"Output\": \"10 %}\""))).containsExactly("/States/S/Output JSONATA_DELIMITERS");
  }

  @Test
  void refusesExpressionWithoutSpacesInsideTheDelimiters() {
    assertThat(errors(pass("\"Output\": \"{%10%}\""))).containsExactly("/States/S/Output JSONATA_DELIMITERS");
  }

  @Test
  void refusesJsonPathFieldsInJsonataState() {
    refuses(pass("\"ResultPath\": \"$.r\""), "/States/S/ResultPath", Rule.QUERY_LANGUAGE_FIELD,
        "ResultPath is a JSONPath field, but state \"S\" uses JSONata");
  }

  @Test
  void refusesPassResultInJsonataState() {
    assertThat(errors(pass("\"Result\": {\"ok\": true}")))
        .containsExactly("/States/S/Result QUERY_LANGUAGE_FIELD");
  }

  @Test
  void refusesJsonataFieldsInJsonPathState() {
    String json = "{\"StartAt\": \"S\", \"States\": {\"S\": {\"Type\": \"Pass\", \"End\": true,"
        + " \"Output\": \"{% 1 %}\"}}}";
    assertThat(errors(json)).containsExactly("/States/S/Output QUERY_LANGUAGE_FIELD");
  }

  @Test
  void appliesTheStateOwnQueryLanguageOverTheMachines() {
    String json = pass("\"QueryLanguage\": \"JSONPath\", \"ResultPath\": \"$.r\"");
    assertThat(errors(json)).isEmpty();
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
