package io.statecraft.compiler.internal.validation;

import static io.statecraft.compiler.internal.validation.Check.errors;
import static io.statecraft.compiler.internal.validation.Check.message;
import static io.statecraft.compiler.internal.validation.Check.refuses;
import static io.statecraft.compiler.internal.validation.Check.warnings;
import static io.statecraft.compiler.internal.validation.Check.warnsOnly;
import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.compiler.Validator;
import io.statecraft.compiler.validation.Rule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GraphRulesTest {

  /** A machine starting at {@code startAt} whose only state, {@code name}, is a Succeed. */
  private static String onlySucceed(String startAt, String name) {
    return "{\"StartAt\": \"" + startAt + "\", \"States\": {\"" + name
        + "\": {\"Type\": \"Succeed\"}}}";
  }

  /** A loop: the Choice Check goes to End once $.done, else to {@code again}, which goes back. */
  private static String loopThrough(String again) {
    return """
        {"StartAt": "Check", "States": {
          "Check": {"Type": "Choice", "Default": "Again",
                    "Choices": [{"Variable": "$.done", "BooleanEquals": true, "Next": "End"}]},
          "Again": %s,
          "End": {"Type": "Succeed"}}}""".formatted(again);
  }

  @Test
  void refusesStartAtThatNamesNoState() {
    refuses(onlySucceed("Begin", "S"), "/StartAt", Rule.START_AT_UNKNOWN,
        "StartAt names \"Begin\", but there is no state of that name");
  }

  /** Definitions refused with exactly these errors, and no others. */
  static Stream<Arguments> refusedWithExactly() {
    return Stream.of(
        Arguments.of("a Next that names no state", """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "Next": "Missing"},
              "B": {"Type": "Succeed"}}}""",
            List.of("/States/A/Next TRANSITION_UNKNOWN", "/States/B STATE_UNREACHABLE")),
        Arguments.of("a state with both Next and End", """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "Next": "B", "End": true}, "B": {"Type": "Succeed"}}}""",
            List.of("/States/A NEXT_OR_END")),
        Arguments.of("a scope without a terminal state", """
            {"StartAt": "A", "States": {
              "A": {"Type": "Wait", "Seconds": 1, "Next": "B"},
              "B": {"Type": "Wait", "Seconds": 1, "Next": "A"}}}""",
            List.of("/States NO_TERMINAL_STATE")),
        Arguments.of("a name used twice across scopes", """
            {"StartAt": "M", "States": {
              "M": {"Type": "Map", "End": true, "ItemProcessor": {"StartAt": "M2",
                "States": {"M2": {"Type": "Pass", "Next": "Done"}, "Done": {"Type": "Succeed"}}}},
              "Done": {"Type": "Succeed"}}}""",
            List.of("/States/Done STATE_UNREACHABLE",
                "/States/M/ItemProcessor/States/Done STATE_NAME_DUPLICATE")));
  }

  @ParameterizedTest(name = "refuses {0}")
  @MethodSource("refusedWithExactly")
  void refusesWithExactly(String description, String json, List<String> expected) {
    assertThat(errors(json)).containsExactlyElementsOf(expected);
  }

  /** Definitions refused with these errors, among others. */
  static Stream<Arguments> refusedWithAmongOthers() {
    return Stream.of(
        Arguments.of("Choice Default and Catch targets that name no state", """
            {"StartAt": "T", "States": {
              "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                    "Catch": [{"ErrorEquals": ["States.TaskFailed"], "Next": "Nowhere"}]},
              "C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsNull": true, "Next": "T"}],
                    "Default": "Gone"}}}""",
            List.of("/States/T/Catch/0/Next TRANSITION_UNKNOWN",
                "/States/C/Default TRANSITION_UNKNOWN")),
        Arguments.of("a state with neither Next nor End", """
            {"StartAt": "A", "States": {
              "A": {"Type": "Wait", "Seconds": 1, "Next": "B"}, "B": {"Type": "Pass"},
              "C": {"Type": "Succeed"}}}""",
            List.of("/States/B NEXT_OR_END")));
  }

  @ParameterizedTest(name = "refuses {0}")
  @MethodSource("refusedWithAmongOthers")
  void refusesWithAmongOthers(String description, String json, List<String> expected) {
    assertThat(errors(json)).containsAll(expected);
  }

  @Test
  void refusesTransitionOutOfAParallelBranch() {
    String json = """
        {"StartAt": "P", "States": {
          "P": {"Type": "Parallel", "Next": "Done", "Branches": [
            {"StartAt": "In", "States": {"In": {"Type": "Pass", "Next": "Done"}}}]},
          "Done": {"Type": "Succeed"}}}""";
    assertThat(errors(json)).contains("/States/P/Branches/0/States/In/Next TRANSITION_OUT_OF_SCOPE");
    assertThat(message(json, Rule.TRANSITION_OUT_OF_SCOPE)).isEqualTo("Next names \"Done\","
        + " which is in /States, not in /States/P/Branches/0/States; transitions cannot enter or"
        + " leave a Parallel branch or a Map processor");
  }

  @Test
  void refusesUnreachableState() {
    refuses("""
        {"StartAt": "A", "States": {
          "A": {"Type": "Succeed"}, "Orphan": {"Type": "Pass", "End": true}}}""",
        "/States/Orphan", Rule.STATE_UNREACHABLE,
        "state \"Orphan\" cannot be"
        + " reached: no transition from StartAt \"A\" leads to it");
  }

  @Test
  void countsCatchTargetsAsReachable() {
    String json = """
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                "Catch": [{"ErrorEquals": ["States.Timeout"], "Next": "Recover"}]},
          "Recover": {"Type": "Pass", "End": true}}}""";
    assertThat(errors(json)).isEmpty();
  }

  @Test
  void refusesNameLongerThanEightyCharacters() {
    String name = "N".repeat(81);
    String json = onlySucceed(name, name);
    assertThat(errors(json)).containsExactly("/States/" + name + " STATE_NAME_TOO_LONG");
    assertThat(errors(json.replace(name, "N".repeat(80)))).isEmpty();
  }

  @Test
  void refusesNameWithControlCharacter() {
    refuses(onlySucceed("A\\tB", "A\\tB"), "/States/A\tB", Rule.STATE_NAME_INVALID,
        "state name \"A\\u0009B\" contains a control character or a non-character");
  }

  @Test
  void warnsAboutLoopWithoutTaskOrWait() {
    warnsOnly(loopThrough("{\"Type\": \"Pass\", \"Next\": \"Check\"}"),
        "/States/Check LOOP_WITHOUT_WAIT");
  }

  @Test
  void reportsEachLoopOnceWithItsStatesInOrder() {
    // Two loops joined by a one-way transition, a state looping on itself, and a Pass that
    // leaves: three loops, each named once at its first state.
    String json = """
        {"StartAt": "A", "States": {
          "A": {"Type": "Pass", "Next": "B"},
          "B": {"Type": "Choice", "Default": "A",
                "Choices": [{"Variable": "$.x", "BooleanEquals": true, "Next": "C"}]},
          "C": {"Type": "Pass", "Next": "D"},
          "D": {"Type": "Choice", "Default": "C",
                "Choices": [{"Variable": "$.y", "BooleanEquals": true, "Next": "E"}]},
          "E": {"Type": "Choice", "Default": "E",
                "Choices": [{"Variable": "$.z", "BooleanEquals": true, "Next": "F"}]},
          "F": {"Type": "Pass", "Next": "G"},
          "G": {"Type": "Succeed"}}}""";
    warnsOnly(json, "/States/A LOOP_WITHOUT_WAIT", "/States/C LOOP_WITHOUT_WAIT",
        "/States/E LOOP_WITHOUT_WAIT");
    assertThat(Validator.validate(json).stream().map(d -> d.message()).toList())
        .contains("states A, B form a loop with no Task or Wait state in it; an execution caught"
            + " in it spins until it hits the history limit")
        .contains("states E form a loop with no Task or Wait state in it; an execution caught"
            + " in it spins until it hits the history limit");
  }

  @Test
  void findsLoopsInLongChainsWithoutDeepRecursion() {
    // 20,000 Pass states, the last going back to the first: one loop, found in one pass.
    int count = 20_000;
    StringBuilder json = new StringBuilder("{\"StartAt\": \"S0\", \"States\": {");
    for (int i = 0; i < count; i++) {
      String next = i == count - 1 ? "S0" : "S" + (i + 1);
      json.append("\"S").append(i).append("\": {\"Type\": \"Choice\", \"Default\": \"")
          .append(next).append("\", \"Choices\": [{\"Variable\": \"$.done\","
              + " \"BooleanEquals\": true, \"Next\": \"End\"}]},");
    }
    json.append("\"End\": {\"Type\": \"Succeed\"}}}");
    assertThat(warnings(json.toString())).containsExactly("/States/S0 LOOP_WITHOUT_WAIT");
  }

  @Test
  void acceptsPollingLoopThatWaits() {
    String waits = "{\"Type\": \"Wait\", \"Seconds\": 5, \"Next\": \"Check\"}";
    assertThat(warnings(loopThrough(waits))).isEmpty();
  }

  @Test
  void warnsAboutChoiceWithoutDefault() {
    String json = """
        {"StartAt": "C", "States": {
          "C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "D"}]},
          "D": {"Type": "Succeed"}}}""";
    warnsOnly(json, "/States/C CHOICE_NO_DEFAULT");
  }
}
