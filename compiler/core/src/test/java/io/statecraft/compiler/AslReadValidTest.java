package io.statecraft.compiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import org.junit.jupiter.api.Test;

class AslReadValidTest {

  private static final String DANGLING_NEXT = """
      {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "Nowhere"}}}
      """;

  @Test
  void readAcceptsAReadableDefinitionThatAwsWouldRefuse() {
    assertThat(Asl.read(DANGLING_NEXT).states()).containsKey("A");
  }

  @Test
  void readValidRefusesItWithTheValidatorsDiagnostics() {
    var problems = catchThrowableOfType(InvalidDefinitionException.class,
        () -> Asl.readValid(DANGLING_NEXT)).diagnostics();
    assertThat(problems).extracting(Diagnostic::code).contains("TRANSITION_UNKNOWN");
    assertThat(problems).allMatch(Diagnostic::isError);
  }

  @Test
  void readValidLetsWarningsThrough() {
    String choiceWithoutDefault = """
        {"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [
          {"Variable": "$.a", "IsPresent": true, "Next": "D"}]}, "D": {"Type": "Succeed"}}}
        """;
    assertThat(Asl.readValid(choiceWithoutDefault).startAt()).isEqualTo("C");
  }
}
