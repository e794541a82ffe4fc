package io.statecraft.examples;

import static io.statecraft.dsl.Steps.*;

import io.statecraft.asl.StateMachine;
import io.statecraft.dsl.Workflow;
import io.statecraft.dsl.flow.Flow;
import java.time.Duration;

/**
 * Asks a person to approve a change: the request, with its task token, goes to an SQS queue that a
 * review application reads; the execution waits until the application calls
 * {@code SendTaskSuccess}/{@code SendTaskFailure} with the token, sends a heartbeat at least every
 * hour, or a day has passed.
 *
 * <pre>{@code
 * StateMachine machine = new HumanApproval().define();
 * }</pre>
 */
public final class HumanApproval implements Workflow {

  @Override
  public StateMachine define() {
    Flow timedOut = task("Report timeout", snsPublish("${ApproversTopicArn}",
            format("Change {} was not reviewed in time", path("$.changeId"))))
        .resultPath("$.notification")
        .next(fail("Approval timed out").error("Approval.TimedOut")
            .cause("no decision within 24 hours"));

    return stateMachine()
        .comment("Apply a change once a person approves it")
        .startWith(task("Request approval", sqsSendMessageWaitForTaskToken("${ApprovalQueueUrl}",
                payload()
                    .put("taskToken", Context.TASK_TOKEN)
                    .put("changeId", path("$.changeId"))
                    .put("summary", path("$.summary"))
                    .put("requestedBy", path("$.requestedBy"))))
            .timeout(Duration.ofHours(24))
            .heartbeat(Duration.ofHours(1))
            .resultPath("$.decision")
            .catching(errors(States.TIMEOUT, States.HEARTBEAT_TIMEOUT).resultPath("$.error"),
                timedOut)
            .next(choice("Approved?")
                .when(path("$.decision.approved").isTrue(),
                    task("Apply change", lambdaInvoke("${ApplyChangeFunction}")
                            .payload(payload()
                                .put("changeId", path("$.changeId"))
                                .put("approvedBy", path("$.decision.reviewer")))
                            .withRecommendedRetry())
                        .resultPath("$.applied")
                        .next(succeed("Change applied")))
                .otherwise(fail("Change rejected").error("Approval.Rejected")
                    .causePath(path("$.decision.comment")))))
        .build();
  }
}
