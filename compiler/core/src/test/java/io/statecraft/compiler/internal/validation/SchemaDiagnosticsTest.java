package io.statecraft.compiler.internal.validation;

import static io.statecraft.compiler.internal.validation.Check.errors;
import static io.statecraft.compiler.internal.validation.Check.refuses;
import static io.statecraft.compiler.internal.validation.Check.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.compiler.Validator;
import io.statecraft.compiler.validation.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Schema violations become diagnostics with our codes and a sentence, one per problem. */
class SchemaDiagnosticsTest {

  @Test
  void explainsWrongTypeInWords() {
    refuses(single("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\","
        + " \"End\": true, \"Retry\": [{\"ErrorEquals\": [\"E\"], \"MaxAttempts\": \"3\"}]}"),
        "/States/S/Retry/0/MaxAttempts", Rule.SCHEMA_TYPE,
        "MaxAttempts must be a whole number, not the string \"3\"");
  }

  @Test
  void namesTheMissingField() {
    refuses(single("{\"Type\": \"Task\", \"End\": true}"), "/States/S", Rule.SCHEMA_MISSING_FIELD,
        "state \"S\" needs the field Resource");
  }

  @Test
  void namesTheUnknownFieldAtItsOwnPointer() {
    refuses(single("{\"Type\": \"Succeed\", \"Next\": \"S\"}"),
        "/States/S/Next", Rule.SCHEMA_UNKNOWN_FIELD,
        "state \"S\" does not take the field \"Next\"");
  }

  @Test
  void suggestsTheFieldThatWasMeant() {
    List<Diagnostic> diagnostics = Validator.validate(single(
        "{\"Type\": \"Task\", \"Resorce\": \"arn:aws:states:::lambda:invoke\", \"End\": true}"));
    assertThat(diagnostics).extracting(Diagnostic::code, Diagnostic::pointer, Diagnostic::hint)
        .contains(org.assertj.core.groups.Tuple.tuple("SCHEMA_UNKNOWN_FIELD", "/States/S/Resorce",
            "did you mean \"Resource\"?"));
  }

  @Test
  void listsTheAllowedStateTypes() {
    refuses(single("{\"Type\": \"Sleep\", \"End\": true}"), "/States/S/Type", Rule.SCHEMA_VALUE,
        "Type must be one of Task, Pass, Choice,"
        + " Wait, Succeed, Fail, Parallel, Map, not the string \"Sleep\"");
  }

  @Test
  void refusesEmptyBranches() {
    String json = single("{\"Type\": \"Parallel\", \"End\": true, \"Branches\": []}");
    assertThat(errors(json)).containsExactly("/States/S/Branches SCHEMA_EMPTY");
  }

  @Test
  void reportsEveryProblemNotJustTheFirst() {
    String json = """
        {"StartAt": "A", "States": {
          "A": {"Type": "Pass", "Next": "B", "Colour": "red"},
          "B": {"Type": "Wait", "Seconds": true, "End": true}}}""";
    assertThat(errors(json)).containsExactly(
        "/States/A/Colour SCHEMA_UNKNOWN_FIELD", "/States/B/Seconds SCHEMA_TYPE");
  }

  @Test
  void keepsReaderDiagnosticsTheSchemaDoesNotRepeat() {
    List<Diagnostic> diagnostics = Validator.validate(single(
        "{\"Type\": \"Map\", \"End\": true}"));
    assertThat(diagnostics).extracting(Diagnostic::code).containsExactly("READ_MISSING_FIELD");
  }
}
