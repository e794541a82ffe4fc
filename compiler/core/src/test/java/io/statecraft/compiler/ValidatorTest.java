package io.statecraft.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.asl.PassState;
import io.statecraft.asl.State;
import io.statecraft.asl.StateMachine;
import io.statecraft.asl.SucceedState;
import io.statecraft.asl.diagnostic.DefinitionValidator;
import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.diagnostic.Severity;
import io.statecraft.compiler.internal.validation.ValidatorService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class ValidatorTest {

  /** Start -> Done, plus an Orphan nothing leads to: one semantic error. */
  private static StateMachine machineWithOrphan() {
    Map<String, State> states = new LinkedHashMap<>();
    states.put("Start", new PassState(null, null, null, null, null, null, null, null, null,
        "Done", false));
    states.put("Done", new SucceedState(null, null, null, null, null));
    states.put("Orphan", new SucceedState(null, null, null, null, null));
    return new StateMachine(null, null, "Start", null, null, states);
  }

  @Test
  void validatesMachineBuiltInJava() {
    assertThat(Validator.validate(machineWithOrphan())).containsExactly(new Diagnostic(
        "STATE_UNREACHABLE", Severity.ERROR, "/States/Orphan", null,
        "state \"Orphan\" cannot be reached: no transition from StartAt \"Start\" leads to it",
        null));
  }

  @Test
  void isFoundByTheDslThroughServiceLoader() {
    List<DefinitionValidator> validators = ServiceLoader.load(DefinitionValidator.class).stream()
        .map(ServiceLoader.Provider::get)
        .toList();
    assertThat(validators).hasAtLeastOneElementOfType(ValidatorService.class);
    assertThat(validators.get(0).validate(machineWithOrphan()))
        .extracting(Diagnostic::pointer).containsExactly("/States/Orphan");
  }

  @Test
  void refusesADefinitionLongerThanAwsTakesAndStillChecksTheRest() {
    // GIVEN a definition of 1,048,577 characters whose Pass state has no End
    String head = "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"Comment\": \"";
    String tail = "\"}}}";
    String text = head + "x".repeat(1_048_577 - head.length() - tail.length()) + tail;
    // WHEN
    List<Diagnostic> diagnostics = Validator.validate(text);
    // THEN
    assertThat(diagnostics).extracting(Diagnostic::code).contains("DEFINITION_SIZE");
    assertThat(diagnostics).filteredOn(d -> d.code().equals("DEFINITION_SIZE"))
        .extracting(Diagnostic::message).containsExactly("the definition is 1048577 characters"
            + " long; AWS takes at most 1048576 (Member must have length less than or equal to"
            + " 1048576)");
    assertThat(diagnostics).hasSizeGreaterThan(1);
    assertThat(Validator.validate(text.substring(0, head.length()) + text.substring(head.length()
        + 1))).extracting(Diagnostic::code).doesNotContain("DEFINITION_SIZE");
  }

  @Test
  void reportsTextThatIsNotJsonAsSyntaxError() {
    List<Diagnostic> diagnostics = Validator.validate("{\"StartAt\": ");
    assertThat(diagnostics).extracting(Diagnostic::code).containsExactly("READ_SYNTAX");
  }

  @Test
  void refusesDuplicateKeysInsteadOfDroppingAState() {
    List<Diagnostic> diagnostics = Validator.validate("{\"StartAt\": \"S\", \"States\": {"
        + "\"S\": {\"Type\": \"Succeed\"}, \"S\": {\"Type\": \"Fail\"}}}");
    assertThat(diagnostics).extracting(Diagnostic::code).containsExactly("READ_SYNTAX");
    assertThat(diagnostics.get(0).message()).contains("Duplicate");
  }

  @Test
  void sortsDiagnosticsByPointer() {
    String json = """
        {"StartAt": "Z", "States": {
          "Z": {"Type": "Pass", "Next": "Nope"},
          "A": {"Type": "Pass", "InputPath": "x", "End": true}}}""";
    assertThat(Validator.validate(json)).extracting(Diagnostic::pointer)
        .containsExactly("/States/A", "/States/A/InputPath", "/States/Z/Next");
  }

  @Test
  void acceptsAMinimalDefinitionWithoutAnyDiagnostic() {
    assertThat(Validator.validate("{\"StartAt\": \"S\", \"States\": {\"S\": {\"Type\": \"Succeed\"}}}"))
        .isEmpty();
  }
}
