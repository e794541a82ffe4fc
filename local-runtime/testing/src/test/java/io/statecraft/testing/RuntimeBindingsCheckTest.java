package io.statecraft.testing;

import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.local.Execution;
import io.statecraft.local.Json;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.spi.SharedBindingCheck;
import org.junit.jupiter.api.Test;

/** Handlers bound on the runtime builder that answer nothing are reported, not ignored. */
class RuntimeBindingsCheckTest {

  static final String FLOW = """
      {"StartAt": "Charge card", "States": {"Charge card": {"Type": "Task",
        "Resource": "arn:aws:lambda:us-east-1:123456789012:function:charge", "End": true}}}""";

  @Test
  void should_report_a_misspelt_state_name_with_the_nearest_when_the_runtime_closes() {
    LocalStepFunctions runtime = LocalStepFunctions.builder()
        .task("Charge crad", (input, ctx) -> input).build();
    Execution execution = runtime.load("Orders", FLOW).run("{}");

    assertThat(execution).failed().hasError("Statecraft.UnboundTask");
    assertThat(execution.cause()).contains(
        "A handler is bound to state 'Charge crad'; did you mean that name?");
    assertThatThrownBy(runtime::close)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("handlers bound on LocalStepFunctions.builder() answered nothing in Orders:\n"
            + "  task(\"Charge crad\", ...) matches no Task state; did you mean 'Charge card'?");
  }

  @Test
  void should_report_a_resource_no_task_calls() {
    LocalStepFunctions runtime = LocalStepFunctions.builder()
        .task("Charge card", (input, ctx) -> input)
        .resource("arn:aws:lambda:*:*:function:refund*", (input, ctx) -> input).build();
    runtime.load("Orders", FLOW);

    assertThatThrownBy(runtime::close).hasMessageEndingWith(
        "resource(\"arn:aws:lambda:*:*:function:refund*\", ...) matches no Task state's Resource;"
            + " the Task states call 'arn:aws:lambda:us-east-1:123456789012:function:charge'");
  }

  @Test
  void should_close_quietly_when_every_binding_matched_a_loaded_workflow() {
    LocalStepFunctions runtime = LocalStepFunctions.builder()
        .task("Charge card", (input, ctx) -> Json.object())
        .resource("arn:aws:lambda:*:*:function:charge", (input, ctx) -> input).build();
    runtime.load("Orders", FLOW);

    assertThatCode(runtime::close).doesNotThrowAnyException();
  }

  @Test
  void should_close_quietly_when_no_workflow_was_loaded() {
    LocalStepFunctions runtime = LocalStepFunctions.builder()
        .task("Anything", (input, ctx) -> input).build();

    assertThatCode(runtime::close).doesNotThrowAnyException();
  }

  @Test
  void should_report_only_bindings_no_runtime_of_a_shared_check_used() {
    SharedBindingCheck check = new SharedBindingCheck();
    LocalStepFunctions first = check.attach(LocalStepFunctions.builder()
        .task("Charge card", (input, ctx) -> input).task("Ship", (input, ctx) -> input)).build();
    first.load("Orders", FLOW);
    first.close();
    LocalStepFunctions second = check.attach(LocalStepFunctions.builder()
        .task("Charge card", (input, ctx) -> input).task("Ship", (input, ctx) -> input)).build();
    second.load("Shipping", FLOW.replace("Charge card", "Ship"));
    second.close();

    assertThatCode(check::report).doesNotThrowAnyException();
  }
}
