package io.statecraft.examples;

import static io.statecraft.examples.Histories.callsOf;
import static io.statecraft.examples.Histories.gaps;
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
import io.statecraft.testing.StatecraftExtension;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link ActivityWorker}: the test plays the report worker, answering the activity task through
 * the runtime with its task token; S3 is a handler.
 */
class ActivityWorkerTest {

  static final String ACTIVITY = "arn:aws:states:us-east-1:123456789012:activity:render-report";
  static final String REPORT = "{\"reportId\": \"r-7\", \"month\": \"2024-01\"}";

  @RegisterExtension
  static WorkflowCoverage coverage = new WorkflowCoverage(new ActivityWorker());

  @RegisterExtension
  StatecraftExtension sfn = StatecraftExtension.with(runtime -> runtime
      .task("Store report", (input, ctx) -> Json.parse("{\"ETag\": \"\\\"e-1\\\"\"}"))
      .onFinished(coverage::record));

  RunningExecution renderReport(LocalStepFunctions runtime) {
    // The activity's ARN is a placeholder, which the runtime cannot run (see the disabled test
    // below): substitute it as the deployment would.
    return Workflows.load(runtime, new ActivityWorker(),
            Map.of("RenderReportActivityArn", ACTIVITY))
        .start("report-r-7", Json.parse(REPORT));
  }

  @Test
  void storesTheReportTheWorkerRendered(LocalStepFunctions runtime) {
    RunningExecution running = renderReport(runtime);

    Execution execution = succeedTask(runtime, running, "Render report",
        "{\"html\": \"<h1>January</h1>\"}");

    assertThat(execution).succeeded()
        .tookPath("Render report", "Store report", "Report stored")
        .hasOutputAt("$.stored", Json.parse("{\"etag\": \"\\\"e-1\\\"\"}"));
    assertThat(callsOf(execution, "Render report")).containsExactly(Json.parse(REPORT));
    assertThat(callsOf(execution, "Store report")).containsExactly(Json.parse("""
        {"Bucket": "${ReportBucket}", "Key": "reports/report-r-7.html",
         "Body": "<h1>January</h1>", "ContentType": "text/html"}"""));
  }

  @Test
  void keepsWaitingForAWorkerThatSendsHeartbeats(LocalStepFunctions runtime) {
    RunningExecution running = renderReport(runtime);

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
  void handsTheTaskToAnotherWorkerTenSecondsAfterOneGoesSilent(LocalStepFunctions runtime) {
    RunningExecution running = renderReport(runtime);
    String silent = running.awaitTaskToken("Render report", SOON);

    // No heartbeat for 2 minutes: States.HeartbeatTimeout, retried after 10 s.
    running.advanceClock(Duration.ofMinutes(2).plusSeconds(10));
    String second = awaitNextTaskToken(running, silent);
    runtime.sendTaskSuccess(second, "{\"html\": \"<h1>January</h1>\"}");
    Execution execution = running.await(SOON);

    assertThat(execution).succeeded().hasRetried("Render report", 1);
    assertThat(timesOf(execution, "Render report", HistoryEventType.ACTIVITY_TIMED_OUT))
        .containsExactly(execution.startDate().plus(Duration.ofMinutes(2)));
    assertThat(gaps(timesOf(execution, "Render report", HistoryEventType.ACTIVITY_SCHEDULED)))
        .containsExactly(Duration.ofMinutes(2).plusSeconds(10));
  }

  @Test
  void failsRenderingWhenWorkersGoSilentThreeTimes(LocalStepFunctions runtime) {
    RunningExecution running = renderReport(runtime);

    // Each attempt times out after 2 minutes; the retries wait 10 s, then 20 s.
    for (Duration pause : new Duration[] {Duration.ofSeconds(130), Duration.ofSeconds(140),
        Duration.ofSeconds(120)}) {
      running.awaitTaskToken("Render report", SOON);
      running.advanceClock(pause);
    }
    Execution execution = running.await(SOON);

    assertThat(execution).failed().hasError("Report.RenderingFailed")
        .hasCause("the worker failed or stopped sending heartbeats")
        .tookPath("Render report", "Rendering failed")
        .hasRetried("Render report", 2);
    assertThat(gaps(timesOf(execution, "Render report", HistoryEventType.ACTIVITY_SCHEDULED)))
        .containsExactly(Duration.ofSeconds(130), Duration.ofSeconds(140));
  }

  @Test
  void failsRenderingWithoutRetryWhenTheWorkerReportsAnError(LocalStepFunctions runtime) {
    RunningExecution running = renderReport(runtime);

    runtime.sendTaskFailure(running.awaitTaskToken("Render report", SOON),
        "Template.Missing", "no template for 2024-01");
    Execution execution = running.await(SOON);

    // The Retry is for silent workers only; the Catch turns every error into one of its own.
    assertThat(execution).failed().hasError("Report.RenderingFailed")
        .tookPath("Render report", "Rendering failed")
        .hasRetried("Render report", 0);
  }

  @Test
  void failsRenderingWhenItTakesLongerThanHalfAnHour(LocalStepFunctions runtime) {
    RunningExecution running = renderReport(runtime);

    // Busy, with a heartbeat every minute, for longer than the state's 30-minute time-out.
    sendHeartbeats(runtime, running, "Render report", Duration.ofMinutes(1), 40);
    Execution execution = running.await(SOON);

    // States.Timeout is not retried: only a silent worker is.
    assertThat(execution).failed().hasError("Report.RenderingFailed")
        .hasRetried("Render report", 0);
    assertThat(timesOf(execution, "Render report", HistoryEventType.ACTIVITY_TIMED_OUT))
        .containsExactly(execution.startDate().plus(Duration.ofMinutes(30)));
  }

  /**
   * The token of the task's next attempt. advanceClock returns before the clock has moved, so
   * awaitTaskToken may still see the attempt that is about to time out (see the disabled
   * test below): ask again until the token changes.
   */
  static String awaitNextTaskToken(RunningExecution running, String previous) {
    String token = running.awaitTaskToken("Render report", SOON);
    while (token.equals(previous)) {
      token = running.awaitTaskToken("Render report", SOON);
    }
    return token;
  }

  @Test
  @Disabled("issue 18: RunningExecution.advanceClock returns before the clock has moved, so an"
      + " awaitTaskToken right after it usually returns the token of the attempt that is about to"
      + " time out; answering that token leaves the retry waiting forever")
  void awaitsTheRetrysTokenRightAfterTheClockPassedTheHeartbeat(LocalStepFunctions runtime) {
    RunningExecution running = renderReport(runtime);
    String silent = running.awaitTaskToken("Render report", SOON);

    running.advanceClock(Duration.ofMinutes(2).plusSeconds(10));

    assertThat(running.awaitTaskToken("Render report", SOON)).isNotEqualTo(silent);
  }

  @Test
  @Disabled("issue 18: the runtime cannot load an activity Resource given as a ${...}"
      + " placeholder, and has no way to substitute it; tests substitute the ASL text instead")
  void runsTheWorkflowAsDefinedWithItsActivityPlaceholder(LocalStepFunctions runtime) {
    RunningExecution running = Workflows.load(runtime, new ActivityWorker())
        .start("report-r-7", Json.parse(REPORT));

    assertThat(succeedTask(runtime, running, "Render report", "{\"html\": \"<h1>Jan</h1>\"}"))
        .succeeded();
  }

  @Test
  @Disabled("issue 18: a worker cannot take an activity task through LocalStepFunctions (only the"
      + " emulator's EmbeddedRuntime.pollActivityTask), so ActivityStarted, which AWS always"
      + " records before ActivitySucceeded, is missing from the history")
  void recordsThatAWorkerStartedTheActivity(LocalStepFunctions runtime) {
    RunningExecution running = renderReport(runtime);

    Execution execution = succeedTask(runtime, running, "Render report",
        "{\"html\": \"<h1>January</h1>\"}");

    assertThat(execution.history().events()).extracting(event -> event.type())
        .containsSubsequence(HistoryEventType.ACTIVITY_SCHEDULED,
            HistoryEventType.ACTIVITY_STARTED, HistoryEventType.ACTIVITY_SUCCEEDED);
  }
}
