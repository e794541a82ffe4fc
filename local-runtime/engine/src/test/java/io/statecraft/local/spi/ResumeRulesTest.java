package io.statecraft.local.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.local.Execution;
import io.statecraft.local.ExecutionClock;
import io.statecraft.local.ExecutionStatus;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.RunningExecution;
import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.internal.json.Values;
import io.statecraft.local.spi.ResumeFlows.Flow;
import io.statecraft.local.spi.ResumeTest.Runtime;
import io.statecraft.local.task.ActivityTask;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a resumed execution keeps across the restart. */
class ResumeRulesTest {

  private static final Flow ONE_ACTIVITY = new Flow("one activity", """
      {"StartAt": "Act", "States": {"Act": {"Type": "Task", "Resource": "%s", "End": true}}}"""
      .formatted(ResumeFlows.ACTIVITY_ARN), "{}");

  @Test
  void should_accept_after_the_restart_a_callback_token_issued_before_it() {
    String token;
    List<HistoryEvent> kept;
    try (Runtime before = new Runtime()) {
      RunningExecution running = before.start(ResumeFlows.CALLBACKS);
      token = running.awaitTaskToken("Ask", Duration.ofSeconds(10));
      kept = List.copyOf(before.host.kept);
    }
    try (Runtime after = new Runtime()) {
      RunningExecution resumed = after.resume(ResumeFlows.CALLBACKS, kept);
      assertThat(resumed.waitingAt()).singleElement()
          .satisfies(waiting -> assertThat(waiting.taskToken()).isEqualTo(token));

      after.embedded.runtime().sendTaskSuccess(token, "{\"ok\": true}");

      String next = resumed.awaitTaskToken("AskAgain", Duration.ofSeconds(10));
      assertThat(next).isNotEqualTo(token);
      assertThat(resumed.events()).extracting(HistoryEvent::type)
          .contains(HistoryEventType.TASK_SUCCEEDED);
    }
  }

  @Test
  void should_keep_an_activity_task_a_worker_took_with_that_worker() {
    ActivityTask taken;
    List<HistoryEvent> kept;
    try (Runtime before = new Runtime()) {
      RunningExecution running = before.start(ONE_ACTIVITY);
      taken = before.embedded.pollActivityTask(ResumeFlows.ACTIVITY_ARN, "w", Duration.ofSeconds(5))
          .orElseThrow();
      running.waitingAt();
      kept = List.copyOf(before.host.kept);
    }
    assertThat(kept.get(kept.size() - 1).type()).isEqualTo(HistoryEventType.ACTIVITY_STARTED);
    try (Runtime after = new Runtime()) {
      RunningExecution resumed = after.resume(ONE_ACTIVITY, kept);
      resumed.waitingAt();

      Optional<ActivityTask> offered = after.embedded.pollActivityTask(ResumeFlows.ACTIVITY_ARN,
          "other", Duration.ZERO);
      after.embedded.runtime().sendTaskSuccess(taken.taskToken(), "{\"done\": 1}");

      assertThat(offered).isEmpty();
      assertThat(resumed.await(Duration.ofSeconds(10)).status())
          .isEqualTo(ExecutionStatus.SUCCEEDED);
    }
  }

  @Test
  void should_offer_again_an_activity_task_no_worker_took_under_the_same_token() {
    String token;
    List<HistoryEvent> kept;
    try (Runtime before = new Runtime()) {
      RunningExecution running = before.start(ONE_ACTIVITY);
      token = running.awaitTaskToken("Act", Duration.ofSeconds(10));
      kept = List.copyOf(before.host.kept);
    }
    try (Runtime after = new Runtime()) {
      RunningExecution resumed = after.resume(ONE_ACTIVITY, kept);

      ActivityTask offered = after.embedded.pollActivityTask(ResumeFlows.ACTIVITY_ARN, "w",
          Duration.ofSeconds(5)).orElseThrow();

      assertThat(offered.taskToken()).isEqualTo(token);
      after.embedded.runtime().sendTaskSuccess(token, "{}");
      assertThat(resumed.await(Duration.ofSeconds(10)).status())
          .isEqualTo(ExecutionStatus.SUCCEEDED);
    }
  }

  @Test
  void should_fire_a_wait_at_its_original_due_time_on_the_wall_clock() throws Exception {
    Flow flow = new Flow("wall wait", """
        {"StartAt": "Nap", "States": {"Nap": {"Type": "Wait", "Seconds": 2, "Next": "Done"},
          "Done": {"Type": "Pass", "End": true}}}""", "{}");
    List<HistoryEvent> kept;
    TestHost first = new TestHost(true);
    EmbeddedRuntime before = EmbeddedRuntime.build(
        LocalStepFunctions.builder().clock(ExecutionClock.system()), first);
    try (LocalStepFunctions runtime = before.runtime()) {
      RunningExecution running = before.start(runtime.load("flow", flow.definition()), "run",
          Values.parse(flow.input()), Map.of());
      while (running.events().stream()
          .noneMatch(event -> event.type() == HistoryEventType.WAIT_STATE_ENTERED)) {
        Thread.sleep(5);
      }
      kept = List.copyOf(first.kept);
    }
    long entered = kept.get(kept.size() - 1).timestampMillis();
    Thread.sleep(1000);

    TestHost second = new TestHost(true);
    EmbeddedRuntime after = EmbeddedRuntime.build(
        LocalStepFunctions.builder().clock(ExecutionClock.system()), second);
    try (LocalStepFunctions runtime = after.runtime()) {
      long resumedAt = System.currentTimeMillis();
      RunningExecution resumed = after.resume(runtime.load("flow", flow.definition()), "run",
          Values.parse(flow.input()), Map.of(), null, kept);
      Execution done = resumed.await(Duration.ofSeconds(10));

      long exited = done.history().events().stream()
          .filter(event -> event.type() == HistoryEventType.WAIT_STATE_EXITED)
          .findFirst().orElseThrow().timestampMillis();
      assertThat(exited - entered).isBetween(2000L, 2600L);
      assertThat(exited - resumedAt).isLessThan(1800L);
      assertThat(done.startDate().toEpochMilli()).isEqualTo(kept.get(0).timestampMillis());
      assertThat(second.kept.get(0).id()).isEqualTo(kept.size() + 1);
    }
  }

  @Test
  void should_follow_the_recorded_order_of_parallel_branches_on_the_wall_clock() {
    // Recorded with one seed; replayed with another, as on the wall clock the order of
    // branches also depends on when answers come: the record decides.
    Flow flow = new Flow("branches", """
        {"StartAt": "Fan", "States": {"Fan": {"Type": "Parallel", "End": true, "Branches": [
          {"StartAt": "P1", "States": {"P1": {"Type": "Pass", "Next": "P2"},
            "P2": {"Type": "Pass", "Next": "P3"}, "P3": {"Type": "Pass", "End": true}}},
          {"StartAt": "Q1", "States": {"Q1": {"Type": "Pass", "Next": "Q2"},
            "Q2": {"Type": "Pass", "End": true}}},
          {"StartAt": "W1", "States": {"W1": {"Type": "Wait", "Seconds": 1, "Next": "W2"},
            "W2": {"Type": "Pass", "End": true}}},
          {"StartAt": "Ask", "States": {"Ask": {"Type": "Task",
            "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
            "Parameters": {"QueueUrl": "q", "MessageBody": {"token.$": "$$.Task.Token"}},
            "Next": "A2"}, "A2": {"Type": "Pass", "End": true}}}]}}}""", "{}");
    List<HistoryEvent> events = run(flow);

    for (int k = 1; k < events.size(); k++) {
      TestHost host = new TestHost(true);
      EmbeddedRuntime wall = EmbeddedRuntime.build(LocalStepFunctions.builder()
          .clock(ExecutionClock.system()).seed(99), host);
      try (LocalStepFunctions runtime = wall.runtime()) {
        RunningExecution resumed = wall.resume(runtime.load("flow", flow.definition()), "run",
            Values.parse(flow.input()), Map.of(), null, events.subList(0, k));
        if (resumed.events().stream().noneMatch(event -> event.type()
            == HistoryEventType.TASK_SUCCEEDED)) {
          runtime.sendTaskSuccess(resumed.awaitTaskToken("Ask", Duration.ofSeconds(10)), "{}");
        }
        Execution done = resumed.await(Duration.ofSeconds(10));

        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        // The task token differs with the seed: the order, states and times do not.
        assertThat(done.history().events().subList(0, k)).as("replayed from the first %d", k)
            .extracting(HistoryEvent::id, HistoryEvent::previousEventId, HistoryEvent::type,
                HistoryEvent::stateName, HistoryEvent::timestampMillis)
            .containsExactlyElementsOf(events.subList(0, k).stream()
                .map(event -> org.assertj.core.groups.Tuple.tuple(event.id(),
                    event.previousEventId(), event.type(), event.stateName(),
                    event.timestampMillis())).toList());
      }
    }
  }

  @Test
  void should_resume_a_redriven_execution_from_every_cut_after_its_redrive() {
    Flow flow = new Flow("redriven", """
        {"StartAt": "Nap", "States": {"Nap": {"Type": "Wait", "Seconds": 5, "Next": "Work"},
          "Work": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:work",
            "Parameters": {"retry.$": "$$.Execution.RedriveCount", "fail": 1}, "Next": "Rest"},
          "Rest": {"Type": "Wait", "Seconds": 5, "Next": "Ask"},
          "Ask": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
            "Parameters": {"QueueUrl": "q", "MessageBody": {"token.$": "$$.Task.Token"}},
            "End": true}}}""", "{}");
    List<String> whole;
    List<HistoryEvent> events;
    int redriven;
    try (Runtime first = new Runtime()) {
      RunningExecution running = first.start(flow);
      first.drive(running);
      redriven = running.events().size();
      RunningExecution again = first.embedded.runtime().redrive(running);
      first.drive(again);
      events = again.events();
      whole = ResumeTest.json(events);
    }
    assertThat(events.get(redriven - 1).type()).isEqualTo(HistoryEventType.EXECUTION_FAILED);
    assertThat(events.get(redriven).type()).isEqualTo(HistoryEventType.EXECUTION_REDRIVEN);

    for (int k = redriven + 1; k < events.size(); k++) {
      try (Runtime later = new Runtime()) {
        RunningExecution resumed = later.resume(flow, events.subList(0, k));
        later.drive(resumed);
        assertThat(ResumeTest.json(resumed.events())).as("resumed from the first %d events", k)
            .containsExactlyElementsOf(whole);
        assertThat(resumed.redriveCount()).isEqualTo(1);
        assertThat(ResumeTest.json(later.host.kept)).containsExactlyElementsOf(
            whole.subList(k, whole.size()));
      }
    }
  }

  @Test
  void should_resume_an_execution_stopped_then_redriven() {
    List<String> whole;
    List<HistoryEvent> events;
    int redriven;
    try (Runtime first = new Runtime()) {
      RunningExecution running = first.start(ResumeFlows.CHOICE_LOOP);
      running.advanceClock(Duration.ofSeconds(7));
      running.stop("Operator.Stop", "maintenance");
      running.await(Duration.ofSeconds(10));
      redriven = running.events().size();
      RunningExecution again = first.embedded.runtime().redrive(running);
      first.drive(again);
      events = again.events();
      whole = ResumeTest.json(events);
    }
    assertThat(events.get(redriven - 1).type()).isEqualTo(HistoryEventType.EXECUTION_ABORTED);

    for (int k = redriven + 1; k < events.size(); k++) {
      try (Runtime later = new Runtime()) {
        RunningExecution resumed = later.resume(ResumeFlows.CHOICE_LOOP, events.subList(0, k));
        later.drive(resumed);
        assertThat(ResumeTest.json(resumed.events())).as("resumed from the first %d events", k)
            .containsExactlyElementsOf(whole);
      }
    }
  }

  static List<HistoryEvent> run(Flow flow) {
    try (Runtime once = new Runtime()) {
      RunningExecution running = once.start(flow);
      once.drive(running);
      return running.events();
    }
  }
}
