package io.statecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

  private static final String FLOW = """
      {"StartAt": "Charge", "States": {
        "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "OutputPath": "$.Payload",
          "Retry": [{"ErrorEquals": ["Busy"], "MaxAttempts": 2}], "Next": "Done"},
        "Done": {"Type": "Succeed"}}}""";

  @TempDir Path dir;

  @Test
  void printsStatusOutputAndPathWithReplayedTaskResults() throws IOException {
    String flow = CommandLineRun.file(dir, "pay.asl.json", FLOW);
    Path results = Files.writeString(dir.resolve("results.json"), """
        {"Charge": [{"Throw": {"Error": "Busy", "Cause": "try later"}},
                    {"Return": {"Payload": {"paid": true}, "StatusCode": 200}}]}""");
    Path history = dir.resolve("history.json");
    CommandLineRun run = CommandLineRun.of("run", flow, "--input", "{\"n\": 1}",
        "--task-results", results.toString(), "--history", history.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(String.join("\n",
        "status: SUCCEEDED",
        "output: {\"paid\":true}",
        "path: Charge -> Done",
        "history: " + history, ""));
    assertThat(Files.readString(history)).contains("\"events\"", "TaskFailed", "\"Busy\"");
  }

  @Test
  void printsErrorAndCauseAndExitsOneWhenTheExecutionFails() throws IOException {
    String flow = CommandLineRun.file(dir, "pay.asl.json", FLOW);
    Path input = Files.writeString(dir.resolve("in.json"), "{\"order\": {\"id\": 1, \"items\": [1, 2]}}");
    Path results = Files.writeString(dir.resolve("results.json"), """
        {"Charge": [{"Throw": {"Error": "Denied", "Cause": "no"}}]}""");
    CommandLineRun run = CommandLineRun.of("run", flow, "--input", "@" + input,
        "--task-results", results.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("status: FAILED\nerror: Denied\ncause: no\npath: Charge\n");
  }

  @Test
  void leavesOutACauseTheFailureDoesNotHave() throws IOException {
    String flow = CommandLineRun.file(dir, "stop.asl.json", """
        {"StartAt": "Stop", "States": {"Stop": {"Type": "Fail", "Error": "Order.Invalid"}}}""");
    CommandLineRun run = CommandLineRun.of("run", flow);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("status: FAILED\nerror: Order.Invalid\npath: Stop\n");
  }

  @Test
  void addsEachRunsCoverageToTheReportInTheCoverageFolder() throws IOException {
    String flow = CommandLineRun.file(dir, "pay.asl.json", FLOW);
    Path results = Files.writeString(dir.resolve("results.json"), """
        {"Charge": [{"Throw": {"Error": "Busy", "Cause": "later"}}, {"Return": {"Payload": 1}}]}""");
    Path answer = Files.writeString(dir.resolve("answer.json"), """
        {"Charge": [{"Return": {"Payload": 2}}]}""");
    Path report = dir.resolve("coverage");

    String first = CommandLineRun.succeeds("run", flow, "--task-results", answer.toString(),
        "--coverage", report.toString());
    CommandLineRun.succeeds("run", flow, "--task-results", results.toString(), "--coverage",
        report.toString());

    assertThat(first).endsWith("coverage: " + report.resolve("index.html") + "\n");
    String json = Files.readString(report.resolve("coverage.json"));
    assertThat(json).contains("\"name\": \"pay\"", "\"executions\": 2")
        .doesNotContain("\"covered\": false");
    assertThat(Files.readString(report.resolve("index.html"))).contains(">pay</a>");
  }

  @Test
  void malformedInputIsAUsageError() throws IOException {
    String flow = CommandLineRun.file(dir, "pay.asl.json", FLOW);
    String err = CommandLineRun.failsWith(2, "run", flow, "--input", "{oops");
    assertThat(err).contains("--input is not JSON");
  }

  private static final String PAUSE = """
      {"StartAt": "Pause", "States": {
        "Pause": {"Type": "Wait", "Seconds": "${PauseSeconds}", "Next": "Tag"},
        "Tag": {"Type": "Pass", "Result": {"table": "${Table}", "stage": "${Stage}"},
          "End": true}}}""";

  @Test
  void substitutesPlaceholdersFromOptionsAndAFileTheOptionsWinning() throws IOException {
    String flow = CommandLineRun.file(dir, "pause.asl.json", PAUSE);
    Path values = Files.writeString(dir.resolve("values.json"),
        "{\"PauseSeconds\": 5, \"Table\": \"from-file\", \"Stage\": \"dev\"}");
    CommandLineRun run = CommandLineRun.of("run", flow, "--substitutions", values.toString(),
        "--substitute", "Table=orders", "--substitute", "Stage=a=b");
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("output: {\"table\":\"orders\",\"stage\":\"a=b\"}");
  }

  @Test
  void namesAPlaceholderWithoutAValueAndHowToGiveIt() throws IOException {
    String flow = CommandLineRun.file(dir, "pause.asl.json", PAUSE);
    CommandLineRun run = CommandLineRun.of("run", flow, "--substitute", "PauseSeconds=1",
        "--substitute", "Stage=dev");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("/States/Tag/Result/table: error RUN_PLACEHOLDER:"
        + " placeholder ${Table} in state 'Tag' has no value")
        .contains("--substitute Table=VALUE");
  }

  @Test
  void aSubstituteWithoutAnEqualsSignIsAUsageError() throws IOException {
    String flow = CommandLineRun.file(dir, "pause.asl.json", PAUSE);
    String err = CommandLineRun.failsWith(2, "run", flow, "--substitute", "Table");
    assertThat(err).contains("--substitute must be KEY=VALUE, was Table");
  }

  private static final String ORDERS = """
      {"StartAt": "Process", "States": {"Process": {"Type": "Map", "Label": "Orders",
        "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
          "ReaderConfig": {"InputType": "JSON"},
          "Parameters": {"Bucket": "in", "Key": "items.json"}},
        "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
          "StartAt": "Work", "States": {"Work": {"Type": "Pass", "End": true}}},
        "End": true}}}""";

  @Test
  void readsTheItemsOfADistributedMapFromTheS3Folder() throws IOException {
    String flow = CommandLineRun.file(dir, "orders.asl.json", ORDERS);
    Path s3 = dir.resolve("s3");
    Files.createDirectories(s3.resolve("in"));
    Files.writeString(s3.resolve("in/items.json"), "[1, 2, 3]");

    String out = CommandLineRun.succeeds("run", flow, "--s3-dir", s3.toString());

    assertThat(out).isEqualTo("status: SUCCEEDED\noutput: [1,2,3]\npath: Process\n");
  }

  @Test
  void aMissingS3FolderIsAUsageErrorNamingIt() throws IOException {
    String flow = CommandLineRun.file(dir, "orders.asl.json", ORDERS);
    Path missing = dir.resolve("no-such-s3");

    String err = CommandLineRun.failsWith(2, "run", flow, "--s3-dir", missing.toString());

    assertThat(err).startsWith("--s3-dir: no such directory: " + missing)
        .doesNotContain("Exception");
  }
}
