package io.statecraft.examples;

import static io.statecraft.dsl.Steps.*;

import io.statecraft.asl.StateMachine;
import io.statecraft.dsl.Workflow;
import java.time.Duration;

/**
 * Hands report rendering to workers that poll an activity ({@code GetActivityTask}) and report
 * back with heartbeats; a worker that goes silent is replaced by retrying, and the finished report
 * is stored in S3 through the AWS SDK integration.
 *
 * <pre>{@code
 * StateMachine machine = new ActivityWorker().define();
 * }</pre>
 */
public final class ActivityWorker implements Workflow {

  @Override
  public StateMachine define() {
    return stateMachine()
        .comment("Render a report on an activity worker and store it")
        .startWith(task("Render report", activity("${RenderReportActivityArn}"))
            .timeout(Duration.ofMinutes(30))
            .heartbeat(Duration.ofMinutes(2))
            .resultPath("$.report")
            .retry(retryOn(States.HEARTBEAT_TIMEOUT).interval(Duration.ofSeconds(10))
                .maxAttempts(2))
            .catchAll(fail("Rendering failed").error("Report.RenderingFailed")
                .cause("the worker failed or stopped sending heartbeats"))
            .next(task("Store report", awsSdk("s3", "putObject")
                    .with("Bucket", "${ReportBucket}")
                    .with("Key", format("reports/{}.html", Context.EXECUTION_NAME))
                    .with("Body", path("$.report.html"))
                    .with("ContentType", "text/html"))
                .resultSelector(payload().put("etag", path("$.ETag")))
                .resultPath("$.stored"))
            .next(succeed("Report stored")))
        .build();
  }
}
