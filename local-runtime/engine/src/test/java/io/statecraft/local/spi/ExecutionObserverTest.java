package io.statecraft.local.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.spi.ExecutionObserver.Decision;
import io.statecraft.local.spi.ExecutionObserver.Decision.Kind;
import io.statecraft.local.spi.ExecutionObserver.Finished;
import io.statecraft.local.task.TaskFailure;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The decisions an observer sees are those the states made, in order, and only while installed. */
class ExecutionObserverTest {

  private static final String FLOW = """
      {"StartAt": "Route", "States": {
        "Route": {"Type": "Choice", "Choices": [
            {"Variable": "$.n", "NumericEquals": 1, "Next": "Done"},
            {"Variable": "$.n", "NumericEquals": 2, "Next": "Call"}],
          "Default": "Done"},
        "Call": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f",
          "Retry": [{"ErrorEquals": ["Other"]}, {"ErrorEquals": ["Flaky"], "IntervalSeconds": 1}],
          "Catch": [{"ErrorEquals": ["Other"], "Next": "Done"},
                    {"ErrorEquals": ["States.ALL"], "Next": "Done"}],
          "End": true},
        "Done": {"Type": "Succeed"}}}""";

  private static final String JSONATA_FLOW = """
      {"QueryLanguage": "JSONata", "StartAt": "Route", "States": {
        "Route": {"Type": "Choice", "Choices": [
            {"Condition": "{% $states.input.n = 1 %}", "Next": "Done"}],
          "Default": "Done"},
        "Done": {"Type": "Succeed"}}}""";

  @Test
  void should_see_the_matched_rule_each_retry_and_the_catcher_when_a_run_ends() {
    // GIVEN a task that fails twice as Flaky, then with an error only States.ALL catches
    AtomicInteger calls = new AtomicInteger();
    List<Finished> seen = new CopyOnWriteArrayList<>();
    try (LocalStepFunctions sfn = LocalStepFunctions.builder()
        .task("Call", (input, ctx) -> {
          throw new TaskFailure(calls.incrementAndGet() <= 2 ? "Flaky" : "Broken", "no");
        }).build();
        ExecutionObserver.Installed installed = ExecutionObserver.install(seen::add)) {
      // WHEN
      sfn.load("flow", FLOW).run("{\"n\": 2}");
    }
    // THEN
    assertThat(seen).hasSize(1);
    assertThat(seen.get(0).stateMachineName()).isEqualTo("flow");
    assertThat(seen.get(0).definition().states()).containsKeys("Route", "Call", "Done");
    assertThat(seen.get(0).decisions()).containsExactly(
        new Decision("Route", Kind.CHOICE_RULE, 1),
        new Decision("Call", Kind.RETRIER, 1),
        new Decision("Call", Kind.RETRIER, 1),
        new Decision("Call", Kind.CATCHER, 1));
  }

  @Test
  void should_see_the_default_in_jsonpath_and_jsonata() {
    List<Finished> seen = new CopyOnWriteArrayList<>();
    try (LocalStepFunctions sfn = LocalStepFunctions.newInstance();
        ExecutionObserver.Installed installed = ExecutionObserver.install(seen::add)) {
      sfn.load("flow", FLOW).run("{\"n\": 3}");
      LocalStateMachine jsonata = sfn.load("jsonata", JSONATA_FLOW);
      jsonata.run("{\"n\": 1}");
      jsonata.run("{\"n\": 5}");
    }
    assertThat(seen).extracting(Finished::decisions).containsExactly(
        List.of(new Decision("Route", Kind.DEFAULT, -1)),
        List.of(new Decision("Route", Kind.CHOICE_RULE, 0)),
        List.of(new Decision("Route", Kind.DEFAULT, -1)));
  }

  @Test
  void should_see_nothing_once_uninstalled() {
    List<Finished> seen = new CopyOnWriteArrayList<>();
    try (LocalStepFunctions sfn = LocalStepFunctions.newInstance()) {
      ExecutionObserver.install(seen::add).close();
      sfn.load("flow", FLOW).run("{\"n\": 1}");
    }
    assertThat(seen).isEmpty();
  }
}
