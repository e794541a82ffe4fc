package io.statecraft.examples;

import static io.statecraft.examples.Histories.timesOf;
import static io.statecraft.examples.Workflows.SOON;
import static io.statecraft.examples.Workflows.sendHeartbeats;
import static io.statecraft.examples.Workflows.succeedTask;
import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.local.Execution;
import io.statecraft.local.Json;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.RunningExecution;
import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.task.TaskFailure;
import io.statecraft.testing.StatecraftExtension;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link HumanApproval}: the test plays the review application, which receives the task token
 * through SQS and answers with SendTaskSuccess / SendTaskFailure / SendTaskHeartbeat.
 */
class HumanApprovalTest {

  static final String CHANGE = """
      {"changeId": "CHG-42", "summary": "raise the rate limit", "requestedBy": "ann"}""";

  // Sending to SQS and SNS succeeds, and so does applying the change; the review itself is
  // what each test plays.
  @RegisterExtension
  static StatecraftExtension sfn = StatecraftExtension.with(runtime -> runtime
          .substitutions(Map.of(
              "ApprovalQueueUrl", "https://sqs.us-east-1.amazonaws.com/123456789012/approvals",
              "ApproversTopicArn", "arn:aws:sns:us-east-1:123456789012:approvers",
              "ApplyChangeFunction", "apply-change"))
          .task("Request approval", (input, ctx) -> Json.parse("{\"MessageId\": \"m-1\"}"))
          .task("Report timeout", (input, ctx) -> Json.parse("{\"MessageId\": \"n-1\"}"))
          .task("Apply change", (input, ctx) -> Json.parse("{\"applied\": true}")))
      .workflow(HumanApproval.class);

  @RegisterExtension
  static FullCoverage coverage = new FullCoverage("HumanApproval");

  LocalStepFunctions runtime;
  LocalStateMachine approval;

  RunningExecution requestApproval(LocalStateMachine machine) {
    return machine.start("CHG-42", Json.parse(CHANGE));
  }

  /**
   * The review's task timed out once, {@code time} after the execution started, and the timeout
   * report was handed the States.Timeout error the Catch caught.
   */
  static void assertTimedOutAfter(Execution execution, Duration time) {
    assertThat(timesOf(execution, "Request approval", HistoryEventType.TASK_TIMED_OUT))
        .containsExactly(execution.startDate().plus(time));
    assertThat(execution.stateInput("Report timeout").orElseThrow().at("/error/Error").asString())
        .isEqualTo("States.Timeout");
  }

  @Test
  void sendsTheTaskTokenWithTheChangeToTheApprovalQueue() {
    RunningExecution running = requestApproval(approval);
    String token = running.awaitTaskToken("Request approval", SOON);

    assertThat(running).isWaitingAt("Request approval");
    runtime.sendTaskSuccess(token, "{\"approved\": true, \"reviewer\": \"bob\"}");
    Execution execution = running.await(SOON);

    assertThat(execution).calledTask("Request approval").once().withInput("""
        {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/approvals",
         "MessageBody": {"taskToken": "%s", "changeId": "CHG-42",
           "summary": "raise the rate limit", "requestedBy": "ann"}}""".formatted(token));
  }

  @Test
  void appliesTheChangeWhenTheReviewerApproves() {
    RunningExecution running = requestApproval(approval);

    Execution execution = succeedTask(runtime, running, "Request approval",
        "{\"approved\": true, \"reviewer\": \"bob\"}");

    assertThat(execution).succeeded()
        .tookPath("Request approval", "Approved?", "Apply change", "Change applied")
        .hasOutputAt("$.decision.reviewer", "bob")
        .hasOutputAt("$.applied.Payload.applied", true);
    assertThat(execution).calledTask("Apply change").once().withInput("""
        {"FunctionName": "apply-change",
         "Payload": {"changeId": "CHG-42", "approvedBy": "bob"}}""");
  }

  @Test
  void failsWithTheReviewersCommentWhenTheChangeIsRejected() {
    RunningExecution running = requestApproval(approval);

    Execution execution = succeedTask(runtime, running, "Request approval",
        "{\"approved\": false, \"reviewer\": \"bob\", \"comment\": \"too risky on a Friday\"}");

    assertThat(execution).failed().hasError("Approval.Rejected")
        .hasCause("too risky on a Friday")
        .tookPath("Request approval", "Approved?", "Change rejected")
        .didNotCall("Apply change");
  }

  @Test
  void failsWithTheReviewApplicationsErrorWhenItSendsTaskFailure() {
    RunningExecution running = requestApproval(approval);

    runtime.sendTaskFailure(running.awaitTaskToken("Request approval", SOON),
        "Review.ChangeUnknown", "no change CHG-42");
    Execution execution = running.await(SOON);

    // Only time-outs are caught: any other failure fails the execution as it came.
    assertThat(execution).failed().hasError("Review.ChangeUnknown").hasCause("no change CHG-42")
        .tookPath("Request approval");
  }

  @Test
  void reportsATimeoutWhenNoDecisionComesWithinADay() {
    RunningExecution running = requestApproval(approval);

    // The review is under way (a heartbeat every 50 minutes) but never decided. On the virtual
    // clock the day passes in milliseconds.
    sendHeartbeats(runtime, running, "Request approval", Duration.ofMinutes(50), 30);
    Execution execution = running.await(SOON);

    assertThat(execution).failed().hasError("Approval.TimedOut")
        .hasCause("no decision within 24 hours")
        .tookPath("Request approval", "Report timeout", "Approval timed out");
    assertTimedOutAfter(execution, Duration.ofHours(24));
  }

  @Test
  void reportsATimeoutWhenTheReviewApplicationStopsSendingHeartbeats() {
    RunningExecution running = requestApproval(approval);
    String token = running.awaitTaskToken("Request approval", SOON);

    // Half an hour into the review, one heartbeat; then nothing. Waiting for the end lets the
    // virtual clock run to the missed heartbeat.
    running.advanceClock(Duration.ofMinutes(30));
    runtime.sendTaskHeartbeat(token);
    Execution execution = running.await(SOON);

    assertThat(execution).failed().hasError("Approval.TimedOut")
        .tookPath("Request approval", "Report timeout", "Approval timed out");
    // The heartbeat at 30 minutes restarted the hour: the task timed out at 1 h 30, long before
    // the day was over. AWS records a missed heartbeat as States.Timeout (the Catch could name
    // it States.HeartbeatTimeout too), so the time tells it from the day's time-out.
    assertTimedOutAfter(execution, Duration.ofMinutes(90));
  }

  @Test
  void retriesApplyingTheChangeWhenLambdaIsThrottled() {
    RunningExecution running = requestApproval(approval
        .withTask("Apply change", (input, ctx) -> {
          if (ctx.retryCount() < 2) {
            throw new TaskFailure("Lambda.TooManyRequestsException", "Rate exceeded");
          }
          return Json.parse("{\"applied\": true}");
        }));

    Execution execution = succeedTask(runtime, running, "Request approval",
        "{\"approved\": true, \"reviewer\": \"bob\"}");

    assertThat(execution).succeeded().hasRetried("Apply change", 2);
    assertThat(execution).calledTask("Apply change").times(3);
  }
}
