package io.statecraft.cli;

import static io.statecraft.cli.BadInputTest.PASS;
import static io.statecraft.cli.BadInputTest.TASK;
import static io.statecraft.cli.BadInputTest.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Options users get wrong, and files named by options that cannot be read or written, are
 * answered with what is wrong and the option's name, never an internal error.
 */
class BadOptionTest {

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({
    "--package, 1bad, '--package must be a Java package name (such as com.example.flows), was"
        + " 1bad'",
    "--class, class, '--class must be a Java identifier (such as OrderFulfillment), was class'"})
  void importNamesTheOptionWhoseValueIsNoJavaName(String option, String value, String message) {
    String file = CommandLineRun.file(dir, "m.json", PASS);
    String[] args = option.equals("--package")
        ? new String[] {"import", "--package", value, file}
        : new String[] {"import", "--package", "p", "--class", value, file};
    assertThat(failsWith(2, args)).contains(message)
        .doesNotContain("packageName").doesNotContain("className");
  }

  @Test
  void twoFilesOfOneNameAreNotImportedIntoOneClassFile() throws IOException {
    // GIVEN two definitions named m.asl.json in two folders
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve("b"));
    String first = CommandLineRun.file(dir, "a/m.asl.json", PASS);
    String second = CommandLineRun.file(dir, "b/m.asl.json", PASS.replace("\"P\"", "\"Q\""));
    Path out = dir.resolve("src");
    // WHEN
    CommandLineRun run = CommandLineRun.of("import", "--package", "p", "--out", out.toString(),
        first, second);
    // THEN the first is written, the second refused, not written over it
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(second + ": cannot import: its class M is already written"
        + " from " + first);
    assertThat(Files.readString(out.resolve("p/M.java"))).contains("\"P\"")
        .doesNotContain("\"Q\"");
  }

  @Test
  void aFolderGivenAsTheMockFileIsSaidToBeAFolder() {
    assertThat(failsWith(2, "serve", "--port", "0", "--mock-config", dir.toString()))
        .contains("--mock-config " + dir + " is a folder: give the mock file");
  }

  @Test
  void aHistoryThatCannotBeWrittenIsSaidWithWhy() {
    String file = CommandLineRun.file(dir, "pass.json", PASS);
    String output = failsWith(1, "run", file, "--history", file + "/h.json");
    assertThat(output).contains("status: SUCCEEDED")
        .contains("--history " + file + "/h.json: cannot write: " + file
            + ": already exists and is not a folder");
    assertThat(failsWith(2, "run", file, "--history", dir.toString()))
        .contains("--history " + dir + " is a folder: give the path of a file to write");
  }

  @Test
  void aCoverageFolderThatIsAFileOrHoldsNoReportIsSaid() throws IOException {
    String file = CommandLineRun.file(dir, "pass.json", PASS);
    assertThat(failsWith(1, "run", file, "--coverage", file))
        .contains("--coverage " + file + ": cannot write the report: ");
    Path junk = Files.createDirectories(dir.resolve("junk"));
    Files.writeString(junk.resolve("coverage.json"), "[]");
    assertThat(failsWith(1, "run", file, "--coverage", junk.toString()))
        .contains("--coverage " + junk + ": " + junk.resolve("coverage.json")
            + " is not a statecraft coverage report");
  }

  @Test
  void replayNamesTheOptionOfAnExecutionArnThatIsNone() {
    String definition = CommandLineRun.file(dir, "pass.json", PASS);
    String history = CommandLineRun.file(dir, "history.json", "{\"events\": []}");
    assertThat(failsWith(2, "replay", "--definition", definition, "--execution-arn", "nope",
        history)).contains("--execution-arn must read arn:aws:states:REGION:ACCOUNT:execution:"
            + "STATE_MACHINE:NAME, was nope");
  }

  @Test
  void testStateRefusesANumberBeyondItsMemberAsTheApiDoes() {
    CommandLineRun run = CommandLineRun.of("test-state", "--definition",
        "{\"Type\": \"Pass\", \"End\": true}", "--state-configuration",
        "{\"retrierRetryCount\": 1e400}");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("An error occurred (com.amazon.coral.service#"
        + "SerializationException) when calling the TestState operation: NUMBER_VALUE can not be"
        + " converted to an Integer").doesNotContain("\tat ").doesNotContain("internal error");
  }

  @Test
  void aCaseOrInputThatIsNotJsonIsExplainedWithoutJacksonsSettings() {
    String badCase = CommandLineRun.file(dir, "case.json", "{\"definition\": nope}");
    assertThat(failsWith(1, "conformance", badCase)).contains("cannot read the case:"
        + " Unrecognized token 'nope'").doesNotContain("[Source:");
    String file = CommandLineRun.file(dir, "pass.json", PASS);
    assertThat(failsWith(2, "run", file, "--input", "{\"a\": [1"))
        .contains("--input is not JSON: Unexpected end-of-input: expected close marker for Array")
        .doesNotContain("[Source:").doesNotContain("REDACTED");
    assertThat(failsWith(2, "run", file, "--input", "{\"a\": NaN}"))
        .contains("Non-standard token 'NaN': JSON does not allow it")
        .doesNotContain("JsonReadFeature");
  }

  @Test
  void anActivityNothingAnswersIsSaidWithWhatToGive() {
    String file = CommandLineRun.file(dir, "activity.json", """
        {"StartAt": "T", "States": {"T": {"Type": "Task",
          "Resource": "arn:aws:states:us-east-1:123456789012:activity:a", "End": true}}}""");
    assertThat(failsWith(1, "run", file)).contains(file + ": the execution cannot go on: state"
        + " 'T' waits for an activity worker, which nothing answers here (on AWS it would stay"
        + " RUNNING): give the state's results with --task-results FILE");
  }

  @Test
  void aTaskWithoutResultsPointsToTheTaskResultsOption() {
    String file = CommandLineRun.file(dir, "task.json", TASK);
    assertThat(failsWith(1, "run", file)).contains("error: Statecraft.UnboundTask")
        .contains(file + ": statecraft run answers Task states from --task-results FILE");
  }

  @Test
  void anEmptyKeyOfTheSubstitutionsIsNamed() {
    String file = CommandLineRun.file(dir, "pass.json", PASS);
    String substitutions = CommandLineRun.file(dir, "subs.json", "{\"\": \"x\"}");
    assertThat(failsWith(2, "run", file, "--substitutions", substitutions))
        .contains("--substitutions " + substitutions + ": a key is empty, and names no ${KEY}"
            + " placeholder");
  }

  @Test
  void aThrownErrorThatIsNoStringIsRefused() {
    String file = CommandLineRun.file(dir, "task.json", TASK);
    String results = CommandLineRun.file(dir, "results.json",
        "{\"T\": [{\"Throw\": {\"Error\": 5}}]}");
    assertThat(failsWith(2, "run", file, "--task-results", results)).contains("--task-results "
        + results + ": the Throw.Error of a result of taskResults.T must be a string, was 5");
  }
}
