package io.statecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Input users get wrong is answered with what is wrong, never a stack trace. */
class BadInputTest {

  static final String PASS = """
      {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}
      """;
  static final String TASK = """
      {"StartAt": "T", "States": {"T": {"Type": "Task",
        "Resource": "arn:aws:states:::sqs:sendMessage",
        "Parameters": {"QueueUrl": "https://sqs.eu-west-1.amazonaws.com/123456789012/q",
                       "MessageBody": "hi"}, "End": true}}}
      """;
  private static final String WAIT_WITHOUT_DURATION = """
      {"StartAt": "W", "States": {"W": {"Type": "Wait", "End": true}}}
      """;
  private static final String FAR_TIMESTAMP = """
      {"StartAt": "W", "States": {"W": {"Type": "Wait",
        "Timestamp": "+999999999-01-01T00:00:00Z", "End": true}}}
      """;

  @TempDir Path dir;

  /**
   * Runs {@code args}, which must exit with {@code code} and print no stack trace; stdout and
   * stderr together (validate prints its diagnostics on stdout, the other verbs on stderr).
   */
  static String failsWith(int code, String... args) {
    CommandLineRun run = CommandLineRun.of(args);
    assertThat(run.exitCode()).as("exit code; stdout: %s; stderr: %s", run.out(), run.err())
        .isEqualTo(code);
    noStackTrace(run.err());
    return run.out() + run.err();
  }

  static void noStackTrace(String stderr) {
    assertThat(stderr).doesNotContain("\tat ").doesNotContain("Exception")
        .doesNotContain("internal error");
  }

  @ParameterizedTest
  @ValueSource(strings = {"fmt", "import", "validate", "serve", "diagram", "policy", "run",
      "test-state", "conformance", "replay"})
  void everyVerbPrintsItsHelpAndExitsZero(String verb) {
    CommandLineRun run = CommandLineRun.of(verb, "--help");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Usage: statecraft " + verb);
  }

  @Test
  void conformanceSaysAFileIsNoCaseAndAFolderHoldsNone() throws IOException {
    String file = CommandLineRun.file(dir, "not-a-case.json", "{}");
    assertThat(failsWith(1, "conformance", file)).contains("FAIL not-a-case.json: not a"
        + " conformance case: it has no definition, no input, no expected")
        .doesNotContain("Exception");
    Path empty = Files.createDirectories(dir.resolve("no-cases"));
    assertThat(failsWith(2, "conformance", empty.toString()))
        .contains(empty + " holds no *.json case: nothing to run");
  }

  @Test
  void diagramCreatesTheFoldersOfItsOutputFile() throws IOException {
    String file = CommandLineRun.file(dir, "m.json", PASS);
    Path out = dir.resolve("not/yet/there/m.svg");
    CommandLineRun run = CommandLineRun.of("diagram", file, "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(out)).contains("<svg");
  }

  @Test
  void anOutputFileUnderAFileSaysThatFileIsNoFolder() {
    String file = CommandLineRun.file(dir, "m.json", PASS);
    String stderr = failsWith(1, "diagram", file, "--out", file + "/m.svg");
    assertThat(stderr).contains("cannot write").contains("is a file, not a folder");
    noStackTrace(stderr);
  }

  @ParameterizedTest
  @ValueSource(strings = {"diagram", "policy"})
  void aFolderGivenAsTheOutputFileIsAUsageError(String verb) {
    String file = CommandLineRun.file(dir, "m.json", TASK);
    String stderr = failsWith(2, verb, file, "--out", dir.toString());
    assertThat(stderr).contains("--out " + dir + " is a folder: give the path of a file");
    noStackTrace(stderr);
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "run", "fmt", "diagram"})
  void anEmptyFileIsSaidToBeEmpty(String verb) {
    String file = CommandLineRun.file(dir, "empty.json", "");
    String stderr = failsWith(1, verb, file);
    assertThat(stderr).contains("the text is empty").doesNotContain("is an object");
    noStackTrace(stderr);
  }

  @Test
  void aFileOfWhiteSpaceIsSaidToHoldNoJson() {
    String file = CommandLineRun.file(dir, "blank.json", " \n ");
    String stderr = failsWith(1, "validate", file);
    assertThat(stderr).contains("only white space: no JSON value");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "run", "fmt", "diagram"})
  void invalidUtf8IsPlacedByByteOffsetAndLine(String verb) throws IOException {
    Path file = dir.resolve("latin1.json");
    byte[] head = "{\"StartAt\": \"P\",\n \"Comment\": \"caf".getBytes();
    byte[] tail = "\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}".getBytes();
    byte[] bytes = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xe9;
    System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
    Files.write(file, bytes);
    String stderr = failsWith(1, verb, file.toString());
    assertThat(stderr).contains("not UTF-8 text: byte " + head.length + " (line 2) is 0xe9");
    noStackTrace(stderr);
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "import"})
  void aWaitWithoutDurationIsADiagnostic(String verb) {
    String file = CommandLineRun.file(dir, "wait.json", WAIT_WITHOUT_DURATION);
    String stderr = verb.equals("import")
        ? failsWith(1, verb, "--package", "p", file)
        : failsWith(1, verb, file);
    assertThat(stderr).contains("needs exactly one of Seconds, Timestamp, SecondsPath and"
        + " TimestampPath, but has none");
    noStackTrace(stderr);
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "run"})
  void aTimestampWithANineDigitYearIsNotRfc3339(String verb) {
    String file = CommandLineRun.file(dir, "far.json", FAR_TIMESTAMP);
    String stderr = failsWith(1, verb, file);
    assertThat(stderr).contains("+999999999-01-01T00:00:00Z").doesNotContain("overflow");
    noStackTrace(stderr);
  }

  @Test
  void aTimestampPathToANineDigitYearFailsTheExecutionAsAwsDoes() {
    String file = CommandLineRun.file(dir, "far.json", """
        {"StartAt": "W", "States": {"W": {"Type": "Wait", "TimestampPath": "$.t",
          "End": true}}}
        """);
    CommandLineRun run = CommandLineRun.of("run", file, "--input",
        "{\"t\": \"+999999999-01-01T00:00:00Z\"}");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("States.Runtime");
    noStackTrace(run.err());
  }

  // Deep and long input: every limit is checked before anything recurses that deep.

  private static final String THOUSAND_STEPS = "$" + ".a".repeat(1000);

  static String definition(Map<String, Object> machine) {
    return io.statecraft.asl.internal.JsonMappers.STANDARD.writeValueAsString(machine);
  }

  private static String deepArray(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  @ParameterizedTest
  @CsvSource({
    "validate, InputPath", "validate, Parameters", "validate, Choice",
    "run, InputPath", "run, Parameters", "run, Choice"})
  void aPathOfAThousandStepsIsRefusedAtItsField(String verb, String field) {
    Map<String, Object> state = switch (field) {
      case "InputPath" -> Map.of("Type", "Pass", "InputPath", THOUSAND_STEPS, "End", true);
      case "Parameters" -> Map.of("Type", "Pass", "Parameters", Map.of("x.$", THOUSAND_STEPS),
          "End", true);
      default -> Map.of("Type", "Choice", "Default", "Done", "Choices", List.of(
          Map.of("Variable", THOUSAND_STEPS, "IsPresent", true, "Next", "Done")));
    };
    String file = CommandLineRun.file(dir, "path.json", definition(Map.of("StartAt", "S",
        "States", Map.of("S", state, "Done", Map.of("Type", "Succeed")))));
    String output = failsWith(1, verb, file);
    assertThat(output).contains("/States/S/" + (field.equals("Choice") ? "Choices/0/Variable"
        : field.equals("Parameters") ? "Parameters/x.$" : "InputPath"))
        .contains("more than 500 steps");
  }

  @Test
  void threeThousandChoicesEachTheDefaultOfTheLastImportWhereTheDslBuildUsedToOverflow() {
    String file = choiceChain(3000);
    assertThat(CommandLineRun.of("validate", file).exitCode()).isZero();
    Path out = dir.resolve("ok");
    assertThat(CommandLineRun.of("import", "--package", "p", "--out", out.toString(), file)
        .exitCode()).isZero();
    assertThat(out.resolve("p/Chain3000.java")).content().contains("choice(\"C2999\")");
  }

  /** {@code count} Choice states, each the Default of the one before. */
  private String choiceChain(int count) {
    Map<String, Object> states = new java.util.LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      states.put("C" + i, Map.of("Type", "Choice", "Default",
          i < count - 1 ? "C" + (i + 1) : "Done",
          "Choices", List.of(Map.of("Variable", "$.x", "IsPresent", true, "Next", "Done"))));
    }
    states.put("Done", Map.of("Type", "Succeed"));
    return CommandLineRun.file(dir, "chain" + count + ".json",
        definition(Map.of("StartAt", "C0", "States", states)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "run"})
  void aThousandNestedJsonataParenthesesAreTooDeep(String verb) {
    String expression = "{% " + "(".repeat(1000) + "1" + ")".repeat(1000) + " %}";
    String file = CommandLineRun.file(dir, "parens.json", definition(Map.of(
        "QueryLanguage", "JSONata", "StartAt", "P",
        "States", Map.of("P", Map.of("Type", "Pass", "Output", expression, "End", true)))));
    assertThat(failsWith(1, verb, file)).contains("/States/P/Output")
        .contains("nested too deeply");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "run", "fmt", "diagram", "import", "policy"})
  void aDefinitionNestedPast500LevelsIsSaidToBeTooDeep(String verb) {
    String file = CommandLineRun.file(dir, "deep.json", """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": %s, "End": true}}}"""
        .formatted(deepArray(600)));
    String output = verb.equals("import") ? failsWith(1, verb, "--package", "p", file)
        : failsWith(1, verb, file);
    assertThat(output).contains("the JSON nests arrays and objects more than 500 levels deep")
        .doesNotContain("StreamReadConstraints");
  }

  @Test
  void anExecutionInputNestedPast500LevelsIsAUsageError() {
    String file = CommandLineRun.file(dir, "pass.json", PASS);
    assertThat(failsWith(2, "run", file, "--input", deepArray(600)))
        .contains("--input is not JSON: the JSON nests arrays and objects more than 500 levels"
            + " deep");
  }

  @ParameterizedTest
  @CsvSource({"replay, 2", "diagram, 1"})
  void aHistoryNestedPast500LevelsIsSaidToBeTooDeep(String verb, int code) {
    String definition = CommandLineRun.file(dir, "pass.json", PASS);
    String history = CommandLineRun.file(dir, "history.json", deepArray(600));
    String output = verb.equals("replay")
        ? failsWith(code, verb, "--definition", definition, history)
        : failsWith(code, verb, definition, "--execution", history);
    assertThat(output).contains("the JSON nests arrays and objects more than 500 levels deep")
        .doesNotContain("StreamReadConstraints");
  }

  @Test
  void anOutputNestedPast500LevelsFailsTheStateWithStatesRuntime() {
    // GIVEN an input 450 levels deep that a Parameters template wraps in 60 more
    Map<String, Object> template = Map.of("x.$", "$");
    for (int i = 0; i < 60; i++) {
      template = Map.of("a", template);
    }
    String file = CommandLineRun.file(dir, "wrap.json", definition(Map.of("StartAt", "Wrap",
        "States", Map.of("Wrap", Map.of("Type", "Pass", "Parameters", template, "End", true)))));
    // WHEN
    CommandLineRun run = CommandLineRun.of("run", file, "--input", deepArray(450));
    // THEN
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("error: States.Runtime").contains("The state/task 'Wrap'"
        + " returned a result nested more than 500 levels deep");
    noStackTrace(run.err());
  }

  @Test
  void aLoopThatWrapsItsDataEachTimeRoundFailsOncePast500Levels() {
    String file = CommandLineRun.file(dir, "loop.json", """
        {"StartAt": "Wrap", "States": {
          "Wrap": {"Type": "Pass", "Parameters": {"inner.$": "$"}, "Next": "Stop?"},
          "Stop?": {"Type": "Choice", "Default": "Wrap",
            "Choices": [{"Variable": "$.stop", "IsPresent": true, "Next": "Done"}]},
          "Done": {"Type": "Succeed"}}}""");
    CommandLineRun run = CommandLineRun.of("run", file);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("error: States.Runtime").contains("nested more than 500");
    noStackTrace(run.err());
  }

  @Test
  void aDefinitionOverAwsMaximumSizeIsRefusedWithTheQuota() {
    String file = CommandLineRun.file(dir, "big.json", """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": "%s", "End": true}}}"""
        .formatted("x".repeat(1_048_576)));
    assertThat(failsWith(1, "validate", file)).contains("error DEFINITION_SIZE")
        .contains("AWS takes at most 1048576");
  }

  @Test
  void aJsonPathStateInAJsonataMachineIsRefusedAsAwsRefusesIt() {
    String file = CommandLineRun.file(dir, "mixed.json", """
        {"QueryLanguage": "JSONata", "StartAt": "P", "States": {
          "P": {"Type": "Pass", "QueryLanguage": "JSONPath", "End": true}}}""");
    assertThat(failsWith(1, "validate", file))
        .contains("/States/P/QueryLanguage: error QUERY_LANGUAGE_MIXED");
  }

  @ParameterizedTest
  @CsvSource({"validate, validate", "fmt --check, format"})
  void aFolderWithoutDefinitionsHasNothingToDoAndSaysSo(String verb, String doing)
      throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    List<String> args = new java.util.ArrayList<>(List.of(verb.split(" ")));
    args.add(empty.toString());
    assertThat(failsWith(2, args.toArray(String[]::new)))
        .contains(empty + " holds no *.asl.json file: nothing to " + doing);
  }

  @Test
  void helpWinsOverAnOptionThatDoesNotParse() {
    CommandLineRun run = CommandLineRun.of("validate", "--format", "bogus", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: statecraft validate");
  }

  @Test
  void importIntoAnExistingFileIsAUsageError() {
    String file = CommandLineRun.file(dir, "m.json", PASS);
    assertThat(failsWith(2, "import", "--package", "p", "--out", file, file))
        .contains("--out " + file + " is a file: give the folder");
  }

  @Test
  void aSubstitutionsFileThatIsNotUtf8IsPlacedByByteOffset() throws IOException {
    String file = CommandLineRun.file(dir, "m.json", PASS);
    Path substitutions = dir.resolve("subs.json");
    Files.write(substitutions, new byte[] {'{', '"', 'k', '"', ':', '"', (byte) 0xe9, '"', '}'});
    assertThat(failsWith(2, "run", file, "--substitutions", substitutions.toString()))
        .contains("not UTF-8 text: byte 6 (line 1) is 0xe9");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "run", "fmt", "diagram", "policy", "import"})
  void aNumberWhoseExponentIsOutOfRangeIsPlaced(String verb) {
    String file = CommandLineRun.file(dir, "exp.json", """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": 1e999999999999,
          "End": true}}}""");
    String output = verb.equals("import") ? failsWith(1, verb, "--package", "p", file)
        : failsWith(1, verb, file);
    assertThat(output).contains("error READ_SYNTAX: malformed JSON at line 1, column 61: the"
        + " number 1e999999999999 is out of range");
  }

  @Test
  void anExecutionInputWhoseExponentIsOutOfRangeIsAUsageError() {
    String file = CommandLineRun.file(dir, "pass.json", PASS);
    assertThat(failsWith(2, "run", file, "--input", "{\"n\": -1E-999999999999}"))
        .contains("--input is not JSON: the number -1E-999999999999 is out of range");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "run", "fmt", "diagram", "policy"})
  void aMissingFileIsSaidToBeMissing(String verb) {
    String absent = dir.resolve("absent.asl.json").toString();
    assertThat(failsWith(1, verb, absent)).contains(absent).contains("no such file")
        .doesNotContain(absent + ": " + absent);
  }
}
