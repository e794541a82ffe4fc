package io.statecraft.local.conformance;

import io.statecraft.compiler.SharedFolder;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every case recorded against AWS in ../shared/conformance/cases, run and compared. */
class ConformanceTest {

  /** Runs the case {@code json}, written to a case file in {@code dir}. */
  private static Conformance.Result runCase(Path dir, String json) throws IOException {
    return Conformance.runCase(Files.writeString(dir.resolve("case.json"), json));
  }

  @Test
  void everyRecordedCaseMatchesAwsOrIsSkippedForALaterIssue() {
    Path cases = SharedFolder.resolve("conformance/cases");
    List<Conformance.Result> results = Conformance.run(List.of(cases), result -> { });
    Map<String, Map<Conformance.Outcome, Long>> perGroup = new TreeMap<>(results.stream()
        .collect(Collectors.groupingBy(r -> r.id().substring(0, r.id().indexOf('/')),
            Collectors.groupingBy(Conformance.Result::outcome, Collectors.counting()))));
    perGroup.forEach((group, counts) -> System.out.println(group + ": " + counts));
    System.out.println(Conformance.summary(results));

    List<String> failed = results.stream()
        .filter(r -> r.outcome() == Conformance.Outcome.FAIL)
        .map(Conformance.Result::line)
        .toList();
    assertThat(failed).as("cases that differ from AWS's recording").isEmpty();
  }

  /**
   * The distributed-Map executions recorded against AWS (with S3 objects their tests wrote),
   * kept with the engine's tests: each matches its recording.
   */
  @Test
  void everyRecordedDistributedMapExecutionMatchesAws() {
    Path cases = Path.of("src/test/resources/distributed-map/recorded");
    List<Conformance.Result> results = Conformance.run(List.of(cases), result -> { });

    assertThat(results).hasSizeGreaterThan(50);
    assertThat(results.stream().filter(r -> r.outcome() != Conformance.Outcome.PASS)
        .map(Conformance.Result::line)).as("recorded distributed Maps that differ").isEmpty();
  }

  @Test
  void runsTheExpressCasesAndReplaysTheStopOfTestStopExecution() {
    Path cases = SharedFolder.resolve("conformance/cases");
    List<Path> files = List.of(
        cases.resolve("express/test_express_sync__test_base[BASE_RAISE_FAILURE].json"),
        cases.resolve("express/test_express_sync__test_query_runtime_memory.json"),
        cases.resolve("api/test_sfn_api_express__test_start_sync_execution.json"),
        cases.resolve("api/test_sfn_api__test_stop_execution.json"));

    List<Conformance.Result> results = Conformance.run(files, result -> { });

    assertThat(results).extracting(Conformance.Result::line).containsExactly(
        "PASS express/test_express_sync/test_base[BASE_RAISE_FAILURE]",
        "PASS express/test_express_sync/test_query_runtime_memory",
        "PASS api/test_sfn_api_express/test_start_sync_execution",
        "PASS api/test_sfn_api/test_stop_execution");
  }

  @Test
  void stopsAReplayWhereTheRecordingWasStoppedWithTheRecordedErrorAndCause(@TempDir Path dir)
      throws IOException {
    // GIVEN a recording stopped in its Wait, after a Pass, by a caller giving error and cause;
    // WHEN it is replayed
    Conformance.Result result = runCase(dir, """
        {"id": "demo/stopped", "definition": {"StartAt": "P", "States": {
           "P": {"Type": "Pass", "Next": "W"}, "W": {"Type": "Wait", "Seconds": 60, "End": true}}},
         "input": {},
         "expected": {"status": "ABORTED", "error": "Op.Stop", "cause": "by hand", "events": [
           {"id": 1, "previousEventId": 0, "type": "ExecutionStarted", "timestamp": "timestamp",
            "executionStartedEventDetails": {"input": {}, "inputDetails": {"truncated": false},
              "roleArn": "snf_role_arn"}},
           {"id": 2, "previousEventId": 0, "type": "PassStateEntered", "timestamp": "timestamp",
            "stateEnteredEventDetails": {"name": "P", "input": {},
              "inputDetails": {"truncated": false}}},
           {"id": 3, "previousEventId": 2, "type": "PassStateExited", "timestamp": "timestamp",
            "stateExitedEventDetails": {"name": "P", "output": {},
              "outputDetails": {"truncated": false}}},
           {"id": 4, "previousEventId": 3, "type": "WaitStateEntered", "timestamp": "timestamp",
            "stateEnteredEventDetails": {"name": "W", "input": {},
              "inputDetails": {"truncated": false}}},
           {"id": 5, "previousEventId": 0, "type": "ExecutionAborted", "timestamp": "timestamp",
            "executionAbortedEventDetails": {"error": "Op.Stop", "cause": "by hand"}}]}}""");

    // THEN the replay stopped in the Wait, with the recorded error and cause
    assertThat(result.line()).isEqualTo("PASS demo/stopped");
  }

  @Test
  void failsAStoppedCaseWhoseHistoryDoesNotEndInExecutionAborted(@TempDir Path dir)
      throws IOException {
    Conformance.Result result = runCase(dir, """
        {"id": "demo/bad-stop", "definition": {"StartAt": "W", "States": {
           "W": {"Type": "Wait", "Seconds": 60, "End": true}}}, "input": {},
         "expected": {"status": "ABORTED", "events": [
           {"id": 1, "previousEventId": 0, "type": "ExecutionStarted"}]}}""");

    assertThat(result.outcome()).isEqualTo(Conformance.Outcome.FAIL);
    assertThat(result.detail()).contains("an ABORTED case whose history does not end in"
        + " ExecutionAborted");
  }

  @Test
  void skipsAStoppedCaseWithNoRecordedHistory(@TempDir Path dir) throws IOException {
    Conformance.Result result = runCase(dir, """
        {"id": "demo/no-history", "definition": {"StartAt": "W", "States": {
           "W": {"Type": "Wait", "Seconds": 60, "End": true}}}, "input": {},
         "expected": {"status": "ABORTED"}}""");

    assertThat(result.line()).isEqualTo("SKIP demo/no-history: StopExecution"
        + " ended it, and with no recorded history when is unknown");
  }

  @Test
  void skipsOnlyWhatTheRuntimeDoesNotRunOrRecordingsThatCannotBeReplayed() {
    Path cases = SharedFolder.resolve("conformance/cases");
    List<Conformance.Result> skipped = Conformance.run(List.of(cases), result -> { }).stream()
        .filter(r -> r.outcome() == Conformance.Outcome.SKIP)
        .toList();
    assertThat(skipped).allSatisfy(result -> assertThat(result.detail()).containsAnyOf(
        "JSONata", "distributed Map", "placeholder <timestamp>", "RedriveCount",
        "deleted the activity before starting the execution"));
  }
}
