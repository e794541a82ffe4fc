package io.statecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Input users get wrong is answered with what is wrong, never a stack trace. */
class BadInputTest {

  private static final String PASS = """
      {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}
      """;
  private static final String TASK = """
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
  private static String failsWith(int code, String... args) {
    CommandLineRun run = CommandLineRun.of(args);
    assertThat(run.exitCode()).as("exit code; stdout: %s; stderr: %s", run.out(), run.err())
        .isEqualTo(code);
    noStackTrace(run.err());
    return run.out() + run.err();
  }

  private static void noStackTrace(String stderr) {
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
}
