package io.statecraft.examples;

import static io.statecraft.dsl.Steps.*;

import io.statecraft.asl.StateMachine;
import io.statecraft.dsl.Workflow;
import io.statecraft.dsl.payload.Payload;
import java.time.Duration;

/**
 * Extracts three sources at once (two child state machines run with {@code .sync:2}, which return
 * their output as JSON, and a Glue job), then loads the warehouse with a Batch job once all three
 * are done.
 *
 * <pre>{@code
 * StateMachine machine = new ParallelEtl().define();
 * }</pre>
 */
public final class ParallelEtl implements Workflow {

  @Override
  public StateMachine define() {
    Payload childInput = payload()
        .put("date", path("$.date"))
        .put("AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID", Context.EXECUTION_ID);
    return stateMachine()
        .comment("Extract orders, customers and inventory in parallel, then load the warehouse")
        .startWith(parallel("Extract sources",
                task("Extract orders", startExecutionSync("${ExtractOrdersStateMachineArn}",
                        childInput))
                    .resultSelector(payload().put("orders", path("$.Output.location"))),
                task("Extract customers", startExecutionSync(
                        "${ExtractCustomersStateMachineArn}", childInput))
                    .resultSelector(payload().put("customers", path("$.Output.location"))),
                task("Extract inventory", glueStartJobRunSync("extract-inventory")
                        .with("Arguments", payload().put("--date", path("$.date"))))
                    .resultSelector(payload().put("inventoryRun", path("$.Id"))))
            .resultPath("$.extracted")
            .retry(retryOn("StepFunctions.ExecutionLimitExceededException")
                .interval(Duration.ofSeconds(30)).maxAttempts(3).backoffRate(2))
            .catching(errors(States.ALL).resultPath("$.error"),
                fail("Extraction failed").errorPath(path("$.error.Error"))
                    .causePath(path("$.error.Cause")))
            .next(task("Load warehouse", batchSubmitJobSync(
                    "load-warehouse", "${LoadJobQueueArn}", "${LoadJobDefinitionArn}")
                    .with("Parameters", payload()
                        .put("date", path("$.date"))
                        .put("orders", path("$.extracted[0].orders"))
                        .put("customers", path("$.extracted[1].customers"))))
                .timeout(Duration.ofHours(2))
                .resultPath("$.load"))
            .next(succeed("Warehouse loaded")))
        .build();
  }
}
