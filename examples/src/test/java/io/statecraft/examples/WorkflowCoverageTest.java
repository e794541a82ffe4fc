package io.statecraft.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.local.Json;
import io.statecraft.local.LocalStepFunctions;
import org.junit.jupiter.api.Test;

/** The coverage check itself: it must name what the executions missed, and only that. */
class WorkflowCoverageTest {

  @Test
  void namesTheStateInsideAMapThatAnEmptyBatchNeverEnters() {
    WorkflowCoverage coverage = new WorkflowCoverage(new DataProcessing());
    try (LocalStepFunctions runtime = LocalStepFunctions.builder()
        .task("Store summary", (input, ctx) -> Json.object())
        .onFinished(coverage::record)
        .build()) {
      Workflows.load(runtime, new DataProcessing()).run("{\"batchId\": \"b\", \"records\": []}");
    }

    assertThat(coverage.missed()).containsExactly("state 'Transform record' was never entered");
  }

  @Test
  void namesTheChoiceDefaultAndTheCatchesThatARejectedOrderNeverTakes() {
    WorkflowCoverage coverage = new WorkflowCoverage(new OrderFulfillment());
    try (LocalStepFunctions runtime = LocalStepFunctions.builder()
        .task("Validate order", (input, ctx) -> Json.parse("{\"valid\": false, \"reason\": \"x\"}"))
        .onFinished(coverage::record)
        .build()) {
      Workflows.load(runtime, new OrderFulfillment()).run("{}");
    }

    assertThat(coverage.missed())
        .contains("state 'Reserve stock' was never entered",
            "transition Order valid? -> Reserve stock (Default) was never taken",
            "transition Charge card -> Release stock (Catch [\"States.ALL\"]) was never taken",
            "transition Ship order -> Refund payment (Catch [\"States.ALL\"]) was never taken")
        .noneMatch(missed -> missed.contains("'Validate order'")
            || missed.contains("'Order rejected'")
            || missed.contains("Order valid? -> Order rejected"));
  }
}
