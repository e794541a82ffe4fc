package io.statecraft.testing;

import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.local.Interleaving;
import io.statecraft.local.Execution;
import io.statecraft.local.ExecutionClock;
import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.Json;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.task.TaskFailure;
import static io.statecraft.testing.SlowHandlers.echoingAfter;
import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class InterpreterTest {

  private static LocalStateMachine load(LocalStepFunctions runtime, String asl) {
    return runtime.load("Test", asl);
  }

  @Test
  void appliesInputPathParametersResultPathAndOutputPathInAwsOrder() {
    // GIVEN
    LocalStateMachine machine = load(LocalStepFunctions.newInstance(), """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "InputPath": "$.order",
          "Parameters": {"id.$": "$.id", "kind": "book", "when.$": "$$.State.Name"},
          "ResultPath": "$.summary", "OutputPath": "$.summary", "End": true}}}""");
    // WHEN
    Execution execution = machine.run("{\"order\": {\"id\": 7}}");
    // THEN
    assertThat(execution).succeeded().hasOutput("{\"id\": 7, \"kind\": \"book\", \"when\": \"P\"}");
  }

  @Test
  void resultPathInsertsWithoutChangingTheStateInput() {
    LocalStateMachine machine = load(LocalStepFunctions.newInstance(), """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": 1,
          "ResultPath": "$.a.b", "End": true}}}""");
    Execution execution = machine.run("{\"a\": {\"c\": 2}}");
    assertThat(execution).succeeded().hasOutput("{\"a\": {\"c\": 2, \"b\": 1}}")
        .hasStateInput("P", "{\"a\": {\"c\": 2}}");
  }

  @Test
  void retriesWithBackoffUntilMaxAttemptsOnTheVirtualClock() {
    // GIVEN a task that always fails, retried 3 times from 2 s with rate 3
    AtomicInteger calls = new AtomicInteger();
    LocalStepFunctions runtime = LocalStepFunctions.builder()
        .task("Call", (input, ctx) -> {
          calls.incrementAndGet();
          throw new TaskFailure("Boom", "attempt " + ctx.retryCount());
        })
        .build();
    LocalStateMachine machine = load(runtime, """
        {"StartAt": "Call", "States": {"Call": {"Type": "Task",
          "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"Payload.$": "$"},
          "Retry": [{"ErrorEquals": ["Boom"], "IntervalSeconds": 2, "BackoffRate": 3,
                     "MaxAttempts": 3}], "End": true}}}""");
    // WHEN
    Execution execution = machine.run("{}");
    // THEN 2 + 6 + 18 seconds passed, instantly
    assertThat(execution).failed().hasError("Boom").hasCause("attempt 3").hasRetried("Call", 3);
    assertThat(calls).hasValue(4);
    assertThat(Duration.between(execution.startDate(), execution.stopDate()))
        .isEqualTo(Duration.ofSeconds(26));
  }

  @Test
  void maxDelaySecondsCapsTheBackoffAndFullJitterStaysBelowIt() {
    LocalStepFunctions runtime = LocalStepFunctions.builder().seed(42)
        .task("Call", (input, ctx) -> {
          throw new TaskFailure("Boom", null);
        })
        .build();
    LocalStateMachine machine = load(runtime, """
        {"StartAt": "Call", "States": {"Call": {"Type": "Task",
          "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f",
          "Retry": [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 10, "BackoffRate": 10,
                     "MaxAttempts": 4, "MaxDelaySeconds": 30, "JitterStrategy": "FULL"}],
          "End": true}}}""");
    Execution execution = machine.run("{}");
    Duration waited = Duration.between(execution.startDate(), execution.stopDate());
    assertThat(waited).isLessThanOrEqualTo(Duration.ofSeconds(10 + 30 + 30 + 30));
    assertThat(waited).isPositive();
  }

  @Test
  void catchPlacesTheErrorOutputWithItsResultPath() {
    LocalStepFunctions runtime = LocalStepFunctions.builder()
        .resource("arn:aws:lambda:*:*:function:pay-*", (input, ctx) -> {
          throw new TaskFailure("Payment.Declined", "no funds");
        })
        .build();
    LocalStateMachine machine = load(runtime, """
        {"StartAt": "Pay", "States": {
          "Pay": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:pay-eu",
            "Catch": [{"ErrorEquals": ["States.Timeout"], "Next": "Wrong"},
                      {"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Refund"}],
            "End": true},
          "Wrong": {"Type": "Fail"},
          "Refund": {"Type": "Succeed"}}}""");
    Execution execution = machine.run("{\"order\": 1}");
    assertThat(execution).succeeded().tookPath("Pay", "Refund").hasOutput(
        "{\"order\": 1, \"error\": {\"Error\": \"Payment.Declined\", \"Cause\": \"no funds\"}}");
  }

  @Test
  void statesAllDoesNotCatchStatesRuntime() {
    LocalStateMachine machine = load(LocalStepFunctions.newInstance(), """
        {"StartAt": "M", "States": {
          "M": {"Type": "Map", "ItemsPath": "$.missing", "ItemProcessor": {"StartAt": "I",
            "States": {"I": {"Type": "Pass", "End": true}}},
            "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}], "End": true},
          "Caught": {"Type": "Succeed"}}}""");
    assertThat(machine.run("{}")).failed().hasError("States.Runtime").hasCause(
        "An error occurred while executing the state 'M' (entered at the event id #2)."
            + " Invalid path '$.missing' : No results for path: $['missing']");
  }

  @Test
  void lambdaInvokeWrapsTheHandlerResultAsTheInvokeResponse() {
    LocalStepFunctions runtime = LocalStepFunctions.builder()
        .task("Greet", (input, ctx) -> Json.parse("{\"hello\": \"" + input.get("name").asString()
            + "\"}"))
        .build();
    LocalStateMachine machine = load(runtime, """
        {"StartAt": "Greet", "States": {"Greet": {"Type": "Task",
          "Resource": "arn:aws:states:::lambda:invoke",
          "Parameters": {"FunctionName": "greeter", "Payload": {"name.$": "$.who"}},
          "ResultSelector": {"body.$": "$.Payload", "status.$": "$.StatusCode"}, "End": true}}}""");
    Execution execution = machine.run("{\"who\": \"Ada\"}");
    assertThat(execution).succeeded()
        .hasOutput("{\"body\": {\"hello\": \"Ada\"}, \"status\": 200}");
    JsonNode response = execution.history().events().stream()
        .filter(e -> e.type().awsName().equals("TaskSucceeded")).findFirst().orElseThrow().value();
    assertThat(response.get("ExecutedVersion").asString()).isEqualTo("$LATEST");
    assertThat(response.at("/SdkHttpMetadata/HttpStatusCode").asInt()).isEqualTo(200);
  }

  @Test
  void unboundTaskFailsNamingTheStateAndResourceAndCannotBeCaught() {
    LocalStateMachine machine = load(LocalStepFunctions.newInstance(), """
        {"StartAt": "T", "States": {"T": {"Type": "Task",
          "Resource": "arn:aws:states:::sqs:sendMessage",
          "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Done"}], "End": true},
          "Done": {"Type": "Succeed"}}}""");
    Execution execution = machine.run("{}");
    assertThat(execution).failed().hasError("Statecraft.UnboundTask");
    assertThat(execution.cause()).contains("state 'T'", "arn:aws:states:::sqs:sendMessage");
  }

  @Test
  void choiceTreatsAWrongTypeAsNoMatchAndFailsWithoutDefault() {
    LocalStateMachine machine = load(LocalStepFunctions.newInstance(), """
        {"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [
          {"Variable": "$.n", "NumericEquals": 1, "Next": "One"}]},
          "One": {"Type": "Succeed"}}}""");
    assertThat(machine.run("{\"n\": \"1\"}")).failed().hasError("States.NoChoiceMatched");
    assertThat(machine.run("{\"n\": 1.0}")).succeeded().visited("C", "One");
  }

  @Test
  void waitOfAYearTakesNoTimeButMovesTheHistoryClock() {
    LocalStepFunctions runtime = LocalStepFunctions.builder()
        .clock(ExecutionClock.virtual(Instant.parse("2030-01-01T00:00:00Z")))
        .build();
    LocalStateMachine machine = load(runtime, """
        {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 31536000, "Next": "T"},
          "T": {"Type": "Wait", "Timestamp": "2032-01-01T00:00:00Z", "End": true}}}""");
    long started = System.nanoTime();
    Execution execution = machine.run("{}");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    assertThat(execution).succeeded();
    assertThat(execution.stopDate()).isEqualTo(Instant.parse("2032-01-01T00:00:00Z"));
    HistoryEvent exitedFirst = execution.history().events().get(2);
    assertThat(exitedFirst.type().awsName()).isEqualTo("WaitStateExited");
    assertThat(exitedFirst.timestamp()).isEqualTo(Instant.parse("2031-01-01T00:00:00Z"));
  }

  @Test
  void machineTimeoutSecondsTimesTheExecutionOut() {
    LocalStateMachine machine = load(LocalStepFunctions.newInstance(), """
        {"StartAt": "W", "TimeoutSeconds": 5, "States": {
          "W": {"Type": "Wait", "Seconds": 60, "End": true}}}""");
    Execution execution = machine.run("{}");
    assertThat(execution).timedOut().hasError("States.Timeout");
    assertThat(execution.history().events().get(execution.history().size() - 1).type().awsName())
        .isEqualTo("ExecutionTimedOut");
  }

  @Test
  void taskTimeoutSecondsFailsASlowHandlerWithStatesTimeout() {
    LocalStepFunctions runtime = LocalStepFunctions.builder()
        .task("Slow", echoingAfter(Duration.ofSeconds(11)))
        .build();
    LocalStateMachine machine = load(runtime, """
        {"StartAt": "Slow", "States": {"Slow": {"Type": "Task", "TimeoutSeconds": 10,
          "Resource": "arn:aws:states:::ecs:runTask.sync", "End": true}}}""");
    Execution execution = machine.run("{}");
    assertThat(execution).failed().hasError("States.Timeout");
    assertThat(execution.history().events()).extracting(event -> event.type().awsName())
        .contains("TaskTimedOut");
  }

  @Test
  void handlerThatSendsNoHeartbeatForLongerThanHeartbeatSecondsFailsWithHeartbeatTimeout() {
    LocalStepFunctions runtime = LocalStepFunctions.builder()
        .task("Beating", (input, ctx) -> {
          for (int i = 0; i < 5; i++) {
            ctx.sleep(Duration.ofSeconds(8));
            ctx.heartbeat();
          }
          return input;
        })
        .task("Silent", echoingAfter(Duration.ofSeconds(40)))
        .build();
    String flow = """
        {"StartAt": "%s", "States": {"%s": {"Type": "Task", "HeartbeatSeconds": 10,
          "Resource": "arn:aws:states:::glue:startJobRun.sync", "End": true}}}""";
    assertThat(load(runtime, flow.formatted("Beating", "Beating")).run("{}")).succeeded();
    // AWS records a missed heartbeat as States.Timeout (timeouts/test_heartbeats).
    assertThat(load(runtime, flow.formatted("Silent", "Silent")).run("{}")).failed()
        .hasError("States.Timeout");
  }

  @Test
  void recordedTaskResultsAnswerTheirStatesInOrderAndHandlersTheRest() {
    LocalStepFunctions runtime = LocalStepFunctions.builder()
        .taskResults(Json.parse("""
            {"Fetch": [{"Throw": {"Error": "Busy", "Cause": "later"}}, {"Return": {"n": 3}}]}"""))
        .task("Store", (input, ctx) -> Json.parse("{\"stored\": " + input.get("n") + "}"))
        .build();
    LocalStateMachine machine = load(runtime, """
        {"StartAt": "Fetch", "States": {
          "Fetch": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:getItem",
            "Retry": [{"ErrorEquals": ["Busy"]}], "Next": "Store"},
          "Store": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:putItem",
            "End": true}}}""");
    assertThat(machine.run("{}")).succeeded().hasOutput("{\"stored\": 3}")
        .hasRetried("Fetch", 1);
    assertThat(machine.run("{}")).succeeded().hasRetried("Fetch", 1);
  }

  @Test
  void payloadsOver256KibFailWithDataLimitExceeded() {
    LocalStateMachine machine = load(LocalStepFunctions.newInstance(), """
        {"StartAt": "Big", "States": {"Big": {"Type": "Pass", "End": true}}}""");
    String big = "x".repeat(300_000);
    assertThat(machine.run("{\"s\": \"" + big + "\"}")).failed()
        .hasError("States.DataLimitExceeded");
  }

  @Test
  void aLargePayloadFailsWithDataLimitExceededAtTheStateWhoseOutputPassesTheQuotaByOneByte() {
    // GIVEN records of about 200 KB that pass through a plain Pass and Parameters first, then
    // get an extra string that brings the output to exactly the quota, or one byte past it
    ArrayNode records = Json.array();
    for (int i = 0; i < 800; i++) {
      records.add(Json.object().put("id", i).put("note", "caf\u00e9 \"d\u00e9p\u00f4t\" ".repeat(12)));
    }
    ObjectNode input = Json.object();
    input.set("records", records);
    ObjectNode beforeExtra = Json.object();
    beforeExtra.set("records", records);
    beforeExtra.put("pad", "p");
    int room = (int) (LocalStepFunctions.PAYLOAD_QUOTA_BYTES
        - utf8(Json.text(beforeExtra)) - ",\"extra\":\"\"".length());
    String asl = """
        {"StartAt": "Plain", "States": {
          "Plain": {"Type": "Pass", "Next": "Pick"},
          "Pick": {"Type": "Pass", "Parameters": {"records.$": "$.records", "pad": "p"},
            "Next": "Extra"},
          "Extra": {"Type": "Pass", "Result": "%s", "ResultPath": "$.extra", "End": true}}}""";
    LocalStepFunctions runtime = LocalStepFunctions.newInstance();
    // WHEN the extra string fills the room exactly, or by one byte more
    Execution fits = load(runtime, asl.formatted("x".repeat(room))).run(input);
    Execution over = load(runtime, asl.formatted("x".repeat(room + 1))).run(input);
    // THEN the first succeeds with an output of exactly the quota; the second fails at Extra
    assertThat(fits).succeeded();
    assertThat(utf8(Json.text(fits.output()))).isEqualTo(LocalStepFunctions.PAYLOAD_QUOTA_BYTES);
    assertThat(over).failed().hasError("States.DataLimitExceeded").visited("Extra");
  }

  private static long utf8(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  @Test
  void statesAllCatchesAnOversizedTaskResultButNotAnOversizedStateInput() {
    String big = "x".repeat(300_000);
    LocalStepFunctions runtime = LocalStepFunctions.builder()
        .task("Fetch", (input, ctx) -> Json.nodes().textNode(big))
        .task("Send", (input, ctx) -> input)
        .build();
    String catchAll = "\"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Caught\"}]";
    LocalStateMachine fetch = load(runtime, """
        {"StartAt": "Fetch", "States": {"Fetch": {"Type": "Task",
          "Resource": "arn:aws:states:::s3:getObject", %s, "End": true},
          "Caught": {"Type": "Succeed"}}}""".formatted(catchAll));
    assertThat(fetch.run("{}")).succeeded().visited("Caught")
        .hasOutputAt("$.Error", "States.DataLimitExceeded");
    LocalStateMachine send = load(runtime, """
        {"StartAt": "Send", "States": {"Send": {"Type": "Task",
          "Resource": "arn:aws:states:::sqs:sendMessage", %s, "End": true},
          "Caught": {"Type": "Succeed"}}}""".formatted(catchAll));
    assertThat(send.run("{\"s\": \"" + big + "\"}")).failed()
        .hasError("States.DataLimitExceeded").didNotVisit("Caught");
  }

  @Test
  void mapRunsIterationsConcurrentlyAndKeepsResultsInItemOrder() {
    LocalStepFunctions runtime = LocalStepFunctions.builder()
        .task("Double", (input, ctx) -> {
          ctx.sleep(Duration.ofSeconds(100 - input.asInt()));
          return Json.nodes().numberNode(input.asInt() * 2);
        })
        .build();
    LocalStateMachine machine = load(runtime, """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "MaxConcurrency": 3,
          "ItemProcessor": {"StartAt": "Double", "States": {"Double": {"Type": "Task",
            "Resource": "arn:aws:states:::lambda:invoke", "OutputPath": "$.Payload",
            "Parameters": {"Payload.$": "$"}, "End": true}}}, "End": true}}}""");
    Execution execution = machine.run("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]");
    assertThat(execution).succeeded().hasOutput("[2, 4, 6, 8, 10, 12, 14, 16, 18, 20]");
  }

  @Test
  void failingParallelBranchFailsTheStateAndStopsItsSiblings() {
    AtomicInteger slowSteps = new AtomicInteger();
    LocalStepFunctions runtime = LocalStepFunctions.builder().interleaving(Interleaving.ONE_AT_A_TIME)
        .task("Step", (input, ctx) -> {
          slowSteps.incrementAndGet();
          return input;
        })
        .build();
    LocalStateMachine machine = load(runtime, """
        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
          {"StartAt": "Boom", "States": {"Boom": {"Type": "Fail", "Error": "E", "Cause": "C"}}},
          {"StartAt": "Step", "States": {"Step": {"Type": "Task",
            "Resource": "arn:aws:states:::ecs:runTask", "End": true}}}]}}}""");
    Execution execution = machine.run("{}");
    assertThat(execution).failed().hasError("E").hasCause("C").didNotVisit("Step");
    assertThat(slowSteps).hasValue(0);
    assertThat(execution.history().events()).extracting(event -> event.type().awsName())
        .contains("ParallelStateFailed");
  }

  @Test
  void failingIterationAbortsItsConcurrentSiblings() {
    // GIVEN iteration 0 fails only once iteration 1 is inside its slow task
    java.util.concurrent.CountDownLatch slowStarted = new java.util.concurrent.CountDownLatch(1);
    LocalStepFunctions runtime = LocalStepFunctions.builder().handlerThreads(2)
        .clock(ExecutionClock.system())
        .task("Slow", (input, ctx) -> {
          slowStarted.countDown();
          ctx.sleep(Duration.ofMillis(300));
          return input;
        })
        .task("Gate", (input, ctx) -> {
          try {
            slowStarted.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          throw new TaskFailure("E", "gate closed");
        })
        .build();
    LocalStateMachine machine = load(runtime, """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
          "ItemProcessor": {"StartAt": "Which", "States": {
            "Which": {"Type": "Choice", "Choices": [
              {"Variable": "$", "NumericEquals": 0, "Next": "Gate"}], "Default": "Slow"},
            "Gate": {"Type": "Task", "Resource": "arn:aws:states:::ecs:runTask", "End": true},
            "Slow": {"Type": "Task", "Resource": "arn:aws:states:::ecs:runTask", "Next": "After"},
            "After": {"Type": "Pass", "End": true}}}}}}""");
    // WHEN
    Execution execution = machine.run("[0, 1]");
    // THEN iteration 1 stops before its next state
    assertThat(execution).failed().hasError("E").visited("Slow").didNotVisit("After");
    assertThat(execution.history().events()).extracting(event -> event.type().awsName())
        .contains("MapIterationFailed", "TaskStateAborted", "MapIterationAborted",
            "MapStateFailed");
  }

  /**
   * Runs a Map over {@code items}, which say how long their task takes, whether it fails, and how
   * long the Wait after it rests; the clock is virtual.
   */
  private static Execution runTimedMap(Interleaving interleaving, int maxConcurrency,
      String items) {
    LocalStepFunctions runtime = LocalStepFunctions.builder().interleaving(interleaving)
        .task("Work", (input, ctx) -> {
          ctx.sleep(Duration.ofSeconds(input.get("seconds").asInt()));
          if (input.get("fail").asBoolean()) {
            throw new TaskFailure("Work.Failed", "item gave up");
          }
          return input;
        })
        .build();
    return load(runtime, """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "MaxConcurrency": %d, "End": true,
          "ItemProcessor": {"StartAt": "Work", "States": {
            "Work": {"Type": "Task", "Resource": "arn:aws:states:::ecs:runTask", "Next": "Rest"},
            "Rest": {"Type": "Wait", "SecondsPath": "$.rest", "End": true}}}}}}""".formatted(maxConcurrency))
        .run(items);
  }

  private static long count(Execution execution, String type) {
    return execution.history().events().stream().filter(e -> e.type().awsName().equals(type)).count();
  }

  @ParameterizedTest
  @EnumSource(Interleaving.class)
  void iterationsInFlightWhenASiblingFailsAreAbortedAtThatMoment(Interleaving interleaving) {
    // GIVEN item 0 fails at 10 s while item 1 waits in its Wait state and item 2's task runs
    // WHEN
    Execution execution = runTimedMap(interleaving, 0, """
        [{"seconds": 10, "fail": true, "rest": 0}, {"seconds": 5, "fail": false, "rest": 10},
         {"seconds": 20, "fail": false, "rest": 0}]""");
    // THEN the Map fails with item 0's error; items 1 and 2 are cut off at 10 s, not finished
    assertThat(execution).failed().hasError("Work.Failed").hasCause("item gave up");
    assertThat(count(execution, "MapIterationFailed")).isEqualTo(1);
    assertThat(count(execution, "MapIterationAborted")).isEqualTo(2);
    assertThat(count(execution, "WaitStateAborted")).isEqualTo(1);
    assertThat(count(execution, "TaskSucceeded")).as("only item 1's task ended in time")
        .isEqualTo(1);
    assertThat(count(execution, "TaskStateAborted")).as("item 0's failed and item 2's cut off")
        .isEqualTo(2);
    assertThat(count(execution, "WaitStateExited")).isZero();
  }

  @ParameterizedTest
  @EnumSource(Interleaving.class)
  void itemsWaitingForAConcurrencySlotNeverStartAfterASiblingFailed(Interleaving interleaving) {
    // GIVEN two slots: item 1 frees one at 2 s for item 2; item 0 fails at 5 s
    // WHEN
    Execution execution = runTimedMap(interleaving, 2, """
        [{"seconds": 5, "fail": true, "rest": 0}, {"seconds": 2, "fail": false, "rest": 0},
         {"seconds": 1, "fail": false, "rest": 10}, {"seconds": 1, "fail": false, "rest": 0}]""");
    // THEN item 2 took item 1's slot at 2 s and was cut off in its Wait; item 3 never started
    assertThat(execution).failed().hasError("Work.Failed");
    assertThat(count(execution, "MapIterationStarted")).isEqualTo(3);
    assertThat(count(execution, "MapIterationSucceeded")).isEqualTo(1);
    assertThat(count(execution, "MapIterationAborted")).isEqualTo(1);
    assertThat(count(execution, "WaitStateAborted")).isEqualTo(1);
    assertThat(execution.history().events().get(execution.history().size() - 1).timestamp())
        .as("the execution fails when item 0 does")
        .isEqualTo(execution.history().events().get(0).timestamp().plusSeconds(5));
  }

  @Test
  void variablesAssignedInOneStateAreReadInTheNext() {
    LocalStateMachine machine = load(LocalStepFunctions.newInstance(), """
        {"StartAt": "A", "States": {
          "A": {"Type": "Pass", "Assign": {"limit.$": "$.max", "unit": "kg"}, "Next": "B"},
          "B": {"Type": "Pass", "Parameters": {"text.$": "States.Format('{} {}', $limit, $unit)"},
            "End": true}}}""");
    assertThat(machine.run("{\"max\": 5}")).succeeded().hasOutput("{\"text\": \"5 kg\"}");
  }

  @Test
  void distributedOnlyFieldsOnAnInlineMapFailAtLoadNamingStateAndPointer() {
    LocalStepFunctions runtime = LocalStepFunctions.newInstance();
    assertThatThrownBy(() -> load(runtime, """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "Label": "Orders",
          "ItemProcessor": {"StartAt": "I", "States": {"I": {"Type": "Pass", "End": true}}},
          "End": true}}}"""))
        .isInstanceOf(InvalidDefinitionException.class)
        .satisfies(e -> assertThat(((InvalidDefinitionException) e).diagnostics())
            .anySatisfy(d -> {
              assertThat(d.code()).isEqualTo("RUN_UNSUPPORTED");
              assertThat(d.pointer()).isEqualTo("/States/M/Label");
              assertThat(d.message()).contains("State 'M'", "distributed Map",
                  "set ProcessorConfig.Mode to DISTRIBUTED");
            }));
  }

  @Test
  void historyLinksEventsAndWritesTheGetExecutionHistoryShape() {
    LocalStateMachine machine = load(LocalStepFunctions.newInstance(), """
        {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"},
          "B": {"Type": "Succeed"}}}""");
    Execution execution = machine.run("{\"x\": 1}");
    List<HistoryEvent> events = execution.history().events();
    assertThat(events).extracting(event -> event.type().awsName()).containsExactly("ExecutionStarted",
        "PassStateEntered", "PassStateExited", "SucceedStateEntered", "SucceedStateExited",
        "ExecutionSucceeded");
    assertThat(events).extracting(HistoryEvent::previousEventId)
        .containsExactly(0L, 0L, 2L, 3L, 4L, 5L);
    JsonNode json = execution.history().toJson();
    assertThat(json.at("/events/1/stateEnteredEventDetails/input").asString())
        .isEqualTo("{\"x\":1}");
    assertThat(json.at("/events/1/stateEnteredEventDetails/name").asString()).isEqualTo("A");
  }
}
