package io.statecraft.testing.distributed;

import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.local.Execution;
import io.statecraft.local.Json;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.MapRun;
import io.statecraft.local.RunningExecution;
import io.statecraft.local.task.TaskFailure;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A distributed Map runs each item as a child execution under a Map Run, as AWS does. */
@Timeout(20)
class DistributedMapTest {

  static String machine(String mapFields, String processor) {
    return """
        {"StartAt": "Process", "States": {
          "Process": {"Type": "Map", %s
            "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED",
                "ExecutionType": "STANDARD"},
              "StartAt": "Work", "States": {"Work": %s}},
            "End": true}}}""".formatted(mapFields, processor);
  }

  static final String PASS = "{\"Type\": \"Pass\", \"End\": true}";
  static final String TASK = """
      {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:work",
       "End": true}""";

  @Test
  void each_item_runs_as_a_child_execution_listed_under_its_map_run() {
    try (LocalStepFunctions runtime = LocalStepFunctions.newInstance()) {
      Execution execution = runtime.load("Orders", machine("\"Label\": \"Batch\",", PASS))
          .run("[1, 2, 3]");

      assertThat(execution).succeeded();
      assertThat(execution.output()).isEqualTo(Json.parse("[1,2,3]"));
      assertThat(execution.history().events()).extracting(e -> e.type().awsName())
          .containsExactly("ExecutionStarted", "MapStateEntered", "MapStateStarted",
              "MapRunStarted", "MapRunSucceeded", "MapStateSucceeded", "MapStateExited",
              "ExecutionSucceeded");
      List<MapRun> mapRuns = runtime.mapRuns(execution.arn());
      assertThat(mapRuns).hasSize(1);
      MapRun mapRun = mapRuns.get(0);
      assertThat(mapRun.arn()).startsWith(
          "arn:aws:states:us-east-1:123456789012:mapRun:Orders/Batch:");
      assertThat(mapRun.status()).isEqualTo(MapRun.Status.SUCCEEDED);
      assertThat(mapRun.itemCounts().succeeded()).isEqualTo(3);
      assertThat(mapRun.executionCounts().total()).isEqualTo(3);
      List<RunningExecution> children = runtime.mapRunExecutions(mapRun.arn());
      assertThat(children).hasSize(3);
      assertThat(children.get(0).arn()).startsWith(
          "arn:aws:states:us-east-1:123456789012:execution:Orders/Batch:");
      Execution first = children.get(0).result().orElseThrow();
      assertThat(first.input()).isEqualTo(Json.parse("1"));
      assertThat(first.history().events()).extracting(e -> e.type().awsName())
          .containsExactly("ExecutionStarted", "PassStateEntered", "PassStateExited",
              "ExecutionSucceeded");
    }
  }

  /** Returns its item, but fails item 2. */
  static final io.statecraft.local.task.TaskHandler FAILS_ITEM_2 = (input, ctx) -> {
    if (input.asInt() == 2) {
      throw new TaskFailure("Broken", "item 2");
    }
    return input;
  };

  @Test
  void a_failed_child_fails_the_map_run_when_no_failure_is_tolerated() {
    try (LocalStepFunctions runtime = LocalStepFunctions.builder()
        .task("Work", FAILS_ITEM_2).build()) {
      Execution execution = runtime.load("Orders", machine("", TASK)).run("[1, 2, 3]");

      assertThat(execution).failed().hasError("States.ExceedToleratedFailureThreshold");
      assertThat(execution.history().events()).extracting(e -> e.type().awsName())
          .containsSubsequence("MapRunStarted", "MapRunFailed", "MapStateFailed",
              "ExecutionFailed");
      assertThat(runtime.mapRuns(execution.arn()).get(0).status())
          .isEqualTo(MapRun.Status.FAILED);
    }
  }

  @Test
  void tolerated_failures_let_the_map_run_succeed() {
    try (LocalStepFunctions runtime = LocalStepFunctions.builder()
        .task("Work", FAILS_ITEM_2).build()) {
      Execution execution = runtime.load("Orders", machine("\"ToleratedFailureCount\": 1,",
          TASK)).run("[1, 2, 3]");

      assertThat(execution).succeeded();
      MapRun mapRun = runtime.mapRuns(execution.arn()).get(0);
      assertThat(mapRun.itemCounts().failed()).isEqualTo(1);
      assertThat(mapRun.itemCounts().succeeded()).isEqualTo(2);
    }
  }

  @Test
  void batches_group_items_with_the_batch_input() {
    try (LocalStepFunctions runtime = LocalStepFunctions.newInstance()) {
      Execution execution = runtime.load("Orders", machine("""
          "ItemBatcher": {"MaxItemsPerBatch": 2, "BatchInput": {"run": "r1"}},""", PASS))
          .run("[1, 2, 3]");

      assertThat(execution.output()).isEqualTo(Json.parse("""
          [{"BatchInput": {"run": "r1"}, "Items": [1, 2]},
           {"BatchInput": {"run": "r1"}, "Items": [3]}]"""));
    }
  }

  @Test
  void max_concurrency_runs_children_one_after_another_in_virtual_time() {
    try (LocalStepFunctions runtime = LocalStepFunctions.newInstance()) {
      Execution execution = runtime.load("Orders", machine("\"MaxConcurrency\": 1,",
          "{\"Type\": \"Wait\", \"Seconds\": 10, \"End\": true}")).run("[1, 2, 3]");

      assertThat(execution).succeeded();
      assertThat(java.time.Duration.between(execution.startDate(), execution.stopDate()))
          .isEqualTo(java.time.Duration.ofSeconds(30));
      List<RunningExecution> children = runtime.mapRunExecutions(
          runtime.mapRuns(execution.arn()).get(0).arn());
      assertThat(children.get(2).startDate())
          .isEqualTo(execution.startDate().plusSeconds(20));
    }
  }

  @Test
  void stopping_the_execution_aborts_the_map_run_and_its_children() throws Exception {
    try (LocalStepFunctions runtime = LocalStepFunctions.newInstance()) {
      RunningExecution running = runtime.load("Orders", machine("",
          "{\"Type\": \"Wait\", \"Seconds\": 3600, \"End\": true}"))
          .start("stopped", Json.parse("[1, 2]"));
      waitForMapRun(runtime, running.arn());

      running.stop("Operator", "no longer needed");
      Execution execution = running.await(java.time.Duration.ofSeconds(5));

      assertThat(execution).hasStatus(io.statecraft.local.ExecutionStatus.ABORTED);
      MapRun mapRun = runtime.mapRuns(execution.arn()).get(0);
      assertThat(mapRun.status()).isEqualTo(MapRun.Status.ABORTED);
      for (RunningExecution child : runtime.mapRunExecutions(mapRun.arn())) {
        assertThat(child.await(java.time.Duration.ofSeconds(5)))
            .hasStatus(io.statecraft.local.ExecutionStatus.ABORTED);
      }
    }
  }

  static final String READER = """
      "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
        "ReaderConfig": {"InputType": "CSV", "CSVHeaderLocation": "FIRST_ROW"},
        "Parameters": {"Bucket": "in", "Key": "orders.csv"}},""";

  @Test
  void a_handler_bound_to_the_s3_resource_supplies_the_object_the_reader_parses() {
    try (LocalStepFunctions runtime = LocalStepFunctions.builder()
        .resource("arn:aws:states:::s3:getObject", (input, ctx) -> {
          assertThat(input).isEqualTo(Json.parse("{\"Bucket\": \"in\", \"Key\": \"orders.csv\"}"));
          return Json.parse("{\"Body\": \"id\\no-1\\no-2\\n\"}");
        }).build()) {
      Execution execution = runtime.load("Orders", machine(READER, PASS)).run("{}");

      assertThat(execution.output())
          .isEqualTo(Json.parse("[{\"id\": \"o-1\"}, {\"id\": \"o-2\"}]"));
    }
  }

  @Test
  void a_mock_file_answers_the_map_states_reader_by_the_states_name(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    java.nio.file.Path mocks = java.nio.file.Files.writeString(dir.resolve("mocks.json"), """
        {"StateMachines": {"Orders": {"TestCases": {"TwoOrders": {"Process": "TwoItems"}}}},
         "MockedResponses": {"TwoItems": {"0": {"Return": [{"id": "o-1"}, {"id": "o-2"}]}}}}""");
    try (LocalStepFunctions runtime = LocalStepFunctions.newInstance()) {
      Execution execution = runtime.load("Orders", machine(READER, PASS))
          .withMockedResponses(mocks, "TwoOrders").run("{}");

      assertThat(execution.output())
          .isEqualTo(Json.parse("[{\"id\": \"o-1\"}, {\"id\": \"o-2\"}]"));
    }
  }

  @Test
  void reading_parquet_without_its_artifact_fails_at_load_naming_what_to_add() {
    try (LocalStepFunctions runtime = LocalStepFunctions.newInstance()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtime.load("Sensors", machine("""
          "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
            "ReaderConfig": {"InputType": "PARQUET"},
            "Parameters": {"Bucket": "in", "Key": "sensors.parquet"}},""", PASS)))
          .isInstanceOf(io.statecraft.asl.diagnostic.InvalidDefinitionException.class)
          .hasMessageContaining("/States/Process/ItemReader/ReaderConfig/InputType")
          .hasMessageContaining("io.statecraft:statecraft-parquet");
    }
  }

  private static void waitForMapRun(LocalStepFunctions runtime, String executionArn)
      throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (runtime.mapRuns(executionArn).isEmpty()
        || runtime.mapRunExecutions(runtime.mapRuns(executionArn).get(0).arn()).size() < 2) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no Map Run started");
      }
      Thread.sleep(5);
    }
  }
}
