package io.statecraft.testing;

import io.statecraft.local.Json;
import io.statecraft.local.LocalStepFunctions;
import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

class StatecraftExtensionTest {

  private static final String FLOW = """
      {"StartAt": "Charge", "States": {"Charge": {"Type": "Task",
        "Resource": "arn:aws:states:::lambda:invoke", "OutputPath": "$.Payload", "End": true}}}""";

  @RegisterExtension
  static StatecraftExtension sfn = StatecraftExtension.with(runtime -> runtime
      .task("Charge", (input, ctx) -> Json.parse("{\"charged\": true}")));

  @Test
  void injectsARuntimeWithTheConfiguredHandlers(LocalStepFunctions runtime) {
    assertThat(runtime.load("Flow", FLOW).run("{}")).succeeded()
        .hasOutput("{\"charged\": true}");
  }

  static final ByteArrayOutputStream PRINTED = new ByteArrayOutputStream();

  /** Run by the launcher below, not by the build: it fails on purpose. */
  @org.junit.jupiter.api.condition.EnabledIf("launchedByTheTestBelow")
  static class FailingExample {
    static boolean launchedByTheTestBelow() {
      return ExampleLauncher.launching();
    }

    @RegisterExtension
    static StatecraftExtension sfn = StatecraftExtension.with(runtime -> runtime
        .task("Charge", (input, ctx) -> Json.parse("{\"charged\": false}")))
        .printingTo(new PrintStream(PRINTED, true, StandardCharsets.UTF_8));

    @Test
    void expectsACharge(LocalStepFunctions runtime) {
      assertThat(runtime.load("Flow", FLOW).run("{}")).hasOutput("{\"charged\": true}");
    }
  }

  @Test
  void printsTheHistoryOfEveryExecutionWhenATestFails() {
    TestExecutionSummary summary = ExampleLauncher.launch(FailingExample.class);
    assertThat(summary.getTestsFailedCount()).isEqualTo(1);
    String printed = PRINTED.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("Execution histories of expectsACharge(LocalStepFunctions)")
        .contains("TaskStateEntered").contains("ExecutionSucceeded");
  }
}
