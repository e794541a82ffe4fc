package io.statecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

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
  /** DEFINITION and HISTORY as files in {@code dir}, written before each test. */
  private String definition;
  private String history;

  @BeforeEach
  void writeTheDefinitionAndItsHistory() {
    definition = CommandLineRun.file(dir, "charge.asl.json", DEFINITION);
    history = CommandLineRun.file(dir, "run.json", HISTORY);
  }

  @Test
  void printsMermaidOfADefinition() {
    String out = CommandLineRun.succeeds("diagram", definition, "--format", "mermaid");
    assertThat(out).startsWith("flowchart TD\n")
        .contains("  Charge[\"Charge<br/>DynamoDB · PutItem\"]\n")
        .contains("  Charge -.->|\"catch States.ALL\"| Declined\n");
  }

  @Test
  void writesAnSvgOverlayOfAnExecutionToTheOutFile() throws IOException {
    Path out = dir.resolve("run.svg");
    String printed = CommandLineRun.succeeds("diagram", definition, "--execution",
        history, "--out", out.toString());
    assertThat(printed).isEmpty();
    assertThat(Files.readString(out)).startsWith("<svg ")
        .contains("class=\"sc-state sc-task sc-succeeded\" data-state=\"Charge\"")
        .contains("class=\"sc-state sc-fail sc-not-reached\" data-state=\"Declined\"");
  }

  @Test
  void writesAnHtmlReport() {
    String out = CommandLineRun.succeeds("diagram", definition, "--format", "html",
        "--execution", history);
    assertThat(out).startsWith("<!DOCTYPE html>").contains("<svg ", "TaskStateExited");
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void drawsEveryStateOfA5000StateChainInBothFormatsAndSaysItIsDrawnPlainly() throws Exception {
    // GIVEN: what once ended in a StackOverflowError
    StringBuilder json = new StringBuilder("{\"StartAt\": \"S0\", \"States\": {");
    for (int i = 0; i < 5_000; i++) {
      json.append(i == 0 ? "" : ",").append("\"S").append(i).append("\": {\"Type\": \"Pass\", ")
          .append(i == 4_999 ? "\"End\": true}" : "\"Next\": \"S" + (i + 1) + "\"}");
    }
    String big = CommandLineRun.file(dir, "big.asl.json", json.append("}}").toString());
    Path svg = dir.resolve("big.svg");
    // WHEN
    String mermaid = CommandLineRun.succeeds("diagram", big, "--format", "mermaid");
    CommandLineRun.succeeds("diagram", big, "--out", svg.toString());
    // THEN
    Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(svg.toFile());
    assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(document.getElementsByTagName("g").getLength()).isEqualTo(5_002);
    assertThat(Files.readString(svg)).contains("5,000 states, 5,001 transitions: drawn in plain rows");
    assertThat(mermaid).startsWith("flowchart TD\n  %% 5,001 edges");
    java.util.Set<String> lines = new java.util.HashSet<>(mermaid.lines().toList());
    for (int i = 0; i < 5_000; i++) {
      assertThat(lines).contains("  S" + i + "[\"S" + i + "\"]");
    }
  }

  @Test
  void refusesAnHtmlReportWithoutAnExecutionAsAUsageError() {
    String err = CommandLineRun.failsWith(2, "diagram", definition, "--format", "html");
    assertThat(err).contains("--format html reports an execution: give it with --execution FILE");
  }

  @Test
  void reportsADefinitionThatDoesNotReadWithItsPointerAndExitsOne() {
    String file = CommandLineRun.file(dir, "bad.asl.json", "{\"StartAt\": \"A\"}");
    CommandLineRun run = CommandLineRun.of("diagram", file);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith(file + ":").contains("READ_MISSING_FIELD");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void reportsAnExecutionFileThatIsNotAHistoryAndExitsOne() {
    String notAHistory = CommandLineRun.file(dir, "numbers.json", "[1, 2]");
    String err = CommandLineRun.failsWith(1, "diagram", definition, "--execution", notAHistory);
    assertThat(err).contains(notAHistory + ": /0 has no \"type\"");
  }
}
