package io.statecraft.examples;

import static io.statecraft.examples.Histories.gaps;
import static io.statecraft.examples.Histories.timesOf;
import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.local.Execution;
import io.statecraft.local.Json;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.typed.TypeMismatchException;
import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.task.TaskFailure;
import io.statecraft.local.task.TaskHandler;
import io.statecraft.testing.StatecraftExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link DataProcessing}: an inline Map transforms each record, then a summary goes to DynamoDB.
 */
class DataProcessingTest {

  static final String BATCH = """
      {"batchId": "b-9", "records": [{"id": "a"}, {"id": "b"}, {"id": "c"}]}""";

  // The transformation tags each record with its index, so tests can see which came back where.
  static final TaskHandler TRANSFORM = (input, ctx) -> Json.object()
      .put("id", input.at("/record/id").asString())
      .put("position", input.get("index").asInt());

  /** The deployment's values of the placeholders, as DefinitionSubstitutions give them. */
  static final Map<String, String> DEPLOYMENT = Map.of(
      "TransformFunction", "transform-record",
      "BatchTable", "batches");

  @RegisterExtension
  static StatecraftExtension sfn = StatecraftExtension.with(runtime -> runtime
          .substitutions(DEPLOYMENT)
          .task("Transform record", TRANSFORM)
          .task("Store summary", (input, ctx) -> Json.object()))
      .workflow(DataProcessing.class);

  @RegisterExtension
  static FullCoverage coverage = new FullCoverage("DataProcessing");

  LocalStateMachine batches;

  @Test
  void transformsEveryRecordInItsOriginalOrder() {
    Execution execution = batches.run(BATCH);

    // Iterations interleave, but the Map's result keeps the order of the input.
    assertThat(execution).succeeded()
        .tookPath("Transform records", "Transform record", "Transform record", "Transform record",
            "Store summary", "Batch processed")
        .hasOutput("""
            {"count": 3, "records": [{"id": "a", "position": 0}, {"id": "b", "position": 1},
              {"id": "c", "position": 2}]}""");
  }

  @Test
  void readsTheSummaryAsARecord() {
    Execution execution = batches.run(new Batch("b-9",
        List.of(new Batch.Item("a"), new Batch.Item("b"), new Batch.Item("c"))));

    BatchSummary summary = execution.output(BatchSummary.class);
    assertThat(summary.count()).isEqualTo(3);
    assertThat(summary.records()).extracting(BatchSummary.Transformed::id)
        .containsExactly("a", "b", "c");
    assertThat(execution).hasOutput(new BatchSummary(3, List.of(
        new BatchSummary.Transformed("a", 0), new BatchSummary.Transformed("b", 1),
        new BatchSummary.Transformed("c", 2))));
  }

  @Test
  void refusesABatchWhoseRecordsAreNotAList() {
    assertThatThrownBy(() -> batches.run("{\"batchId\": \"b-9\", \"records\": {\"id\": \"a\"}}"))
        .isInstanceOfSatisfying(TypeMismatchException.class, e -> assertThat(e.diagnostics())
            .extracting(Diagnostic::pointer).containsExactly("/records"))
        .hasMessageContaining("/records must be an array, not an object");
  }

  @Test
  void handsEachIterationItsRecordItsIndexAndTheBatchId() {
    Execution execution = batches.run(BATCH);

    assertThat(execution).calledTask("Transform record").times(3);
    for (String record : new String[] {"""
        {"batchId": "b-9", "index": 0, "record": {"id": "a"}}""", """
        {"batchId": "b-9", "index": 1, "record": {"id": "b"}}""", """
        {"batchId": "b-9", "index": 2, "record": {"id": "c"}}"""}) {
      assertThat(execution).calledTask("Transform record").withInput("""
          {"FunctionName": "transform-record", "Payload": %s}""".formatted(record)).once();
    }
  }

  @Test
  void storesTheBatchIdTheCountAndWhenTheSummaryWasWritten() {
    Execution execution = batches.run(BATCH);

    assertThat(execution).calledTask("Store summary").once().withInput("""
        {"TableName": "batches", "Item": {"batchId": {"S": "b-9"},
          "recordCount": {"N": "3"}, "finishedAt": {"S": "2024-01-01T00:00:00.000Z"}}}""");
  }

  @Test
  void storesAnEmptySummaryForAnEmptyBatch() {
    Execution execution = batches.run("{\"batchId\": \"b-0\", \"records\": []}");

    assertThat(execution).succeeded().hasOutput("{\"count\": 0, \"records\": []}")
        .didNotVisit("Transform record")
        .calledTask("Store summary").once();
  }

  @Test
  void retriesARecordWhoseLambdaFailsOnce() {
    Execution execution = batches
        .withTask("Transform record", (input, ctx) -> {
          if (input.get("index").asInt() == 1 && ctx.retryCount() == 0) {
            throw new TaskFailure("Lambda.ServiceException", "Internal error");
          }
          return TRANSFORM.handle(input, ctx);
        })
        .run(BATCH);

    // Only the failed record is called again; the Map itself runs once.
    assertThat(execution).succeeded().hasOutputAt("$.count", 3)
        .hasRetried("Transform record", 1);
    assertThat(execution).calledTask("Transform record").times(4)
        .onAttempt(2).once()
        .withInput("{\"FunctionName\": \"transform-record\", \"Payload\": "
            + "{\"batchId\": \"b-9\", \"index\": 1, \"record\": {\"id\": \"b\"}}}");
    assertThat(timesOf(execution, "Transform records", HistoryEventType.MAP_STATE_STARTED))
        .hasSize(1);
  }

  @Test
  void runsTheWholeBatchAgainAfterThreeAndSixSecondsWhenARecordKeepsFailing() {
    Execution execution = batches
        .withTask("Transform record", (input, ctx) -> {
          throw new TaskFailure("Transform.BadRecord", "cannot parse " + input.get("record"));
        })
        .run("{\"batchId\": \"b-1\", \"records\": [{\"id\": \"x\"}]}");

    // States.TaskFailed on the Map matches any error of its iterations (but time-outs); there
    // is no Catch, so after two retries the execution fails with the record's error.
    assertThat(execution).failed().hasError("Transform.BadRecord")
        .hasCause("cannot parse {\"id\":\"x\"}")
        .didNotCall("Store summary");
    assertThat(execution).calledTask("Transform record").times(3);
    assertThat(gaps(timesOf(execution, "Transform records", HistoryEventType.MAP_STATE_STARTED)))
        .containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(6));
  }

  @Test
  void countsNoRetryOfTheMapWhenOnlyARecordIsRetried() {
    Execution execution = batches.run(BATCH);

    assertThat(execution).succeeded().hasRetried("Transform records", 0);
  }
}
