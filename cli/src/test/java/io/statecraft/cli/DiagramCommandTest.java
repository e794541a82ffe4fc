package io.statecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagramCommandTest {

  private static final String DEFINITION = """
      {"StartAt": "Charge", "States": {
        "Charge": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:putItem",
                   "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Declined"}], "End": true},
        "Declined": {"Type": "Fail", "Error": "Payment.Declined"}}}
      """;
  private static final String HISTORY = """
      {"events": [
        {"id": 1, "previousEventId": 0, "timestamp": 1.0, "type": "ExecutionStarted",
         "executionStartedEventDetails": {"input": "{}"}},
        {"id": 2, "previousEventId": 1, "timestamp": 1.1, "type": "TaskStateEntered",
         "stateEnteredEventDetails": {"name": "Charge", "input": "{}"}},
        {"id": 3, "previousEventId": 2, "timestamp": 1.2, "type": "TaskStateExited",
         "stateExitedEventDetails": {"name": "Charge", "output": "{\\"ok\\": true}"}},
        {"id": 4, "previousEventId": 3, "timestamp": 1.3, "type": "ExecutionSucceeded",
         "executionSucceededEventDetails": {"output": "{\\"ok\\": true}"}}]}
      """;

  @TempDir Path dir;

  @Test
  void printsMermaidOfADefinition() throws IOException {
    String file = CommandLineRun.file(dir, "charge.asl.json", DEFINITION);
    String out = CommandLineRun.succeeds("diagram", file, "--format", "mermaid");
    assertThat(out).startsWith("flowchart TD\n")
        .contains("  Charge[\"Charge<br/>DynamoDB · PutItem\"]\n")
        .contains("  Charge -.->|\"catch States.ALL\"| Declined\n");
  }

  @Test
  void writesAnSvgOverlayOfAnExecutionToTheOutFile() throws IOException {
    String file = CommandLineRun.file(dir, "charge.asl.json", DEFINITION);
    String history = CommandLineRun.file(dir, "run.json", HISTORY);
    Path out = dir.resolve("run.svg");
    String printed = CommandLineRun.succeeds("diagram", file, "--execution",
        history, "--out", out.toString());
    assertThat(printed).isEmpty();
    assertThat(Files.readString(out)).startsWith("<svg ")
        .contains("class=\"sc-state sc-task sc-succeeded\" data-state=\"Charge\"")
        .contains("class=\"sc-state sc-fail sc-not-reached\" data-state=\"Declined\"");
  }

  @Test
  void writesAnHtmlReport() throws IOException {
    String file = CommandLineRun.file(dir, "charge.asl.json", DEFINITION);
    String history = CommandLineRun.file(dir, "run.json", HISTORY);
    String out = CommandLineRun.succeeds("diagram", file, "--format", "html",
        "--execution", history);
    assertThat(out).startsWith("<!DOCTYPE html>").contains("<svg ", "TaskStateExited");
  }

  @Test
  void refusesAnHtmlReportWithoutAnExecutionAsAUsageError() throws IOException {
    String file = CommandLineRun.file(dir, "charge.asl.json", DEFINITION);
    String err = CommandLineRun.failsWith(2, "diagram", file, "--format", "html");
    assertThat(err).contains("--format html reports an execution: give it with --execution FILE");
  }

  @Test
  void reportsADefinitionThatDoesNotReadWithItsPointerAndExitsOne() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.asl.json"), "{\"StartAt\": \"A\"}");
    CommandLineRun run = CommandLineRun.of("diagram", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith(file + ":").contains("READ_MISSING_FIELD");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void reportsAnExecutionFileThatIsNotAHistoryAndExitsOne() throws IOException {
    String file = CommandLineRun.file(dir, "charge.asl.json", DEFINITION);
    Path history = Files.writeString(dir.resolve("run.json"), "[1, 2]");
    String err = CommandLineRun.failsWith(1, "diagram", file, "--execution",
        history.toString());
    assertThat(err).contains(history + ": /0 has no \"type\"");
  }
}
