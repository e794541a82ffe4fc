package io.statecraft.local.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.local.ExecutionClock;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.RunningExecution;
import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.internal.json.Values;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A host that keeps events hears each one as it is recorded, the same as the history. */
class RecordedHookTest {

  private static final String FLOW = """
      {"StartAt": "P", "States": {
        "P": {"Type": "Parallel", "Next": "W", "Branches": [
          {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}},
          {"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true}}}]},
        "W": {"Type": "Wait", "Seconds": 5, "End": true}}}""";

  @Test
  void should_hand_the_host_every_event_in_order_as_the_history_has_it() {
    List<String> arns = new CopyOnWriteArrayList<>();
    TestHost host = new TestHost(false) {
      @Override
      public void recorded(String executionArn, HistoryEvent event) {
        arns.add(executionArn);
        super.recorded(executionArn, event);
      }
    };
    List<HistoryEvent> kept = host.kept;
    EmbeddedRuntime embedded = EmbeddedRuntime.build(
        LocalStepFunctions.builder().clock(ExecutionClock.virtual()), host);
    try (LocalStepFunctions runtime = embedded.runtime()) {
      LocalStateMachine machine = runtime.load("flow", FLOW);
      RunningExecution running = embedded.start(machine, "one", Values.parse("{}"), Map.of());
      running.advanceClock(Duration.ofSeconds(5));
      running.await(Duration.ofSeconds(10));

      assertThat(kept).extracting(event -> event.toJson().toString())
          .containsExactlyElementsOf(running.events().stream().map(event -> event.toJson().toString())
              .toList());
      assertThat(kept).hasSize(running.events().size()).isNotEmpty();
      assertThat(arns).containsOnly(running.arn());
    }
  }
}
