package io.statecraft.testing;

import io.statecraft.local.Execution;
import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.Json;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.RunningExecution;
import io.statecraft.local.task.TaskFailure;
import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** {@code states:startExecution} against state machines loaded into the same runtime. */
@Timeout(10)
@ExtendWith(StatecraftExtension.class)
class NestedExecutionTest {

  static final String CHILD_ARN = "arn:aws:states:us-east-1:123456789012:stateMachine:Child";

  static String parent(String suffix) {
    return """
        {"StartAt":"Start","States":{"Start":{"Type":"Task",
          "Resource":"arn:aws:states:::states:startExecution%s",
          "Parameters":{"StateMachineArn":"%s","Name":"child-1","Input":{"n.$":"$.n"}},
          "End":true}}}""".formatted(suffix, CHILD_ARN);
  }

  @Test
  void sync2ReturnsTheChildsDescriptionWithJsonOutput(LocalStepFunctions runtime) {
    runtime.load("Child", """
        {"StartAt":"Double","States":{"Double":{"Type":"Pass",
          "Parameters":{"twice.$":"States.MathAdd($.n, $.n)"},"End":true}}}""");

    Execution execution = runtime.load("Parent", parent(".sync:2")).run("{\"n\":4}");

    assertThat(execution).succeeded();
    JsonAt output = new JsonAt(execution.output());
    assertThat(output.text("Status")).isEqualTo("SUCCEEDED");
    assertThat(output.node("Output")).isEqualTo(Json.parse("{\"twice\":8}"));
    assertThat(output.text("ExecutionArn"))
        .isEqualTo("arn:aws:states:us-east-1:123456789012:execution:Child:child-1");
    assertThat(execution.history().events()).extracting(event -> event.type().awsName()).containsSubsequence(
        "TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded");
  }

  @Test
  void syncCarriesInputAndOutputAsJsonText(LocalStepFunctions runtime) {
    runtime.load("Child", "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}");

    Execution execution = runtime.load("Parent", parent(".sync")).run("{\"n\":1}");

    assertThat(new JsonAt(execution.output()).text("Output")).isEqualTo("{\"n\":1}");
    assertThat(new JsonAt(execution.output()).text("Input")).isEqualTo("{\"n\":1}");
  }

  @Test
  void failsWithTaskFailedAndTheChildsDescriptionWhenTheChildFails(LocalStepFunctions runtime) {
    runtime.load("Child", """
        {"StartAt":"F","States":{"F":{"Type":"Fail","Error":"SomeFailure","Cause":"broke"}}}""");

    Execution execution = runtime.load("Parent", parent(".sync")).run("{\"n\":1}");

    assertThat(execution).failed().hasError("States.TaskFailed");
    JsonAt cause = new JsonAt(Json.parse(execution.cause()));
    assertThat(cause.text("Error")).isEqualTo("SomeFailure");
    assertThat(cause.text("Cause")).isEqualTo("broke");
    assertThat(cause.text("Status")).isEqualTo("FAILED");
  }

  @Test
  void requestResponseReturnsAtOnceWithTheChildsArn(LocalStepFunctions runtime) {
    runtime.load("Child", "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}");

    Execution execution = runtime.load("Parent", parent("")).run("{\"n\":1}");

    assertThat(new JsonAt(execution.output()).text("ExecutionArn")).endsWith(":Child:child-1");
    assertThat(execution.history().events()).extracting(event -> event.type().awsName())
        .doesNotContain("TaskSubmitted");
  }

  @Test
  void waitForTaskTokenWaitsForTheChildToSendTheToken(LocalStepFunctions runtime) {
    runtime.load("Child", "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}");
    RunningExecution running = runtime.load("Parent", """
        {"StartAt":"Start","States":{"Start":{"Type":"Task",
          "Resource":"arn:aws:states:::states:startExecution.waitForTaskToken",
          "Parameters":{"StateMachineArn":"%s","Input":{"token.$":"$$.Task.Token"}},
          "End":true}}}""".formatted(CHILD_ARN)).start("p-1", Json.parse("{}"));

    runtime.sendTaskSuccess(running.awaitTaskToken("Start", Duration.ofSeconds(5)), "\"done\"");

    assertThat(running.await(Duration.ofSeconds(5))).succeeded().hasOutput("\"done\"");
  }

  @Test
  void failsLikeAwsWhenTheStateMachineDoesNotExist(LocalStepFunctions runtime) {
    Execution execution = runtime.load("Parent", parent("")).run("{\"n\":1}");

    assertThat(execution).failed().hasError("StepFunctions.StateMachineDoesNotExistException");
    assertThat(execution.cause()).startsWith("State Machine Does Not Exist: '" + CHILD_ARN
        + "' (Service: AWSStepFunctions; Status Code: 400;");
  }

  @Test
  void startsChildrenThroughThePluggedInChildExecutions() {
    List<String> asked = new ArrayList<>();
    LocalStepFunctions[] runtime = new LocalStepFunctions[1];
    runtime[0] = TestHost.host().children((arn, name, input) -> {
      asked.add(arn + " " + name + " " + input);
      return runtime[0].load("Elsewhere", "{\"StartAt\":\"P\",\"States\":{\"P\":"
          + "{\"Type\":\"Pass\",\"Result\":\"from elsewhere\",\"End\":true}}}")
          .start(name, input);
    }).embed(LocalStepFunctions.builder()).runtime();

    Execution execution = runtime[0].load("Parent", parent(".sync:2")).run("{\"n\":2}");

    assertThat(execution).succeeded();
    assertThat(asked).containsExactly(CHILD_ARN + " child-1 {\"n\":2}");
    assertThat(new JsonAt(execution.output()).node("Output").asString())
        .isEqualTo("from elsewhere");
  }

  @Test
  void failsTheTaskWithTheFailureThePluggedInChildExecutionsThrows() {
    LocalStepFunctions runtime = TestHost.host().children((arn, name, input) -> {
      throw new TaskFailure("StepFunctions.ExecutionLimitExceededException", "too many");
    }).embed(LocalStepFunctions.builder()).runtime();

    Execution execution = runtime.load("Parent", parent(".sync")).run("{\"n\":1}");

    assertThat(execution).failed().hasError("StepFunctions.ExecutionLimitExceededException")
        .hasCause("too many");
    assertThat(execution.history().events()).extracting(event -> event.type().awsName()).containsSubsequence(
        "TaskScheduled", "TaskStarted", "TaskFailed", "ExecutionFailed");
  }

  @Test
  void startsTheChildOfAWaitForTaskTokenTaskWhenUnboundCallbacksCountAsSent() {
    // GIVEN no handler for either callback task, but unbound callbacks count as sent
    LocalStepFunctions[] hosted = new LocalStepFunctions[1];
    LocalStepFunctions runtime = TestHost.host().sendingUnansweredCallbacks()
        .children((arn, name, input) -> hosted[0].load("Child",
            "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}")
            .start(name, input))
        .embed(LocalStepFunctions.builder()).runtime();
    hosted[0] = runtime;
    runtime.load("Child", "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}");
    RunningExecution running = runtime.load("Parent", """
        {"StartAt":"Start","States":{"Start":{"Type":"Task",
          "Resource":"arn:aws:states:::states:startExecution.waitForTaskToken",
          "Parameters":{"StateMachineArn":"%s","Input":{"token.$":"$$.Task.Token"}},
          "Next":"Ask"},
         "Ask":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          "Parameters":{"QueueUrl":"q","MessageBody.$":"$$.Task.Token"},"End":true}}}"""
        .formatted(CHILD_ARN)).start("p-2", Json.parse("{}"));
    // WHEN both tokens are answered
    runtime.sendTaskSuccess(running.awaitTaskToken("Start", Duration.ofSeconds(5)), "{}");
    runtime.sendTaskSuccess(running.awaitTaskToken("Ask", Duration.ofSeconds(5)), "\"sent\"");
    // THEN the first started its child, the second's send counted as done with an empty result
    Execution execution = running.await(Duration.ofSeconds(5));
    assertThat(execution).succeeded().hasOutput("\"sent\"");
    List<JsonNode> submitted = execution.history().events().stream()
        .filter(e -> e.type().awsName().equals("TaskSubmitted"))
        .map(e -> Json.parse(e.details().get("output").asString())).toList();
    assertThat(submitted).hasSize(2);
    assertThat(submitted.get(0).get("ExecutionArn").asString())
        .startsWith("arn:aws:states:us-east-1:123456789012:execution:Child:");
    assertThat(submitted.get(1)).isEqualTo(Json.object());
  }

  /** Reads fields of a JSON object. */
  record JsonAt(tools.jackson.databind.JsonNode node) {
    String text(String field) {
      return node.get(field).asString();
    }

    tools.jackson.databind.JsonNode node(String field) {
      return node.get(field);
    }
  }
}
