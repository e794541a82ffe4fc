package io.statecraft.examples;

import static io.statecraft.dsl.Steps.*;

import io.statecraft.asl.StateMachine;
import io.statecraft.dsl.TypedWorkflow;
import io.statecraft.dsl.payload.Paths;
import java.time.Duration;

/**
 * Transforms each record of a batch in parallel (an inline Map whose ItemSelector hands every
 * iteration its record, its index and the batch id), summarizes the results with a ResultSelector
 * and stores the summary in DynamoDB. Its input is a {@link Batch}, its output a
 * {@link BatchSummary}; the paths into both are written against the records.
 *
 * <pre>{@code
 * StateMachine machine = new DataProcessing().define();
 * }</pre>
 */
public final class DataProcessing implements TypedWorkflow<Batch, BatchSummary> {

  @Override
  public StateMachine define() {
    return stateMachine()
        .comment("Transform the records of a batch and store a summary")
        .startWith(map("Transform records",
                task("Transform record", lambdaInvoke("${TransformFunction}")
                        .payload(path("$"))
                        .withRecommendedRetry())
                    .outputPath("$.Payload"))
            .itemsPath(Paths.of(Batch::records)) // a list component, or it does not compile
            .itemSelector(payload()
                .put("batchId", path(Batch::batchId))
                .put("index", Context.MAP_ITEM_INDEX)
                .put("record", Context.MAP_ITEM_VALUE))
            .maxConcurrency(10)
            .resultSelector(payload()
                .put("count", arrayLength(path("$")))
                .put("records", path("$")))
            .resultPath("$.transformed")
            .retry(retryOn(States.TASK_FAILED).interval(Duration.ofSeconds(3)).maxAttempts(2))
            .next(task("Store summary", dynamoPutItem("${BatchTable}", payload()
                    .put("batchId", payload().put("S", path(Batch::batchId)))
                    .put("recordCount", payload()
                        .put("N", format("{}", path("$.transformed.count"))))
                    .put("finishedAt", payload().put("S", Context.STATE_ENTERED_TIME))))
                .discardResult())
            .next(succeed("Batch processed").outputPath("$.transformed")))
        .build();
  }
}
