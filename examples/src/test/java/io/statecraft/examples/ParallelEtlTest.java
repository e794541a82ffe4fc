package io.statecraft.examples;

import static io.statecraft.examples.Histories.gaps;
import static io.statecraft.examples.Histories.timesOf;
import static io.statecraft.examples.Workflows.answeringAfter;
import static io.statecraft.examples.Workflows.failing;
import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.local.Execution;
import io.statecraft.local.Json;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.task.TaskFailure;
import io.statecraft.local.task.TaskHandler;
import io.statecraft.testing.StatecraftExtension;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link ParallelEtl}: three extracts in parallel (two child state machines, one Glue job), then a
 * Batch job loads the warehouse.
 */
class ParallelEtlTest {

  static final String DAY = "{\"date\": \"2024-03-01\"}";

  /**
   * The deployment's values of the placeholders. The children's ARNs are those the runtime gives
   * the state machines ExtractOrders and ExtractCustomers, so a test that loads them runs them.
   */
  static final Map<String, String> DEPLOYMENT = Map.of(
      "ExtractOrdersStateMachineArn",
      "arn:aws:states:us-east-1:123456789012:stateMachine:ExtractOrders",
      "ExtractCustomersStateMachineArn",
      "arn:aws:states:us-east-1:123456789012:stateMachine:ExtractCustomers",
      "LoadJobQueueArn", "arn:aws:batch:us-east-1:123456789012:job-queue/warehouse",
      "LoadJobDefinitionArn", "arn:aws:batch:us-east-1:123456789012:job-definition/load:1");

  // A .sync:2 child execution answers with DescribeExecution's shape, its Output as JSON.
  @RegisterExtension
  static StatecraftExtension sfn = StatecraftExtension.with(runtime -> runtime
          .substitutions(DEPLOYMENT)
          .task("Extract orders", (input, ctx) -> Json.parse(
              "{\"Status\": \"SUCCEEDED\", \"Output\": {\"location\": \"s3://etl/orders\"}}"))
          .task("Extract customers", (input, ctx) -> Json.parse(
              "{\"Status\": \"SUCCEEDED\", \"Output\": {\"location\": \"s3://etl/customers\"}}"))
          .task("Extract inventory", (input, ctx) -> Json.parse("{\"Id\": \"jr-1\"}"))
          .task("Load warehouse", (input, ctx) -> Json.parse("{\"JobId\": \"job-1\"}")))
      .workflow(ParallelEtl.class);

  @RegisterExtension
  static FullCoverage coverage = new FullCoverage("ParallelEtl");

  LocalStateMachine etl;

  /**
   * The orders extract, refused once for too many executions, then succeeding. The retry is
   * the Parallel's: to the task inside, each run is a first attempt (ctx.retryCount() stays 0),
   * so the handler counts its calls.
   */
  static TaskHandler hittingTheExecutionLimitOnce() {
    AtomicInteger calls = new AtomicInteger();
    return (input, ctx) -> {
      if (calls.getAndIncrement() == 0) {
        throw new TaskFailure("StepFunctions.ExecutionLimitExceededException", "limit reached");
      }
      return Json.parse("{\"Output\": {\"location\": \"s3://etl/orders\"}}");
    };
  }

  @Test
  void loadsTheWarehouseWithWhatTheThreeExtractsProduced() {
    Execution execution = etl.run(DAY);

    // Branches interleave, but the Parallel's result keeps the order of its branches.
    assertThat(execution).succeeded()
        .visited("Extract sources", "Load warehouse", "Warehouse loaded")
        .visited("Extract orders").visited("Extract customers").visited("Extract inventory")
        .hasOutputAt("$.extracted", Json.parse("""
            [{"orders": "s3://etl/orders"}, {"customers": "s3://etl/customers"},
             {"inventoryRun": "jr-1"}]"""))
        .hasOutputAt("$.load.JobId", "job-1");
    assertThat(execution).calledTask("Load warehouse").once().withInput("""
        {"JobName": "load-warehouse",
         "JobQueue": "arn:aws:batch:us-east-1:123456789012:job-queue/warehouse",
         "JobDefinition": "arn:aws:batch:us-east-1:123456789012:job-definition/load:1",
         "Parameters": {"date": "2024-03-01", "orders": "s3://etl/orders",
           "customers": "s3://etl/customers"}}""");
  }

  @Test
  void startsEachChildWithTheDateAndItsParentsExecutionId() {
    Execution execution = etl.run(DAY);

    // AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID links the child to its parent in the console.
    assertThat(execution).calledTask("Extract orders").once().withInput("""
        {"StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:ExtractOrders",
         "Input": {"date": "2024-03-01", "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID": "%s"}}"""
        .formatted(execution.arn()));
  }

  @Test
  void runsTheExtractsAsChildExecutionsOfStateMachinesLoadedAlongside() {
    // The class's runtime answers the extracts with handlers bound for every test, and a
    // workflow's own handlers can replace them but not remove them: this test builds a runtime
    // without them, where the extracts start real child executions.
    try (LocalStepFunctions runtime = LocalStepFunctions.builder()
        .substitutions(DEPLOYMENT)
        .task("Extract inventory", (input, ctx) -> Json.parse("{\"Id\": \"jr-1\"}"))
        .task("Load warehouse", (input, ctx) -> Json.parse("{\"JobId\": \"job-1\"}"))
        .build()) {
      runtime.load("ExtractOrders", """
          {"StartAt": "Export", "States": {"Export": {"Type": "Pass", "End": true,
            "Parameters": {"location.$": "States.Format('s3://etl/orders/{}', $.date)"}}}}""");
      runtime.load("ExtractCustomers", """
          {"StartAt": "Export", "States": {"Export": {"Type": "Pass", "End": true,
            "Parameters": {"location.$": "States.Format('s3://etl/customers/{}', $.date)"}}}}""");

      Execution execution = runtime.load(ParallelEtl.class).run(DAY);

      assertThat(execution).succeeded()
          .hasOutputAt("$.extracted[0].orders", "s3://etl/orders/2024-03-01")
          .hasOutputAt("$.extracted[1].customers", "s3://etl/customers/2024-03-01");
    }
  }

  @Test
  void extractsAgainAfterThirtySecondsWhenTooManyExecutionsRun() {
    Execution execution = etl.withTask("Extract orders", hittingTheExecutionLimitOnce())
        .run(DAY);

    // The retrier is on the Parallel: the failure stops the other branches, and the whole
    // Parallel runs again.
    assertThat(execution).succeeded().hasOutputAt("$.extracted[0].orders", "s3://etl/orders");
    assertThat(execution).calledTask("Extract orders").times(2);
    assertThat(gaps(timesOf(execution, "Extract sources",
        HistoryEventType.PARALLEL_STATE_STARTED))).containsExactly(Duration.ofSeconds(30));
  }

  @Test
  void failsWithTheLimitErrorAfterThreeRetriesThirtySixtyAndHundredTwentySecondsApart() {
    Execution execution = etl
        .withTask("Extract customers",
            failing("StepFunctions.ExecutionLimitExceededException", "limit reached"))
        .run(DAY);

    assertThat(execution).failed().hasError("StepFunctions.ExecutionLimitExceededException")
        .hasCause("limit reached")
        .visited("Extract sources", "Extraction failed").didNotCall("Load warehouse");
    assertThat(gaps(timesOf(execution, "Extract sources",
        HistoryEventType.PARALLEL_STATE_STARTED)))
        .containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120));
  }

  @Test
  void failsWithTheChildsErrorWhenAChildExecutionFails() {
    Execution execution = etl
        .withTask("Extract orders", failing("States.TaskFailed",
            "{\"Status\": \"FAILED\", \"Error\": \"Export.Denied\"}"))
        .run(DAY);

    // Not retried: the retrier is only for the execution limit. The Catch keeps error and cause.
    assertThat(execution).failed().hasError("States.TaskFailed")
        .hasCause("{\"Status\": \"FAILED\", \"Error\": \"Export.Denied\"}")
        .visited("Extract sources", "Extraction failed").didNotCall("Load warehouse");
    assertThat(timesOf(execution, "Extract sources", HistoryEventType.PARALLEL_STATE_STARTED))
        .hasSize(1);
  }

  @Test
  void failsWhenLoadingTakesLongerThanTwoHours() {
    Execution execution = etl
        .withTask("Load warehouse",
            answeringAfter(Duration.ofHours(3), "{\"JobId\": \"job-1\"}"))
        .run(DAY);

    // Three hours pass on the virtual clock in an instant; the load has no Catch.
    assertThat(execution).failed().hasError("States.Timeout").visited("Load warehouse")
        .didNotVisit("Warehouse loaded");
  }

  @Test
  void countsOneRetryOfTheParallelWhenItRunsTwice() {
    Execution execution = etl.withTask("Extract orders", hittingTheExecutionLimitOnce())
        .run(DAY);

    assertThat(execution).succeeded().hasRetried("Extract sources", 1);
  }
}
