package io.statecraft.compiler.internal.validation;

import static io.statecraft.compiler.internal.validation.Check.errors;
import static io.statecraft.compiler.internal.validation.Check.refuses;
import static io.statecraft.compiler.internal.validation.Check.single;
import static io.statecraft.compiler.internal.validation.Check.warnings;
import static io.statecraft.compiler.internal.validation.Check.warnsOnly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.compiler.Validator;
import io.statecraft.compiler.validation.Rule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VariableRulesTest {

  /** A Pass state named S that assigns {@code assign} (a JSON object). */
  private static String passAssigning(String assign) {
    return single("{\"Type\": \"Pass\", \"Assign\": " + assign + ", \"End\": true}");
  }

  /** A machine whose Init assigns {@code outer}, then a Parallel whose one branch's B assigns {@code inner}. */
  private static String parallel(String outer, String inner, String parallelFields) {
    return "{\"StartAt\": \"Init\", \"States\": {"
        + "\"Init\": {\"Type\": \"Pass\", \"Assign\": " + outer + ", \"Next\": \"P\"},"
        + "\"P\": {\"Type\": \"Parallel\", " + parallelFields + " \"End\": true, \"Branches\": [{"
        + "\"StartAt\": \"B\", \"States\": {\"B\": {\"Type\": \"Pass\", \"Assign\": " + inner
        + ", \"End\": true}}}]}}}";
  }

  /** A machine whose Init assigns {@code outer}, then a Map (of {@code mode}) whose I assigns {@code inner}. */
  private static String map(String mode, String outer, String inner) {
    return "{\"StartAt\": \"Init\", \"States\": {"
        + "\"Init\": {\"Type\": \"Pass\", \"Assign\": " + outer + ", \"Next\": \"M\"},"
        + "\"M\": {\"Type\": \"Map\", \"End\": true, \"ItemProcessor\": {"
        + "\"ProcessorConfig\": {\"Mode\": \"" + mode + "\", \"ExecutionType\": \"STANDARD\"},"
        + "\"StartAt\": \"I\", \"States\": {\"I\": {\"Type\": \"Pass\", \"Assign\": " + inner
        + ", \"End\": true}}}}}}";
  }

  @Test
  void acceptsUnicodeIdentifiersUpToEightyCharacters() {
    assertThat(errors(passAssigning("{\"total\": 1, \"größe\": 2, \"x_1\": 3, \"名前\": 4, \""
        + "a".repeat(80) + "\": 5, \"copy.$\": \"$.x\"}"))).isEmpty();
  }

  @Test
  void warnsOfANameThatIsNoIdentifier() {
    // AWS documents names as UAX #31 identifiers; the asl-validator corpus accepts "top-level".
    String json = passAssigning("{\"top-level\": 1, \"1st\": 2, \"_tmp\": 3}");
    warnsOnly(json, "/States/S/Assign/1st VARIABLE_NAME",
        "/States/S/Assign/_tmp VARIABLE_NAME", "/States/S/Assign/top-level VARIABLE_NAME");
    assertThat(Validator.validate(json).stream().map(Diagnostic::message)).contains(
        "State \"S\" assigns \"top-level\", which is not a variable name as AWS documents them:"
            + " '-' cannot be part of an identifier");
  }

  @Test
  void refusesNameLongerThanEightyCharacters() {
    String name = "a".repeat(81);
    refuses(passAssigning("{\"" + name + "\": 1}"), "/States/S/Assign/" + name,
        Rule.VARIABLE_NAME_LENGTH, "State \"S\" assigns a variable whose name is 81 characters"
            + " long; AWS accepts at most 80");
  }

  @Test
  void checksTheNameOfAJsonPathAssignWithoutItsSuffix() {
    assertThat(warnings(passAssigning("{\"bad name.$\": \"$.x\"}")))
        .containsExactly("/States/S/Assign/bad name.$ VARIABLE_NAME");
  }

  @Test
  void checksChoiceRuleAndCatcherAssignments() {
    String json = "{\"StartAt\": \"C\", \"States\": {"
        + "\"C\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.a\", \"IsPresent\": true,"
        + " \"Assign\": {\"a-b\": 1}, \"Next\": \"T\"}], \"Default\": \"T\"},"
        + "\"T\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\","
        + " \"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Assign\": {\"c d\": 1},"
        + " \"ResultPath\": \"$.error\","
        + " \"Next\": \"E\"}], \"End\": true},"
        + "\"E\": {\"Type\": \"Succeed\"}}}";
    assertThat(warnings(json)).containsExactly("/States/C/Choices/0/Assign/a-b VARIABLE_NAME",
        "/States/T/Catch/0/Assign/c d VARIABLE_NAME");
  }

  @Test
  void refusesABranchAssigningAnOuterVariable() {
    refuses(parallel("{\"total\": 0}", "{\"total\": 1}", ""),
        "/States/P/Branches/0/States/B/Assign/total", Rule.VARIABLE_SCOPE,
        "State \"B\" assigns \"total\", a variable of an enclosing scope (assigned by state"
            + " \"Init\"); a Parallel branch or Map iteration may read it but not assign it");
  }

  static Stream<Arguments> scopesAndTheirErrors() {
    return Stream.of(
        arguments("a branch assigning what the Parallel itself assigns",
            parallel("{\"a\": 0}", "{\"sum\": 1}", "\"Assign\": {\"sum\": 2},"),
            List.of("/States/P/Branches/0/States/B/Assign/sum VARIABLE_SCOPE")),
        arguments("a branch assigning its own names",
            parallel("{\"total\": 0}", "{\"partial\": 1}", ""), List.of()),
        arguments("an inline Map iteration assigning an outer variable",
            map("INLINE", "{\"seen\": 0}", "{\"seen\": 1}"),
            List.of("/States/M/ItemProcessor/States/I/Assign/seen VARIABLE_SCOPE")),
        // Its iterations are child executions: they neither see nor shadow the parent's variables.
        arguments("a distributed Map iteration reusing an outer name",
            map("DISTRIBUTED", "{\"seen\": 0}", "{\"seen\": 1}"), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scopesAndTheirErrors")
  void checksWhichScopeAVariableBelongsTo(String what, String json, List<String> expected) {
    assertThat(errors(json)).containsExactlyElementsOf(expected);
  }
}
