package io.statecraft.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.local.Json;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.testing.StatecraftExtension;
import io.statecraft.testing.WorkflowNamed;
import io.statecraft.testing.coverage.CoverageRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The coverage check itself: it must name what the executions missed, and only that. */
class WorkflowCoverageTest {

  // The deployments the examples' tests use, so their coverage adds up in the report.
  @RegisterExtension
  static StatecraftExtension sfn = StatecraftExtension.with(runtime -> runtime
          .substitutions(DataProcessingTest.DEPLOYMENT)
          .substitutions(OrderFulfillmentTest.DEPLOYMENT))
      .workflow(DataProcessing.class)
      .workflow(OrderFulfillment.class);

  @Test
  void namesTheStateInsideAMapThatAnEmptyBatchNeverEnters(
      @WorkflowNamed("DataProcessing") LocalStateMachine batches) {
    try (CoverageRecorder recorder = CoverageRecorder.start()) {
      batches.withTask("Store summary", (input, ctx) -> Json.object())
          .run("{\"batchId\": \"b\", \"records\": []}");

      assertThat(FullCoverage.missed(recorder.workflow("DataProcessing")))
          .containsExactly("state 'Transform record' was never entered",
              "transition Transform record (End) was never taken");
    }
  }

  @Test
  void namesTheChoiceDefaultAndTheCatchesThatARejectedOrderNeverTakes(
      @WorkflowNamed("OrderFulfillment") LocalStateMachine orders) {
    try (CoverageRecorder recorder = CoverageRecorder.start()) {
      orders.withTask("Validate order",
              (input, ctx) -> Json.parse("{\"valid\": false, \"reason\": \"x\"}"))
          .run(OrderFulfillmentTest.ORDER);

      assertThat(FullCoverage.missed(recorder.workflow("OrderFulfillment")))
          .contains("state 'Reserve stock' was never entered",
              "transition Order valid? -> Reserve stock (Default) was never taken",
              "transition Charge card -> Release stock (Catch[0]) was never taken",
              "transition Ship order -> Refund payment (Catch[0]) was never taken")
          .noneMatch(missed -> missed.contains("'Validate order'")
              || missed.contains("'Order rejected'")
              || missed.contains("Order valid? -> Order rejected"));
    }
  }
}
