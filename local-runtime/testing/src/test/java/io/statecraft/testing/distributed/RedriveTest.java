package io.statecraft.testing.distributed;

import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.local.Execution;
import io.statecraft.local.ExecutionNotRedrivableException;
import io.statecraft.local.Json;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.task.TaskFailure;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A redrive goes on from the state that did not succeed, under the same execution. */
@Timeout(20)
class RedriveTest {

  static final String FLOW = """
      {"StartAt": "Prepare", "States": {
        "Prepare": {"Type": "Pass", "Assign": {"order": "o-1"}, "Result": {"n": 1},
          "Next": "Charge"},
        "Charge": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:charge",
          "Next": "Done"},
        "Done": {"Type": "Pass", "Parameters": {"order.$": "$order", "charged.$": "$"},
          "End": true}}}""";

  @Test
  void a_redriven_execution_runs_again_from_the_failed_state_with_its_input_and_variables() {
    AtomicInteger calls = new AtomicInteger();
    try (LocalStepFunctions runtime = LocalStepFunctions.builder()
        .task("Charge", (input, ctx) -> {
          if (calls.incrementAndGet() == 1) {
            throw new TaskFailure("Declined", "card declined");
          }
          return input;
        }).build()) {
      LocalStateMachine machine = runtime.load("Payments", FLOW);
      Execution failed = machine.run("{}");
      assertThat(failed).failed().hasError("Declined");

      Execution redriven = runtime.redrive(failed).await(Duration.ofSeconds(5));

      assertThat(redriven).succeeded();
      assertThat(redriven.arn()).isEqualTo(failed.arn());
      assertThat(redriven.output())
          .isEqualTo(Json.parse("{\"order\": \"o-1\", \"charged\": {\"n\": 1}}"));
      assertThat(redriven.history().events()).extracting(e -> e.type().awsName())
          .containsExactly("ExecutionStarted", "PassStateEntered", "PassStateExited",
              "TaskStateEntered", "LambdaFunctionScheduled", "LambdaFunctionStarted",
              "LambdaFunctionFailed", "ExecutionFailed", "ExecutionRedriven", "TaskStateEntered",
              "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionSucceeded",
              "TaskStateExited", "PassStateEntered",
              "PassStateExited", "ExecutionSucceeded");
      assertThat(calls).hasValue(2);
    }
  }

  @Test
  void a_succeeded_execution_is_not_redrivable() {
    try (LocalStepFunctions runtime = LocalStepFunctions.builder()
        .task("Charge", (input, ctx) -> input).build()) {
      Execution succeeded = runtime.load("Payments", FLOW).run("{}");

      assertThatThrownBy(() -> runtime.redrive(succeeded))
          .isInstanceOf(ExecutionNotRedrivableException.class)
          .hasMessageContaining("SUCCEEDED");
    }
  }

  @Test
  void a_redriven_distributed_map_runs_again_only_the_children_that_did_not_succeed() {
    java.util.Map<Integer, AtomicInteger> calls = new java.util.concurrent.ConcurrentHashMap<>();
    try (LocalStepFunctions runtime = LocalStepFunctions.builder()
        .task("Work", (input, ctx) -> {
          int n = calls.computeIfAbsent(input.asInt(), k -> new AtomicInteger())
              .incrementAndGet();
          if (input.asInt() == 2 && n == 1) {
            throw new TaskFailure("Flaky", "first try of item 2");
          }
          return input;
        }).build()) {
      Execution failed = runtime.load("Orders", DistributedMapTest.machine("",
          DistributedMapTest.TASK)).run("[1, 2, 3]");
      assertThat(failed).failed().hasError("States.ExceedToleratedFailureThreshold");

      Execution redriven = runtime.redrive(failed).await(Duration.ofSeconds(5));

      assertThat(redriven).succeeded();
      assertThat(redriven.output()).isEqualTo(Json.parse("[1, 2, 3]"));
      assertThat(calls.get(1)).hasValue(1);
      assertThat(calls.get(2)).hasValue(2);
      assertThat(calls.get(3)).hasValue(1);
      assertThat(redriven.history().events()).extracting(e -> e.type().awsName())
          .containsSubsequence("MapRunFailed", "ExecutionFailed", "ExecutionRedriven",
              "MapStateEntered", "MapStateStarted", "MapRunRedriven", "MapRunSucceeded",
              "MapStateSucceeded", "MapStateExited", "ExecutionSucceeded");
      io.statecraft.local.MapRun mapRun = runtime.mapRuns(failed.arn()).get(0);
      assertThat(mapRun.redriveCount()).isEqualTo(1);
      assertThat(mapRun.status()).isEqualTo(io.statecraft.local.MapRun.Status.SUCCEEDED);
      assertThat(mapRun.itemCounts().succeeded()).isEqualTo(3);
      assertThat(mapRun.itemCounts().failed()).isZero();
    }
  }

  @Test
  void a_redriven_parallel_runs_again_only_the_branches_that_did_not_succeed() {
    java.util.Map<String, AtomicInteger> calls = new java.util.concurrent.ConcurrentHashMap<>();
    TaskHandlerCounting counting = (name, fail) -> (input, ctx) -> {
      int n = calls.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
      if (fail && n == 1) {
        throw new TaskFailure("Flaky", name + " failed once");
      }
      return Json.parse("\"" + name + "\"");
    };
    try (LocalStepFunctions runtime = LocalStepFunctions.builder()
        .task("Ship", counting.handler("Ship", false))
        .task("Bill", counting.handler("Bill", true)).build()) {
      Execution failed = runtime.load("Order", """
          {"StartAt": "Both", "States": {"Both": {"Type": "Parallel", "End": true,
            "Branches": [
              {"StartAt": "Ship", "States": {"Ship": {"Type": "Task",
                "Resource": "arn:aws:states:::aws-sdk:sqs:sendMessage", "End": true}}},
              {"StartAt": "Bill", "States": {"Bill": {"Type": "Task",
                "Resource": "arn:aws:states:::aws-sdk:sqs:sendMessage", "End": true}}}]}}}""")
          .run("{}");
      assertThat(failed).failed().hasError("Flaky");

      Execution redriven = runtime.redrive(failed).await(Duration.ofSeconds(5));

      assertThat(redriven).succeeded();
      assertThat(redriven.output()).isEqualTo(Json.parse("[\"Ship\", \"Bill\"]"));
      assertThat(calls.get("Ship")).hasValue(1);
      assertThat(calls.get("Bill")).hasValue(2);
    }
  }

  /** A handler for state {@code name} that fails its first call when {@code fail}. */
  private interface TaskHandlerCounting {
    io.statecraft.local.task.TaskHandler handler(String name, boolean fail);
  }
}
