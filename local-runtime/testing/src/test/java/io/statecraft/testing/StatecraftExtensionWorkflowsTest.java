package io.statecraft.testing;

import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.local.Json;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.task.TaskFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Workflows loaded by the extension, injected into fields and parameters, bound per test. */
class StatecraftExtensionWorkflowsTest {

  @RegisterExtension
  static StatecraftExtension sfn = StatecraftExtension
      .with(runtime -> runtime.substitute("ApprovalActivityArn",
          "arn:aws:states:us-east-1:123456789012:activity:approve"))
      .workflow(Orders.class, "orders-test")
      .workflow(MockedResponsesTest.resource("Returns.asl.json"));

  @WorkflowNamed("Orders")
  LocalStateMachine orders;

  LocalStepFunctions runtime;

  private static LocalStateMachine answered(LocalStateMachine orders) {
    return orders.withResource("arn:aws:states:::lambda:invoke",
            (input, ctx) -> Json.parse("{\"charged\": true}"))
        .withTask("Approve", (input, ctx) -> Json.parse("{\"approved\": true}"));
  }

  @Test
  void should_inject_the_workflow_class_made_with_its_constructor_arguments() {
    assertThat(orders.definition().toString()).contains("save-orders-test");
    assertThat(answered(orders).run("{\"items\": []}")).succeeded();
  }

  @Test
  void should_give_each_test_a_handle_without_the_bindings_of_another_test() {
    assertThat(answered(orders).withTask("Charge card", (input, ctx) -> {
      throw new TaskFailure("Card.Declined", "no funds");
    }).run("{\"items\": []}")).failed().hasError("Card.Declined");
    assertThat(orders.run("{\"items\": []}")).failed().hasError("Statecraft.UnboundTask");
  }

  @Test
  void should_inject_the_runtime_the_workflows_are_loaded_in(LocalStepFunctions parameter) {
    assertThat(parameter).isSameAs(runtime);
  }

  @Test
  void should_inject_a_workflow_read_from_an_asl_file_by_name(
      @WorkflowNamed("Returns") LocalStateMachine returns) {
    assertThat(returns.withTask("Refund", (input, ctx) -> Json.parse("{\"refunded\": 1}"))
        .run("{}")).succeeded().hasOutput("{\"refunded\": 1}");
  }

  @Test
  void should_close_its_runtime_as_an_auto_closeable_not_a_deprecated_closeable_resource() {
    assertThat(AutoCloseable.class).isAssignableFrom(TestRuntime.class);
    assertThat(ExtensionContext.Store.CloseableResource.class
        .isAssignableFrom(TestRuntime.class)).isFalse();
  }

  /** Run by the launcher below, not by the build: its class fails on purpose. */
  @EnabledIf("launchedByTheTestBelow")
  static class MisspeltRuntimeBinding {
    static boolean launchedByTheTestBelow() {
      return ExampleLauncher.launching();
    }

    @RegisterExtension
    static StatecraftExtension sfn = StatecraftExtension
        .with(runtime -> runtime.task("Refnud", (input, ctx) -> input))
        .workflow(MockedResponsesTest.resource("Returns.asl.json"));

    @Test
    void runs(LocalStateMachine returns) {
      returns.run("{}");
    }

    @Test
    void runsAgain(LocalStateMachine returns) {
      returns.run("{}");
    }
  }

  @Test
  void should_fail_the_class_once_when_a_runtime_wide_handler_matched_no_state_of_any_test() {
    TestExecutionSummary summary = ExampleLauncher.launch(MisspeltRuntimeBinding.class);

    assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
    assertThat(summary.getFailures()).singleElement()
        .satisfies(failure -> assertThat(failure.getException()).hasMessage(
            "handlers bound on LocalStepFunctions.builder() answered nothing in Returns:\n"
                + "  task(\"Refnud\", ...) matches no Task state; did you mean 'Refund'?"));
  }
}
