package io.statecraft.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.compiler.Validator;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;

/** CreateStateMachine refuses what {@code statecraft validate} refuses, with its diagnostics. */
class CreateStateMachineGateTest {

  @RegisterExtension
  static final EmulatorApi API = EmulatorApi.standard();

  private static final List<String> REFUSED = List.of(
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
  void refusesWhatValidateRefusesWithEachOfItsErrors(int which) {
    String definition = REFUSED.get(which);
    List<Diagnostic> errors = Validator.validate(definition).stream()
        .filter(Diagnostic::isError).toList();
    assertThat(errors).isNotEmpty();

    InvalidDefinitionException refused = catchThrowableOfType(InvalidDefinitionException.class,
        () -> API.sfn().createStateMachine(b -> b.name("refused-" + which)
            .roleArn(StepFunctionsEmulatorSdkTest.ROLE).definition(definition)));

    assertThat(refused).isNotNull();
    for (Diagnostic error : errors) {
      assertThat(refused.getMessage()).contains(error.code() + ": " + error.message());
    }
  }
}
