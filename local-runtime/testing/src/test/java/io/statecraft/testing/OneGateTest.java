package io.statecraft.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.compiler.Validator;
import io.statecraft.local.LocalStepFunctions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The runtime refuses at load exactly what the validator refuses, in the validator's words. */
class OneGateTest {

  /** Definitions AWS refuses at CreateStateMachine, which ran here before. */
  static final List<String> REFUSED = List.of(
      """
      {"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [], "Default": "P"},
        "P": {"Type": "Pass", "End": true}}}""",
      """
      {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"},
        "B": {"Type": "Pass", "Next": "A"}}}""",
      """
      {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": false}}}""",
      """
      {"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "E", "ErrorPath": "$.e"}}}""",
      """
      {"StartAt": "W", "States": {"W": {"Type": "Wait", "End": true}}}""");

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4})
  void loadRefusesWhatValidateRefusesWithTheSameDiagnostics(int which) {
    String definition = REFUSED.get(which);
    List<Diagnostic> errors = Validator.validate(definition).stream()
        .filter(Diagnostic::isError).toList();
    assertThat(errors).isNotEmpty();

    InvalidDefinitionException refused = catchThrowableOfType(InvalidDefinitionException.class,
        () -> LocalStepFunctions.newInstance().load("Refused", definition));

    assertThat(refused).isNotNull();
    assertThat(refused.diagnostics()).containsExactlyInAnyOrderElementsOf(errors);
  }

  @Test
  void aDefinitionWithOnlyWarningsStillLoadsAndRuns() {
    // A loop with no Wait in it is a warning: the Choice leaves it.
    String definition = """
        {"StartAt": "A", "States": {
          "A": {"Type": "Pass", "Next": "C"},
          "C": {"Type": "Choice", "Choices": [{"Variable": "$.done", "IsPresent": true,
            "Next": "End"}], "Default": "Mark"},
          "Mark": {"Type": "Pass", "Result": true, "ResultPath": "$.done", "Next": "A"},
          "End": {"Type": "Succeed"}}}""";
    assertThat(Validator.validate(definition)).isNotEmpty().noneMatch(Diagnostic::isError);
    StatecraftAssertions.assertThat(LocalStepFunctions.newInstance().load("Warned", definition)
        .run("{}")).succeeded().hasOutput("{\"done\": true}");
  }
}
