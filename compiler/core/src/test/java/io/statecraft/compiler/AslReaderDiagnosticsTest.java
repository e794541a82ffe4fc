package io.statecraft.compiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AslReaderDiagnosticsTest {

  private static List<Diagnostic> problems(String json) {
    return catchThrowableOfType(InvalidDefinitionException.class, () -> Asl.read(json))
        .diagnostics();
  }

  @Test
  void malformedJsonGivesLineAndColumn() {
    List<Diagnostic> problems = problems("{\n  \"StartAt\": \"A\",\n  \"States\": {\n}}}");
    assertThat(problems).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("READ_SYNTAX");
      assertThat(d.pointer()).isEmpty();
      assertThat(d.message()).startsWith("malformed JSON at line 4, column ");
    });
  }

  @Test
  void duplicateKeysAreRefusedRatherThanSilentlyDropped() {
    List<Diagnostic> problems = problems(
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true},"
            + "\"A\":{\"Type\":\"Succeed\"}}}");
    assertThat(problems).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("READ_SYNTAX");
      assertThat(d.message()).contains("Duplicate").contains("\"A\"");
    });
  }

  @Test
  void wrongTypeNamesTheFieldByPointerAndSaysWhatWasFound() {
    List<Diagnostic> problems = problems("""
        {"StartAt": "Charge", "States": {"Charge": {"Type": "Task", "Resource": "arn:x",
          "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": "3"}], "End": true}}}
        """);
    assertThat(problems).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("READ_TYPE");
      assertThat(d.pointer()).isEqualTo("/States/Charge/Retry/0/MaxAttempts");
      assertThat(d.message())
          .isEqualTo("MaxAttempts of Retry[0] must be a whole number, but is the string \"3\"");
    });
  }

  @Test
  void unknownFieldIsReportedWithTheClosestKnownName() {
    List<Diagnostic> problems = problems("""
        {"StartAt": "Charge", "States": {"Charge": {"Type": "Task", "Resorce": "arn:x",
          "Resource": "arn:y", "End": true}}}
        """);
    assertThat(problems).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("READ_UNKNOWN_FIELD");
      assertThat(d.pointer()).isEqualTo("/States/Charge/Resorce");
      assertThat(d.message()).isEqualTo("Task state \"Charge\" has no field \"Resorce\"");
      assertThat(d.hint()).isEqualTo("did you mean \"Resource\"?");
    });
  }

  @Test
  void missingRequiredFieldsAreEachReported() {
    List<Diagnostic> problems = problems("""
        {"States": {"Charge": {"Type": "Task", "End": true}, "Choose": {"Type": "Choice"}}}
        """);
    assertThat(problems).extracting(Diagnostic::toString).containsExactly(
        "/: error READ_MISSING_FIELD: the state machine needs the field StartAt",
        "/States/Charge: error READ_MISSING_FIELD: Task state \"Charge\" needs the field Resource",
        "/States/Choose: error READ_MISSING_FIELD: Choice state \"Choose\" needs the field Choices");
  }

  @Test
  void unknownStateTypeAndEnumValuesSayWhatIsAllowed() {
    List<Diagnostic> problems = problems("""
        {"StartAt": "A", "States": {
          "A": {"Type": "Paralel", "End": true},
          "B": {"Type": "Task", "Resource": "arn:x", "End": true,
                "Retry": [{"ErrorEquals": ["States.ALL"], "JitterStrategy": "SOME"}]}}}
        """);
    assertThat(problems).extracting(Diagnostic::pointer)
        .containsExactly("/States/A/Type", "/States/B/Retry/0/JitterStrategy");
    assertThat(problems.get(0).message()).contains("must be one of Task, Pass").contains("Paralel");
    assertThat(problems.get(1).message())
        .isEqualTo("JitterStrategy must be one of FULL, NONE, but is \"SOME\"");
  }

  @Test
  void choiceRuleWithTwoComparisonsIsRefused() {
    List<Diagnostic> problems = problems("""
        {"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [
          {"Variable": "$.a", "StringEquals": "x", "NumericEquals": 1, "Next": "D"}]},
          "D": {"Type": "Succeed"}}}
        """);
    assertThat(problems).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("READ_VALUE");
      assertThat(d.pointer()).isEqualTo("/States/C/Choices/0");
      assertThat(d.message()).contains("exactly one comparison").contains("StringEquals, NumericEquals");
    });
  }

  @Test
  void pointersEscapeSlashesAndTildesInStateNames() {
    List<Diagnostic> problems = problems("""
        {"StartAt": "a/b~c", "States": {"a/b~c": {"Type": "Pass", "End": "yes"}}}
        """);
    assertThat(problems).singleElement()
        .extracting(Diagnostic::pointer).isEqualTo("/States/a~1b~0c/End");
  }

  @Test
  void everyProblemInADocumentIsReportedNotJustTheFirst() {
    List<Diagnostic> problems = problems("""
        {"StartAt": 1, "States": {"A": {"Type": "Pass", "End": true, "Extra": 1},
          "B": {"Type": "Wait", "Seconds": true, "End": true}}}
        """);
    assertThat(problems).extracting(Diagnostic::pointer)
        .containsExactly("/StartAt", "/States/A/Extra", "/States/B/Seconds");
  }

  @Test
  void aFileThatCannotBeReadIsADiagnosticNotAnIoException() {
    List<Diagnostic> problems = catchThrowableOfType(InvalidDefinitionException.class,
        () -> Asl.read(Path.of("no/such/file.asl.json"))).diagnostics();
    assertThat(problems).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("READ_IO");
      assertThat(d.message()).contains("no/such/file.asl.json");
    });
  }

  @Test
  void aDocumentThatIsNotAnObjectIsRefused() {
    assertThat(problems("[1, 2]")).singleElement()
        .extracting(Diagnostic::message)
        .isEqualTo("a state machine definition must be a JSON object, but is an array");
  }
}
