package io.statecraft.local.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.local.ExecutionClock;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.RunningExecution;
import io.statecraft.local.WaitingState;
import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.internal.engine.Handles;
import io.statecraft.local.internal.json.Values;
import io.statecraft.local.internal.kernel.Run;
import io.statecraft.local.spi.ResumeFlows.Flow;
import io.statecraft.local.task.ActivityTask;
import io.statecraft.local.task.TaskFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An execution resumed from any prefix of its history (kept as JSON and read back), in a fresh
 * runtime, and driven on the same way, ends with the history of the execution that ran
 * uninterrupted, timestamps included.
 */
class ResumeTest {

  static Stream<Flow> flows() {
    return Stream.of(ResumeFlows.WAITS, ResumeFlows.RETRIES, ResumeFlows.CALLBACKS,
        ResumeFlows.ACTIVITIES, ResumeFlows.PARALLEL, ResumeFlows.MAP, ResumeFlows.CHOICE_LOOP,
        ResumeFlows.JSONATA);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("flows")
  void should_end_as_the_uninterrupted_run_from_every_cut(Flow flow) {
    List<String> whole;
    List<HistoryEvent> events;
    try (Runtime first = new Runtime()) {
      RunningExecution running = first.start(flow);
      first.drive(running);
      events = running.events();
      whole = json(events);
      assertThat(first.host.kept).hasSameSizeAs(events);
    }
    assertThat(events.get(events.size() - 1).type()).as("%s", whole)
        .isEqualTo(HistoryEventType.EXECUTION_SUCCEEDED);

    // Resumed from the events as a host keeps them: JSON, read back.
    List<HistoryEvent> reread = events.stream()
        .map(event -> HistoryEvent.fromJson(Values.parse(event.toJson().toString()))).toList();
    assertThat(json(reread)).containsExactlyElementsOf(whole);
    for (int k = 1; k < events.size(); k++) {
      try (Runtime again = new Runtime()) {
        RunningExecution resumed = again.resume(flow, reread.subList(0, k));
        again.drive(resumed);
        assertThat(json(resumed.events())).as("resumed from the first %d events", k)
            .containsExactlyElementsOf(whole);
        assertThat(json(again.host.kept)).as("events handed to the host after %d", k)
            .containsExactlyElementsOf(whole.subList(k, whole.size()));
      }
    }
  }

  static List<String> json(List<HistoryEvent> events) {
    return events.stream().map(event -> event.toJson().toString()).toList();
  }

  /** A fresh runtime on the virtual clock, with the Lambda handler the flows call. */
  static final class Runtime implements AutoCloseable {
    final TestHost host = new TestHost(true);
    final EmbeddedRuntime embedded;

    Runtime() {
      embedded = EmbeddedRuntime.build(LocalStepFunctions.builder()
          .clock(ExecutionClock.virtual())
          .resource("arn:aws:lambda:us-east-1:123456789012:function:work", (input, context) -> {
            if (input.path("retry").asInt() < input.path("fail").asInt()) {
              throw new TaskFailure("Flaky", "attempt " + input.path("retry").asInt());
            }
            return Values.parse("{\"worked\": " + input.path("retry").asInt() + "}");
          }), host);
    }

    LocalStateMachine machine(Flow flow) {
      return embedded.runtime().load("flow", flow.definition());
    }

    RunningExecution start(Flow flow) {
      return embedded.start(machine(flow), "run", Values.parse(flow.input()), Map.of());
    }

    RunningExecution resume(Flow flow, List<HistoryEvent> recorded) {
      return embedded.resume(machine(flow), "run", Values.parse(flow.input()), Map.of(), null,
          recorded);
    }

    /**
     * Drives the execution to its end, deciding from where it waits only: a worker takes an
     * activity task offered, a token is answered (AskAgain's with a failure, Late's never), or
     * else time moves to the next timer.
     */
    void drive(RunningExecution running) {
      Run run = Handles.access().run(running);
      for (int step = 0; step < 500; step++) {
        List<WaitingState> waits = running.waitingAt();
        if (running.isDone()) {
          return;
        }
        if (offered(running.events())) {
          Optional<ActivityTask> task = embedded.pollActivityTask(ResumeFlows.ACTIVITY_ARN,
              "worker-1", Duration.ofSeconds(5));
          assertThat(task).isPresent();
          continue;
        }
        WaitingState token = waits.stream()
            .filter(wait -> wait.taskToken() != null && !wait.stateName().equals("Late"))
            .findFirst().orElse(null);
        if (token != null) {
          if (token.stateName().equals("AskAgain")) {
            embedded.runtime().sendTaskFailure(token.taskToken(), "Custom.Refused", "no");
          } else {
            embedded.runtime().sendTaskSuccess(token.taskToken(),
                Values.parse("{\"answer\": \"" + token.stateName() + "\"}"));
          }
          continue;
        }
        long next = run.settled() == null ? Long.MAX_VALUE : run.settled().nextTimer();
        assertThat(next).as("the next timer of %s", waits).isNotEqualTo(Long.MAX_VALUE);
        running.advanceClock(Duration.ofMillis(Math.max(0, next - run.now())));
      }
      throw new AssertionError("still running after 500 steps: " + running.events());
    }

    /** Whether an activity task was scheduled that no worker took yet. */
    private static boolean offered(List<HistoryEvent> events) {
      Set<Long> followed = new HashSet<>();
      List<Long> scheduled = new ArrayList<>();
      for (HistoryEvent event : events) {
        followed.add(event.previousEventId());
        if (event.type() == HistoryEventType.ACTIVITY_SCHEDULED) {
          scheduled.add(event.id());
        }
      }
      return scheduled.stream().anyMatch(id -> !followed.contains(id));
    }

    @Override
    public void close() {
      embedded.runtime().close();
    }
  }
}
