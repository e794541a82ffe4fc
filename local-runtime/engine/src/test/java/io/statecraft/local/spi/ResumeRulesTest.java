package io.statecraft.local.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a resumed execution keeps across the restart, and the histories it refuses. */
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
  void should_name_the_first_event_that_differs_from_a_tampered_history() {
    List<HistoryEvent> events = run(ResumeFlows.CHOICE_LOOP);
    List<HistoryEvent> tampered = new ArrayList<>(events.subList(0, 8));
    HistoryEvent fourth = tampered.get(3);
    tampered.set(3, HistoryEvent.of(fourth.id(), fourth.previousEventId(),
        fourth.timestampMillis(), fourth.type(), "Elsewhere", fourth.value(), 0, null, null,
        null));

    try (Runtime again = new Runtime()) {
      assertThatThrownBy(() -> again.resume(ResumeFlows.CHOICE_LOOP, tampered))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("cannot resume execution 'run'")
          .hasMessageContaining("event #4 was recorded as " + fourth.type().awsName()
              + " of state 'Elsewhere'")
          .hasMessageContaining("of state '" + fourth.stateName() + "'");
    }
  }

  @Test
  void should_refuse_a_history_the_definition_does_not_give() {
    List<HistoryEvent> events = run(ResumeFlows.WAITS);

    try (Runtime again = new Runtime()) {
      assertThatThrownBy(() -> again.resume(ResumeFlows.CHOICE_LOOP, events.subList(0, 5)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("event #2 was recorded as PassStateEntered of state 'Id'");
    }
  }

  @Test
  void should_refuse_a_history_that_ended_or_does_not_start_the_execution() {
    List<HistoryEvent> events = run(ResumeFlows.CHOICE_LOOP);

    try (Runtime again = new Runtime()) {
      assertThatThrownBy(() -> again.resume(ResumeFlows.CHOICE_LOOP, events))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("ExecutionSucceeded (event #" + events.size() + ")");
      assertThatThrownBy(() -> again.resume(ResumeFlows.CHOICE_LOOP, events.subList(1, 4)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("starts with PassStateEntered instead of ExecutionStarted");
      assertThatThrownBy(() -> again.resume(ResumeFlows.CHOICE_LOOP, List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("empty");
    }
  }

  @Test
  void should_refuse_clearly_an_execution_whose_distributed_map_had_started() {
    Flow flow = new Flow("distributed", """
        {"StartAt": "Fan", "States": {"Fan": {"Type": "Map", "ItemsPath": "$.items",
          "End": true, "ItemProcessor": {
            "ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
            "StartAt": "Nap", "States": {"Nap": {"Type": "Wait", "Seconds": 60,
              "End": true}}}}}}""", "{\"items\": [1, 2]}");
    List<HistoryEvent> kept;
    try (Runtime before = new Runtime()) {
      RunningExecution running = before.start(flow);
      running.waitingAt();
      kept = List.copyOf(running.events());
    }
    assertThat(kept).extracting(HistoryEvent::type).contains(HistoryEventType.MAP_RUN_STARTED);

    try (Runtime again = new Runtime()) {
      assertThatThrownBy(() -> again.resume(flow, kept))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("state 'Fan' is a distributed Map whose Map Run had started");
    }
  }

  private static List<HistoryEvent> run(Flow flow) {
    try (Runtime once = new Runtime()) {
      RunningExecution running = once.start(flow);
      once.drive(running);
      return running.events();
    }
  }
}
