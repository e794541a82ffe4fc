package io.statecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestStateCommandTest {

  private static final String CHARGE = """
      {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
       "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
       "ResultSelector": {"total.$": "$.Payload.total"}, "Next": "Ship"}""";

  @TempDir Path dir;

  @Test
  void printsTheResponseAsTheApiReturnsIt() {
    String out = CommandLineRun.succeeds("test-state", "--definition",
        "{\"Type\": \"Pass\", \"Result\": {\"ok\": true}, \"Next\": \"Ship\"}");

    assertThat(out).isEqualTo("""
        {
          "status": "SUCCEEDED",
          "output": "{\\"ok\\":true}",
          "nextState": "Ship"
        }
        """);
  }

  @Test
  void printsInspectionDataAsJsonTextForAMockedTaskAtDebug() {
    String out = CommandLineRun.succeeds("test-state", "--definition", CHARGE,
        "--input", "{\"order\": 7}", "--inspection-level", "DEBUG",
        "--mock", "{\"result\": \"{\\\"Payload\\\": {\\\"total\\\": 42}}\"}");

    assertThat(out).contains("\"status\": \"SUCCEEDED\"", "\"output\": \"{\\\"total\\\":42}\"",
        "\"nextState\": \"Ship\"",
        "\"afterParameters\": \"{\\\"FunctionName\\\":\\\"charge\\\",\\\"Payload\\\":"
            + "{\\\"order\\\":7}}\"");
  }

  @Test
  void readsTheAwsCliInputJsonFromAtFileOrInputJsonWithOptionsReplacingMembers() {
    String request = CommandLineRun.file(dir, "request.json", """
        {"definition": "{\\"Type\\": \\"Pass\\", \\"End\\": true}",
         "input": "{\\"from\\": \\"file\\"}", "inspectionLevel": "INFO"}""");
    String input = CommandLineRun.file(dir, "input.json", "{\"from\": \"option\"}");

    String fromAtFile = CommandLineRun.succeeds("test-state", "@" + request);
    String replaced = CommandLineRun.succeeds("test-state", "--input-json", request,
        "--input", "file://" + input);

    assertThat(fromAtFile).contains("\"output\": \"{\\\"from\\\":\\\"file\\\"}\"");
    assertThat(replaced).contains("\"output\": \"{\\\"from\\\":\\\"option\\\"}\"");
  }

  @Test
  void printsAwsErrorLineAndExitsOneWhenTheRequestIsRefused() {
    CommandLineRun run = CommandLineRun.of("test-state", "--definition",
        "{\"Type\": \"Pass\", \"End\": true}", "--mock", "{\"result\": \"{}\"}");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("\nAn error occurred (ValidationException) when calling the"
        + " TestState operation: State type 'Pass' is not supported when a mock is specified\n");
  }

  @Test
  void exitsZeroWhenTheTestedStateFails() {
    String out = CommandLineRun.succeeds("test-state", "--definition",
        "{\"Type\": \"Fail\", \"Error\": \"Oops\", \"Cause\": \"bad\"}");

    assertThat(out).contains("\"status\": \"FAILED\"", "\"error\": \"Oops\"",
        "\"cause\": \"bad\"");
  }

  @Test
  void aMissingDefinitionOrAMockThatIsNoJsonObjectIsAUsageError() {
    assertThat(CommandLineRun.failsWith(2, "test-state", "--input", "{}"))
        .contains("a definition is required");
    assertThat(CommandLineRun.failsWith(2, "test-state", "--definition", "{}", "--mock", "[1]"))
        .contains("--mock must be a JSON object");
  }

  @Test
  void helpShowsAnExample() {
    String help = CommandLineRun.succeeds("test-state", "--help");

    assertThat(help).contains("Usage: statecraft test-state", "--cli-input-json", "--mock",
        "--state-configuration", "Examples:",
        "statecraft test-state --definition '{\"Type\": \"Pass\"");
  }
}
