package io.statecraft.testing;

import static io.statecraft.testing.SlowHandlers.SOON;
import static io.statecraft.testing.SlowHandlers.echoingAfter;
import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.local.Execution;
import io.statecraft.local.Json;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.RunningExecution;
import io.statecraft.local.StuckExecutionException;
import io.statecraft.local.WaitingState;
import io.statecraft.local.task.TaskFailure;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A handler bound by state name or resource answers an activity state; a synchronous run that
 * waits for what nothing in the runtime gives fails fast instead of hanging.
 */
@Timeout(10)
class ActivityHandlerTest {

  static final String ACTIVITY = "arn:aws:states:us-east-1:123456789012:activity:render";

  static String activityFlow(String extraFields) {
    return """
        {"StartAt":"Render report","States":{"Render report":{"Type":"Task",
          "Resource":"%s",%s
          "Catch":[{"ErrorEquals":["Report.Broken"],"Next":"Broken"}],"End":true},
         "Broken":{"Type":"Fail","Error":"Report.RenderingFailed"}}}"""
        .formatted(ACTIVITY, extraFields);
  }

  @Test
  void should_answer_the_activity_with_the_handler_bound_to_its_state_name() {
    // GIVEN
    LocalStepFunctions runtime = LocalStepFunctions.builder()
        .task("Render report", (input, ctx) -> Json.parse("{\"html\":\"<p>" + input.get("id")
            + "</p>\"}"))
        .build();
    // WHEN
    Execution execution = runtime.load("Report", activityFlow("")).run("{\"id\":7}");
    // THEN
    assertThat(execution).succeeded().hasOutput("{\"html\":\"<p>7</p>\"}");
    assertThat(execution.history().events()).extracting(event -> event.type().awsName())
        .containsExactly("ExecutionStarted", "TaskStateEntered", "ActivityScheduled",
            "ActivityStarted", "ActivitySucceeded", "TaskStateExited", "ExecutionSucceeded");
  }

  @Test
  void should_fail_the_activity_with_the_task_failure_its_handler_throws() {
    LocalStepFunctions runtime = LocalStepFunctions.builder()
        .resource("arn:aws:states:*:*:activity:*", (input, ctx) -> {
          throw new TaskFailure("Report.Broken", "no template");
        })
        .build();

    Execution execution = runtime.load("Report", activityFlow("")).run("{}");

    assertThat(execution).failed().hasError("Report.RenderingFailed")
        .visited("Render report", "Broken");
    assertThat(execution.history().events()).extracting(event -> event.type().awsName())
        .contains("ActivityFailed");
  }

  @Test
  void should_time_the_activity_out_when_its_handler_outlasts_heartbeat_seconds() {
    LocalStepFunctions runtime = LocalStepFunctions.builder()
        .task("Render report", echoingAfter(Duration.ofMinutes(3)))
        .build();

    Execution execution = runtime.load("Report", activityFlow("\"HeartbeatSeconds\":120,"))
        .run("{}");

    assertThat(execution).failed().hasError("States.Timeout");
    assertThat(execution.cause()).isNull();
    assertThat(execution.history().events()).extracting(event -> event.type().awsName())
        .contains("ActivityStarted", "ActivityTimedOut");
  }

  @Test
  void should_record_a_missed_heartbeat_as_aws_does_and_retry_it_as_a_heartbeat_timeout() {
    // GIVEN an activity whose workers take the task and fall silent, retried once on
    // States.HeartbeatTimeout
    LocalStepFunctions runtime = LocalStepFunctions.newInstance();
    RunningExecution running = runtime.load("Report", activityFlow("\"HeartbeatSeconds\":120,"
        + "\"Retry\":[{\"ErrorEquals\":[\"States.HeartbeatTimeout\"],\"MaxAttempts\":1}],"))
        .start("silent", Json.parse("{}"));
    // WHEN
    runtime.pollActivityTask(ACTIVITY, "silent-1", SOON).orElseThrow();
    runtime.pollActivityTask(ACTIVITY, "silent-2", SOON).orElseThrow();
    Execution execution = running.await(SOON);
    // THEN as timeouts/test_heartbeats recorded a missed heartbeat on AWS: States.Timeout, no
    // cause; the heartbeat runs from each ActivityStarted
    assertThat(execution).failed().hasError("States.Timeout").hasRetried("Render report", 1);
    assertThat(execution.cause()).isNull();
    assertThat(execution.history().events()).extracting(event -> event.type().awsName()
            + (event.error() == null ? "" : " " + event.error() + " " + event.cause()))
        .containsExactly("ExecutionStarted", "TaskStateEntered", "ActivityScheduled",
            "ActivityStarted", "ActivityTimedOut States.Timeout null", "ActivityScheduled",
            "ActivityStarted", "ActivityTimedOut States.Timeout null",
            "ExecutionFailed States.Timeout null");
    assertThat(execution.history().events().get(4).toJson().toString())
        .contains("\"activityTimedOutEventDetails\":{\"error\":\"States.Timeout\"}");
  }

  @Test
  void should_fail_fast_naming_the_state_when_run_waits_for_a_worker_that_never_comes() {
    LocalStepFunctions runtime = LocalStepFunctions.newInstance();

    assertThatThrownBy(() -> runtime.load("Report", activityFlow("")).run("{}"))
        .isInstanceOf(StuckExecutionException.class)
        .hasMessageStartingWith("Execution 'execution-1' cannot go on: state 'Render report'"
            + " waits for a worker of its activity, and nothing in this runtime will answer"
            + " while run() waits.")
        .hasMessageContaining("LocalStepFunctions.builder().task(\"Render report\", handler)")
        .hasMessageContaining("awaitTaskToken(\"Render report\", timeout)")
        .hasMessageContaining("ActivityScheduled")
        .extracting(e -> ((StuckExecutionException) e).waiting())
        .asList().extracting(waiting -> ((WaitingState) waiting).reason())
        .containsExactly(WaitingState.Reason.ACTIVITY_WORKER);
  }

  @Test
  void should_start_timeout_seconds_when_a_worker_takes_the_task_as_aws_does() {
    // AWS: "An activity task state doesn't start until you poll a task token" (troubleshooting
    // activities); a task waiting in the queue outlives its TimeoutSeconds.
    LocalStepFunctions runtime = LocalStepFunctions.newInstance();
    RunningExecution running = runtime.load("Report", activityFlow("\"TimeoutSeconds\":300,"))
        .start("late", Json.parse("{}"));
    running.awaitTaskToken("Render report", SOON);
    running.advanceClock(Duration.ofHours(1));
    assertThat(running.isDone()).isFalse();

    runtime.pollActivityTask(ACTIVITY, "late-worker", SOON).orElseThrow();
    Execution execution = running.await(SOON);

    assertThat(execution).failed().hasError("States.Timeout");
    assertThat(execution.cause()).isNull();
    assertThat(Duration.between(execution.startDate(), execution.stopDate()))
        .isEqualTo(Duration.ofHours(1).plusSeconds(300));
    assertThat(execution.history().events()).extracting(event -> event.type().awsName())
        .containsExactly("ExecutionStarted", "TaskStateEntered", "ActivityScheduled",
            "ActivityStarted", "ActivityTimedOut", "ExecutionFailed");
  }

  @Test
  void should_fail_fast_when_a_callback_handler_never_sends_the_token() {
    LocalStepFunctions runtime = LocalStepFunctions.builder()
        .task("Approve", (input, ctx) -> Json.parse("{\"MessageId\":\"m-1\"}"))
        .build();

    assertThatThrownBy(() -> runtime.load("Approval", """
        {"StartAt":"Approve","States":{"Approve":{"Type":"Task",
          "Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          "Parameters":{"QueueUrl":"q","MessageBody":{"token.$":"$$.Task.Token"}},
          "End":true}}}""").run("{}"))
        .isInstanceOf(StuckExecutionException.class)
        .hasMessageContaining("state 'Approve' waits for its task token")
        .hasMessageContaining("sendTaskSuccess(token, output)");
  }
}
