package io.statecraft.local.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.local.ExecutionClock;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.RunningExecution;
import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.internal.json.Values;
import io.statecraft.local.spi.ResumeFlows.Flow;
import io.statecraft.local.spi.ResumeTest.Runtime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The histories a resume refuses, each with a message that names what and where. */
class ResumeRefusalsTest {

  @Test
  void should_name_the_first_event_that_differs_from_a_tampered_history() {
    List<HistoryEvent> events = ResumeRulesTest.run(ResumeFlows.CHOICE_LOOP);
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
    List<HistoryEvent> events = ResumeRulesTest.run(ResumeFlows.WAITS);

    try (Runtime again = new Runtime()) {
      assertThatThrownBy(() -> again.resume(ResumeFlows.CHOICE_LOOP, events.subList(0, 5)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("event #2 was recorded as PassStateEntered of state 'Id'");
    }
  }

  @Test
  void should_refuse_a_history_that_ended_or_does_not_start_the_execution() {
    List<HistoryEvent> events = ResumeRulesTest.run(ResumeFlows.CHOICE_LOOP);

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

  @Test
  void should_refuse_clearly_an_execution_whose_sync_task_waits_for_its_child() {
    String child = """
        {"StartAt": "Nap", "States": {"Nap": {"Type": "Wait", "Seconds": 60, "End": true}}}""";
    Flow parent = new Flow("parent", """
        {"StartAt": "Call", "States": {"Call": {"Type": "Task",
          "Resource": "arn:aws:states:::states:startExecution.sync:2",
          "Parameters": {"StateMachineArn":
            "arn:aws:states:us-east-1:123456789012:stateMachine:child", "Input": {}},
          "End": true}}}""", "{}");
    List<HistoryEvent> kept;
    EmbeddedRuntime[] embedded = new EmbeddedRuntime[1];
    TestHost host = new TestHost(true) {
      @Override
      public RunningExecution startChild(String stateMachineArn, String name,
          tools.jackson.databind.JsonNode input) {
        return embedded[0].start(embedded[0].runtime().load("child", child), name, input,
            Map.of());
      }
    };
    embedded[0] = EmbeddedRuntime.build(
        LocalStepFunctions.builder().clock(ExecutionClock.virtual()), host);
    try (LocalStepFunctions runtime = embedded[0].runtime()) {
      RunningExecution running = embedded[0].start(runtime.load("parent", parent.definition()),
          "run", Values.parse(parent.input()), Map.of());
      running.waitingAt();
      kept = List.copyOf(running.events());
    }
    assertThat(kept).extracting(HistoryEvent::type).contains(HistoryEventType.TASK_SUBMITTED);

    try (Runtime again = new Runtime()) {
      assertThatThrownBy(() -> again.embedded.resume(
          again.embedded.runtime().load("parent", parent.definition()), "run",
          Values.parse(parent.input()), Map.of(), null, kept))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("state 'Call' waits for the child execution it started with"
              + " states:startExecution.sync before the restart");
    }
  }
}
