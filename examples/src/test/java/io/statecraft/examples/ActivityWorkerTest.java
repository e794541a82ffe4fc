package io.statecraft.examples;

import static io.statecraft.examples.Histories.gaps;
import static io.statecraft.examples.Histories.timesOf;
import static io.statecraft.examples.Workflows.SOON;
import static io.statecraft.examples.Workflows.sendHeartbeats;
import static io.statecraft.examples.Workflows.sendTokenHeartbeats;
import static io.statecraft.examples.Workflows.succeedTask;
import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.local.Execution;
import io.statecraft.local.Json;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.RunningExecution;
import io.statecraft.local.WaitingState;
import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.task.ActivityTask;
import io.statecraft.testing.StatecraftExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link ActivityWorker}: the test plays the report worker, answering the activity task through
 * the runtime with its task token; S3 is a handler.
 */
class ActivityWorkerTest {

  static final String ACTIVITY = "arn:aws:states:us-east-1:123456789012:activity:render-report";
  static final String REPORT = "{\"reportId\": \"r-7\", \"month\": \"2024-01\"}";

  // The activity's ARN is a placeholder: substituted at load, as the deployment does, it is an
  // activity the runtime runs (its tasks wait for a worker's answer).
  @RegisterExtension
  static StatecraftExtension sfn = StatecraftExtension.with(runtime -> runtime
          .substitute("RenderReportActivityArn", ACTIVITY)
          .substitute("ReportBucket", "reports")
          .task("Store report", (input, ctx) -> Json.parse("{\"ETag\": \"\\\"e-1\\\"\"}")))
      .workflow(ActivityWorker.class);

  @RegisterExtension
  static FullCoverage coverage = new FullCoverage("ActivityWorker");

  LocalStepFunctions runtime;
  LocalStateMachine reports;

  RunningExecution renderReport() {
    return reports.start("report-r-7", Json.parse(REPORT));
  }

  /**
   * A report worker takes the next task, as GetActivityTask does: as on AWS, the task's
   * HeartbeatSeconds and TimeoutSeconds start now, not when it was scheduled.
   */
  String takeTask(String worker) {
    return runtime.pollActivityTask(ACTIVITY, worker, SOON).orElseThrow().taskToken();
  }

  @Test
  void storesTheReportTheWorkerRendered() {
    RunningExecution running = renderReport();

    Execution execution = succeedTask(runtime, running, "Render report",
        "{\"html\": \"<h1>January</h1>\"}");

    assertThat(execution).succeeded()
        .tookPath("Render report", "Store report", "Report stored")
        .hasOutputAt("$.stored", Json.parse("{\"etag\": \"\\\"e-1\\\"\"}"));
    assertThat(execution).calledTask("Render report").once().withInput(REPORT);
    assertThat(execution).calledTask("Store report").once().withInput("""
        {"Bucket": "reports", "Key": "reports/report-r-7.html",
         "Body": "<h1>January</h1>", "ContentType": "text/html"}""");
  }

  @Test
  void keepsWaitingForAWorkerThatSendsHeartbeats() {
    RunningExecution running = renderReport();

    // Twenty minutes of rendering, a heartbeat every minute: well inside the 2-minute
    // heartbeat and the 30-minute time-out, and instant on the virtual clock.
    String token = sendHeartbeats(runtime, running, "Render report", Duration.ofMinutes(1), 20);
    runtime.sendTaskSuccess(token, "{\"html\": \"<h1>January</h1>\"}");
    Execution execution = running.await(SOON);

    assertThat(execution).succeeded().hasRetried("Render report", 0);
    assertThat(timesOf(execution, "Render report", HistoryEventType.ACTIVITY_SUCCEEDED))
        .containsExactly(execution.startDate().plus(Duration.ofMinutes(20)));
  }

  @Test
  void handsTheTaskToAnotherWorkerTenSecondsAfterOneGoesSilent() {
    RunningExecution running = renderReport();
    String silent = takeTask("worker-1");

    // No heartbeat for 2 minutes: States.HeartbeatTimeout, and the retry waits its 10 s.
    // The next worker's poll lets the clock run through the back-off.
    running.advanceClock(Duration.ofMinutes(2));
    assertThat(running).isWaitingAt("Render report", WaitingState.Reason.TIME);
    String second = takeTask("worker-2");
    assertThat(second).isNotEqualTo(silent);
    runtime.sendTaskSuccess(second, "{\"html\": \"<h1>January</h1>\"}");
    Execution execution = running.await(SOON);

    assertThat(execution).succeeded().hasRetried("Render report", 1);
    assertThat(timesOf(execution, "Render report", HistoryEventType.ACTIVITY_TIMED_OUT))
        .containsExactly(execution.startDate().plus(Duration.ofMinutes(2)));
    assertThat(gaps(timesOf(execution, "Render report", HistoryEventType.ACTIVITY_SCHEDULED)))
        .containsExactly(Duration.ofMinutes(2).plusSeconds(10));
  }

  @Test
  void failsRenderingWhenWorkersGoSilentThreeTimes() {
    RunningExecution running = renderReport();

    // Three workers take the task in turn and never answer: each attempt times out 2 minutes
    // after its worker took it; the retries wait 10 s, then 20 s.
    takeTask("worker-1");
    takeTask("worker-2");
    takeTask("worker-3");
    Execution execution = running.await(SOON);

    assertThat(execution).failed().hasError("Report.RenderingFailed")
        .hasCause("the worker failed or stopped sending heartbeats")
        .tookPath("Render report", "Rendering failed")
        .hasRetried("Render report", 2)
        .didNotCall("Store report");
    assertThat(gaps(timesOf(execution, "Render report", HistoryEventType.ACTIVITY_SCHEDULED)))
        .containsExactly(Duration.ofSeconds(130), Duration.ofSeconds(140));
  }

  @Test
  void failsRenderingWithoutRetryWhenTheWorkerReportsAnError() {
    RunningExecution running = renderReport();

    runtime.sendTaskFailure(running.awaitTaskToken("Render report", SOON),
        "Template.Missing", "no template for 2024-01");
    Execution execution = running.await(SOON);

    // The Retry is for silent workers only; the Catch turns every error into one of its own.
    assertThat(execution).failed().hasError("Report.RenderingFailed")
        .tookPath("Render report", "Rendering failed")
        .hasRetried("Render report", 0);
  }

  @Test
  void failsRenderingWhenItTakesLongerThanHalfAnHour() {
    RunningExecution running = renderReport();

    // Busy, with a heartbeat every minute, for longer than the state's 30-minute time-out.
    sendTokenHeartbeats(runtime, running, takeTask("report-worker"), Duration.ofMinutes(1), 40);
    Execution execution = running.await(SOON);

    // States.Timeout is not retried: only a silent worker is.
    assertThat(execution).failed().hasError("Report.RenderingFailed")
        .hasRetried("Render report", 0);
    assertThat(timesOf(execution, "Render report", HistoryEventType.ACTIVITY_TIMED_OUT))
        .containsExactly(execution.startDate().plus(Duration.ofMinutes(30)));
  }

  @Test
  void awaitsTheRetrysTokenRightAfterTheClockPassedTheHeartbeat() {
    RunningExecution running = renderReport();
    String silent = takeTask("worker-1");

    running.advanceClock(Duration.ofMinutes(2).plusSeconds(10));

    assertThat(takeTask("worker-2")).isNotEqualTo(silent);
  }

  @Test
  void waitsForAWorkerLongerThanTheTasksTimeoutAsAwsDoes() {
    RunningExecution running = renderReport();

    // No worker polls for an hour: the task's timers have not started, so it still waits.
    running.advanceClock(Duration.ofHours(1));

    assertThat(running).isWaitingAt("Render report");
    assertThat(succeedTask(runtime, running, "Render report", "{\"html\": \"<h1>Jan</h1>\"}"))
        .succeeded();
  }

  @Test
  void runsTheWorkflowAsDefinedWithItsActivityPlaceholder() {
    RunningExecution running = renderReport();

    assertThat(running).isWaitingAt("Render report");
    assertThat(succeedTask(runtime, running, "Render report", "{\"html\": \"<h1>Jan</h1>\"}"))
        .succeeded();
  }

  @Test
  void recordsThatAWorkerStartedTheActivity() {
    RunningExecution running = renderReport();

    // The worker takes the task as GetActivityTask does, then answers it.
    ActivityTask task = runtime.pollActivityTask(ACTIVITY, "report-worker", SOON).orElseThrow();
    assertThat(task.input()).isEqualTo(Json.parse(REPORT));
    runtime.sendTaskSuccess(task.taskToken(), "{\"html\": \"<h1>January</h1>\"}");
    Execution execution = running.await(SOON);

    assertThat(execution).succeeded();
    assertThat(execution.history().events()).extracting(event -> event.type())
        .containsSubsequence(HistoryEventType.ACTIVITY_SCHEDULED,
            HistoryEventType.ACTIVITY_STARTED, HistoryEventType.ACTIVITY_SUCCEEDED);
  }
}
