package io.statecraft.testing.distributed;

import static io.statecraft.dsl.Steps.*;
import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.asl.StateMachine;
import io.statecraft.dsl.Workflow;
import io.statecraft.local.Execution;
import io.statecraft.local.Json;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.MapRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A distributed Map written with the Java DSL, as a user writes one, tested as a user tests it:
 * its CSV in a folder standing in for S3, its Lambda bound to a handler, its results written
 * back to the folder.
 */
class DistributedMapWorkflowTest {

  /** Imports the orders of a CSV in batches of two, tolerating one failed batch in ten. */
  static final class OrderImport implements Workflow {
    @Override
    public StateMachine define() {
      return stateMachine()
          .startWith(map("Import orders",
                  task("Import batch", lambdaInvoke("import-orders").payload(path("$")))
                      .outputPath("$.Payload"))
              .distributedStandard()
              .label("Orders")
              .itemReader(s3Csv(path("$.bucket"), path("$.key")))
              .itemBatcher(batching().maxItems(2))
              .toleratedFailurePercentage(10)
              .resultWriter(s3Results("results", "imports")))
          .build();
    }
  }

  @Test
  void imports_every_row_of_the_csv_and_writes_the_results_next_to_it(@TempDir Path s3)
      throws IOException {
    Files.createDirectories(s3.resolve("in"));
    Files.createDirectories(s3.resolve("results"));
    Files.writeString(s3.resolve("in/orders.csv"), "id,total\no-1,10\no-2,20\no-3,30\n");
    try (LocalStepFunctions runtime = LocalStepFunctions.builder().s3Folder(s3)
        .task("Import batch", (input, ctx) -> Json.object()
            .put("imported", input.get("Items").size()))
        .build()) {
      LocalStateMachine orders = runtime.load(new OrderImport());

      Execution execution = orders.run("{\"bucket\": \"in\", \"key\": \"orders.csv\"}");

      assertThat(execution).succeeded();
      MapRun mapRun = runtime.mapRuns(execution.arn()).get(0);
      assertThat(mapRun.arn()).contains(":mapRun:OrderImport/Orders:");
      assertThat(mapRun.itemCounts().succeeded()).isEqualTo(3);
      assertThat(mapRun.executionCounts().succeeded()).isEqualTo(2);
      String manifest = execution.output().at("/ResultWriterDetails/Key").asString();
      assertThat(s3.resolve("results").resolve(manifest)).exists();
    }
  }
}
