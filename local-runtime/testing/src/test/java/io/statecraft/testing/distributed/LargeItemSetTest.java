package io.statecraft.testing.distributed;

import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.local.Execution;
import io.statecraft.local.Json;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.MapRun;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A distributed Map over a 100,000-line CSV in batches of 100, read from the S3 folder. */
@Timeout(120)
class LargeItemSetTest {

  static final String CSV_MAP = """
      {"StartAt": "Orders", "States": {"Orders": {"Type": "Map",
        "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
          "ReaderConfig": {"InputType": "CSV", "CSVHeaderLocation": "FIRST_ROW"},
          "Parameters": {"Bucket": "in", "Key": "orders.csv"}},
        "ItemBatcher": {"MaxItemsPerBatch": 100},
        "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"},
          "StartAt": "Count", "States": {"Count": {"Type": "Pass",
            "Parameters": {"orders.$": "States.ArrayLength($.Items)", "first.$": "$.Items[0].id"},
            "End": true}}},
        "ResultSelector": {"batches.$": "States.ArrayLength($)"},
        "End": true}}}""";

  /** Writes {@code lines} order rows under a header into DIR/in/orders.csv. */
  static void writeOrders(Path dir, int lines) throws IOException {
    Files.createDirectories(dir.resolve("in"));
    try (Writer csv = Files.newBufferedWriter(dir.resolve("in/orders.csv"))) {
      csv.write("id,customer,total\n");
      for (int i = 0; i < lines; i++) {
        csv.write("o-" + i + ",c-" + (i % 977) + "," + (i % 500) + ".25\n");
      }
    }
  }

  @Test
  void a_hundred_thousand_lines_in_batches_of_a_hundred_run_as_a_thousand_children(
      @TempDir Path s3) throws IOException {
    writeOrders(s3, 100_000);
    try (LocalStepFunctions runtime = LocalStepFunctions.builder().s3Folder(s3).build()) {
      Execution execution = runtime.load("Orders", CSV_MAP).run("{}");

      assertThat(execution).succeeded();
      assertThat(execution.output()).isEqualTo(Json.parse("{\"batches\": 1000}"));
      MapRun mapRun = runtime.mapRuns(execution.arn()).get(0);
      assertThat(mapRun.itemCounts().succeeded()).isEqualTo(100_000);
      assertThat(mapRun.executionCounts().succeeded()).isEqualTo(1000);
      assertThat(runtime.mapRunExecutions(mapRun.arn()).get(999).result().orElseThrow()
          .output()).isEqualTo(Json.parse("{\"orders\": 100, \"first\": \"o-99900\"}"));
    }
  }
}
