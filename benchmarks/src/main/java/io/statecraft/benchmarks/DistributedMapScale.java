package io.statecraft.benchmarks;

import io.statecraft.local.Execution;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.emulator.StepFunctionsEmulator;
import io.statecraft.local.MapRun;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A distributed Map over a CSV of N lines in batches of 100, read from a folder standing in for
 * S3, run in the local runtime: wall time of the run, and the heap still held once it ended
 * (after a full GC, the runtime and its Map Run still open), for each N given; then the same
 * through the emulator's HTTP API.
 *
 * <pre>
 * java -cp benchmarks/target/statecraft-benchmarks.jar \
 *     io.statecraft.benchmarks.DistributedMapScale [10000 100000 ...]
 * </pre>
 */
public final class DistributedMapScale {

  private static final String DEFINITION = """
      {"StartAt": "Orders", "States": {"Orders": {"Type": "Map",
        "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
          "ReaderConfig": {"InputType": "CSV"},
          "Parameters": {"Bucket": "in", "Key": "orders.csv"}},
        "ItemBatcher": {"MaxItemsPerBatch": 100},
        "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"},
          "StartAt": "Count", "States": {"Count": {"Type": "Pass",
            "Parameters": {"orders.$": "States.ArrayLength($.Items)"}, "End": true}}},
        "ResultSelector": {"batches.$": "States.ArrayLength($)"},
        "End": true}}}""";

  private DistributedMapScale() {}

  public static void main(String[] args) throws Exception {
    int[] sizes = args.length == 0 ? new int[] {10_000, 100_000}
        : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    Path s3 = Files.createTempDirectory("statecraft-scale-");
    run(s3, 5_000, false);
    System.out.println("runtime (LocalStepFunctions):");
    System.out.printf("%10s %10s %10s %14s %14s%n", "lines", "children", "wall ms",
        "held MiB", "held/line B");
    for (int lines : sizes) {
      run(s3, lines, true);
    }
    System.out.println("emulator (StartExecution over HTTP, then DescribeExecution until done):");
    System.out.printf("%10s %10s %14s%n", "lines", "wall ms", "held MiB");
    serve(s3, 5_000, false);
    for (int lines : sizes) {
      serve(s3, lines, true);
    }
  }

  /** The same Map run by the emulator, started and awaited through its HTTP API. */
  private static void serve(Path s3, int lines, boolean report) throws Exception {
    writeOrders(s3, lines);
    long before = heldBytes();
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.builder().s3Folder(s3)
        .start()) {
      java.net.URI endpoint = emulator.endpoint();
      java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
      String machine = EmulatorSoak.call(http, endpoint, "CreateStateMachine", java.util.Map.of(
          "name", "orders", "roleArn", "arn:aws:iam::123456789012:role/scale",
          "definition", DEFINITION)).get("stateMachineArn").asString();
      long start = System.nanoTime();
      String execution = EmulatorSoak.call(http, endpoint, "StartExecution",
          java.util.Map.of("stateMachineArn", machine)).get("executionArn").asString();
      String status;
      do {
        Thread.sleep(5);
        status = EmulatorSoak.call(http, endpoint, "DescribeExecution",
            java.util.Map.of("executionArn", execution)).get("status").asString();
      } while (status.equals("RUNNING"));
      long millis = (System.nanoTime() - start) / 1_000_000;
      if (!status.equals("SUCCEEDED")) {
        throw new IllegalStateException("the emulator's execution ended " + status);
      }
      long held = heldBytes() - before;
      if (report) {
        System.out.printf("%10d %10d %14.1f%n", lines, millis, held / 1048576.0);
      }
    }
  }

  private static void run(Path s3, int lines, boolean report) throws IOException {
    writeOrders(s3, lines);
    long before = heldBytes();
    try (LocalStepFunctions runtime = LocalStepFunctions.builder().s3Folder(s3).build()) {
      long start = System.nanoTime();
      Execution execution = runtime.load("Orders", DEFINITION).run("{}");
      long millis = (System.nanoTime() - start) / 1_000_000;
      MapRun mapRun = runtime.mapRuns(execution.arn()).get(0);
      if (mapRun.itemCounts().succeeded() != lines) {
        throw new IllegalStateException("expected " + lines + " items, got " + mapRun);
      }
      long held = heldBytes() - before;
      if (report) {
        System.out.printf("%10d %10d %10d %14.1f %14d%n", lines,
            mapRun.executionCounts().total(), millis, held / 1048576.0, held / lines);
      }
    }
  }

  private static long heldBytes() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void writeOrders(Path dir, int lines) throws IOException {
    Files.createDirectories(dir.resolve("in"));
    try (Writer csv = Files.newBufferedWriter(dir.resolve("in/orders.csv"))) {
      csv.write("id,customer,total\n");
      for (int i = 0; i < lines; i++) {
        csv.write("o-" + i + ",c-" + (i % 977) + "," + (i % 500) + ".25\n");
      }
    }
  }
}
