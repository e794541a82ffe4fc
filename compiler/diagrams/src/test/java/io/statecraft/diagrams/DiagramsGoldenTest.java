package io.statecraft.diagrams;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.asl.StateMachine;
import io.statecraft.asl.internal.JsonMappers;
import io.statecraft.compiler.Asl;
import io.statecraft.compiler.SharedFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** Whole generated documents against golden files: Mermaid, SVG, overlay SVG and HTML report. */
class DiagramsGoldenTest {

  @ParameterizedTest
  @ValueSource(strings = {"order-fulfillment", "batch-report", "limits-and-comments"})
  void mermaidMatchesGolden(String name) throws IOException {
    Goldens.assertMatches(name + ".mmd", Diagrams.mermaid(machine(name)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"order-fulfillment", "batch-report", "limits-and-comments"})
  void svgMatchesGoldenAndIsTheSameOnEveryRun(String name) throws IOException {
    String svg = Diagrams.svg(machine(name));
    assertThat(Diagrams.svg(machine(name))).isEqualTo(svg);
    Goldens.assertMatches(name + ".svg", svg);
  }

  @Test
  void executionOverlayAndReportMatchGoldens() throws IOException {
    StateMachine machine = orderFulfillment();
    ExecutionOverlay run =
        ExecutionOverlay.fromHistory(Goldens.input("order-fulfillment.declined.history.json"));
    Goldens.assertMatches("order-fulfillment.declined.svg", Diagrams.svg(machine, run));
    Goldens.assertReportMatches("order-fulfillment.declined.html", Diagrams.html(machine, run));
  }

  @Test
  void reportOfARecordedAwsExecutionMatchesGolden() throws IOException {
    Path recorded = SharedFolder.resolve(
        "conformance/cases/scenarios/test_base_scenarios__test_lambda_invoke_with_retry_base.json");
    JsonNode recording = JsonMappers.STANDARD.readTree(Files.readString(recorded));
    StateMachine machine = Asl.fromJson(recording.get("definition"));
    Goldens.assertReportMatches("lambda-retry.execution.html",
        Diagrams.html(machine, recording.get("expected")));
  }

  /** The order-fulfillment definition the overlay tests paint. */
  static StateMachine orderFulfillment() throws IOException {
    return machine("order-fulfillment");
  }

  static StateMachine machine(String name) throws IOException {
    return Asl.read(Goldens.input(name + ".asl.json"));
  }
}
