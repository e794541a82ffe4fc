package io.statecraft.examples;

import static io.statecraft.examples.Histories.callsOf;
import static io.statecraft.examples.Histories.timesOf;
import static io.statecraft.examples.Workflows.SOON;
import static io.statecraft.examples.Workflows.sendHeartbeats;
import static io.statecraft.examples.Workflows.succeedTask;
import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.local.Execution;
import io.statecraft.local.Json;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.RunningExecution;
import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.task.TaskFailure;
import io.statecraft.local.task.TaskHandler;
import io.statecraft.testing.StatecraftExtension;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link HumanApproval}: the test plays the review application, which receives the task token
 * through SQS and answers with SendTaskSuccess / SendTaskFailure / SendTaskHeartbeat.
 */
class HumanApprovalTest {


  static final String CHANGE = """
      {"changeId": "CHG-42", "summary": "raise the rate limit", "requestedBy": "ann"}""";

  @RegisterExtension
  static WorkflowCoverage coverage = new WorkflowCoverage(new HumanApproval());

  // Sending to SQS and SNS succeeds; the review itself is what each test plays.
  TaskHandler applyChange = (input, ctx) -> Json.parse("{\"applied\": true}");

  @RegisterExtension
  StatecraftExtension sfn = StatecraftExtension.with(runtime -> runtime
      .task("Request approval", (input, ctx) -> Json.parse("{\"MessageId\": \"m-1\"}"))
      .task("Report timeout", (input, ctx) -> Json.parse("{\"MessageId\": \"n-1\"}"))
      .task("Apply change", (input, ctx) -> applyChange.handle(input, ctx))
      .onFinished(coverage::record));

  RunningExecution requestApproval(LocalStepFunctions runtime) {
    return Workflows.load(runtime, new HumanApproval()).start("CHG-42", Json.parse(CHANGE));
  }

  @Test
  void sendsTheTaskTokenWithTheChangeToTheApprovalQueue(LocalStepFunctions runtime) {
    RunningExecution running = requestApproval(runtime);
    String token = running.awaitTaskToken("Request approval", SOON);
    runtime.sendTaskSuccess(token, "{\"approved\": true, \"reviewer\": \"bob\"}");

    Execution execution = running.await(SOON);

    assertThat(callsOf(execution, "Request approval")).containsExactly(Json.parse("""
        {"QueueUrl": "${ApprovalQueueUrl}", "MessageBody": {"taskToken": "%s",
          "changeId": "CHG-42", "summary": "raise the rate limit", "requestedBy": "ann"}}"""
        .formatted(token)));
  }

  @Test
  void appliesTheChangeWhenTheReviewerApproves(LocalStepFunctions runtime) {
    RunningExecution running = requestApproval(runtime);

    Execution execution = succeedTask(runtime, running, "Request approval",
        "{\"approved\": true, \"reviewer\": \"bob\"}");

    assertThat(execution).succeeded()
        .tookPath("Request approval", "Approved?", "Apply change", "Change applied")
        .hasOutputAt("$.decision.reviewer", "bob")
        .hasOutputAt("$.applied.Payload.applied", true);
    assertThat(callsOf(execution, "Apply change").get(0).get("Payload"))
        .isEqualTo(Json.parse("{\"changeId\": \"CHG-42\", \"approvedBy\": \"bob\"}"));
  }

  @Test
  void failsWithTheReviewersCommentWhenTheChangeIsRejected(LocalStepFunctions runtime) {
    RunningExecution running = requestApproval(runtime);

    Execution execution = succeedTask(runtime, running, "Request approval",
        "{\"approved\": false, \"reviewer\": \"bob\", \"comment\": \"too risky on a Friday\"}");

    assertThat(execution).failed().hasError("Approval.Rejected")
        .hasCause("too risky on a Friday")
        .tookPath("Request approval", "Approved?", "Change rejected");
  }

  @Test
  void failsWithTheReviewApplicationsErrorWhenItSendsTaskFailure(LocalStepFunctions runtime) {
    RunningExecution running = requestApproval(runtime);

    runtime.sendTaskFailure(running.awaitTaskToken("Request approval", SOON),
        "Review.ChangeUnknown", "no change CHG-42");
    Execution execution = running.await(SOON);

    // Only time-outs are caught: any other failure fails the execution as it came.
    assertThat(execution).failed().hasError("Review.ChangeUnknown").hasCause("no change CHG-42")
        .tookPath("Request approval");
  }

  @Test
  void reportsATimeoutWhenNoDecisionComesWithinADay(LocalStepFunctions runtime) {
    RunningExecution running = requestApproval(runtime);

    // The review is under way (a heartbeat every 50 minutes) but never decided. On the virtual
    // clock the day passes in milliseconds.
    sendHeartbeats(runtime, running, "Request approval", Duration.ofMinutes(50), 30);
    Execution execution = running.await(SOON);

    assertThat(execution).failed().hasError("Approval.TimedOut")
        .hasCause("no decision within 24 hours")
        .tookPath("Request approval", "Report timeout", "Approval timed out");
    assertThat(timesOf(execution, "Request approval", HistoryEventType.TASK_TIMED_OUT))
        .containsExactly(execution.startDate().plus(Duration.ofHours(24)));
    assertThat(execution.stateInput("Report timeout").orElseThrow().at("/error/Error").asString())
        .isEqualTo("States.Timeout");
  }

  @Test
  void reportsATimeoutWhenTheReviewApplicationStopsSendingHeartbeats(
      LocalStepFunctions runtime) {
    RunningExecution running = requestApproval(runtime);
    String token = running.awaitTaskToken("Request approval", SOON);

    running.advanceClock(Duration.ofMinutes(30));
    runtime.sendTaskHeartbeat(token);
    running.advanceClock(Duration.ofHours(2));
    Execution execution = running.await(SOON);

    assertThat(execution).failed().hasError("Approval.TimedOut")
        .tookPath("Request approval", "Report timeout", "Approval timed out");
    // The heartbeat at 30 minutes restarted the hour: the task timed out at 1 h 30.
    Instant timedOut = timesOf(execution, "Request approval", HistoryEventType.TASK_TIMED_OUT)
        .get(0);
    assertThat(timedOut).isEqualTo(execution.startDate().plus(Duration.ofMinutes(90)));
    assertThat(execution.stateInput("Report timeout").orElseThrow().at("/error/Error").asString())
        .isEqualTo("States.HeartbeatTimeout");
  }

  @Test
  void retriesApplyingTheChangeWhenLambdaIsThrottled(LocalStepFunctions runtime) {
    applyChange = (input, ctx) -> {
      if (ctx.retryCount() < 2) {
        throw new TaskFailure("Lambda.TooManyRequestsException", "Rate exceeded");
      }
      return Json.parse("{\"applied\": true}");
    };
    RunningExecution running = requestApproval(runtime);

    Execution execution = succeedTask(runtime, running, "Request approval",
        "{\"approved\": true, \"reviewer\": \"bob\"}");

    assertThat(execution).succeeded().hasRetried("Apply change", 2);
  }
}
