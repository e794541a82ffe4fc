package io.statecraft.testing.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.testing.coverage.WorkflowCoverage.Kind;
import io.statecraft.testing.coverage.WorkflowCoverage.Total;
import org.junit.jupiter.api.Test;

class WorkflowCoverageTest {

  /** The fan-out path, then the Default path with one retry of the first retrier. */
  private static WorkflowCoverage fanOutAndOneRetry() {
    try (CoverageRecorder recorder = CoverageRecorder.start();
        LocalStepFunctions sfn = Fixtures.failing("Flaky")) {
      LocalStateMachine routes = sfn.load("routes", Fixtures.ROUTES);
      routes.run("{\"kind\": \"fan\"}");
      routes.run("{\"kind\": \"other\"}");
      return recorder.workflow("routes");
    }
  }

  @Test
  void should_list_states_entered_and_missed_at_every_depth() {
    WorkflowCoverage coverage = fanOutAndOneRetry();

    assertThat(coverage.covered(Kind.STATE)).containsExactly("Route", "Call", "Fan", "A", "B",
        "Done");
    assertThat(coverage.missed(Kind.STATE)).containsExactly("Each", "Item", "Failed");
    assertThat(coverage.total(Kind.STATE)).isEqualTo(new Total(6, 9));
    assertThat(coverage.total(Kind.STATE).toString()).isEqualTo("6/9 (66.7%)");
    assertThat(coverage.hits(Kind.STATE, "Route")).isEqualTo(2);
    assertThat(coverage.executions()).isEqualTo(2);
  }

  @Test
  void should_list_transitions_taken_by_rule_default_next_and_end() {
    WorkflowCoverage coverage = fanOutAndOneRetry();

    assertThat(coverage.covered(Kind.TRANSITION)).containsExactly(
        "Route -> Fan (Choices[0])", "Route -> Call (Default)", "Call -> Done (Next)",
        "Fan -> Done (Next)", "A (End)", "B (End)");
    assertThat(coverage.missed(Kind.TRANSITION)).containsExactly(
        "Route -> Each (Choices[1])", "Call -> Failed (Catch[0])", "Call -> Failed (Catch[1])",
        "Each (End)", "Item (End)");
    assertThat(coverage.total(Kind.TRANSITION).percent()).isCloseTo(54.545, within());
  }

  @Test
  void should_cover_the_choice_rule_and_default_that_decided() {
    WorkflowCoverage coverage = fanOutAndOneRetry();

    assertThat(coverage.covered(Kind.CHOICE_RULE)).containsExactly("Route Choices[0]",
        "Route Default");
    assertThat(coverage.missed(Kind.CHOICE_RULE)).containsExactly("Route Choices[1]");
  }

  @Test
  void should_cover_a_retrier_that_retried_and_no_catcher_when_none_caught() {
    WorkflowCoverage coverage = fanOutAndOneRetry();

    assertThat(coverage.covered(Kind.RETRIER)).containsExactly("Call Retry[0]");
    assertThat(coverage.hits(Kind.RETRIER, "Call Retry[0]")).isEqualTo(1);
    assertThat(coverage.missed(Kind.RETRIER)).containsExactly("Call Retry[1]");
    assertThat(coverage.total(Kind.CATCHER)).isEqualTo(new Total(0, 2));
  }

  @Test
  void should_cover_the_catcher_that_caught_and_its_transition_not_next() {
    WorkflowCoverage coverage;
    try (CoverageRecorder recorder = CoverageRecorder.start();
        LocalStepFunctions sfn = Fixtures.failing("Throttled", "Other")) {
      sfn.load("routes", Fixtures.ROUTES).run("{\"kind\": \"other\"}");
      coverage = recorder.workflow("routes");
    }

    assertThat(coverage.covered(Kind.CATCHER)).containsExactly("Call Catch[1]");
    assertThat(coverage.covered(Kind.RETRIER)).containsExactly("Call Retry[1]");
    assertThat(coverage.covered(Kind.TRANSITION)).containsExactly("Route -> Call (Default)",
        "Call -> Failed (Catch[1])");
    assertThat(coverage.covered(Kind.STATE)).containsExactly("Route", "Call", "Failed");
  }

  @Test
  void should_cover_a_map_processor_once_per_item() {
    WorkflowCoverage coverage;
    try (CoverageRecorder recorder = CoverageRecorder.start();
        LocalStepFunctions sfn = LocalStepFunctions.newInstance()) {
      sfn.load("routes", Fixtures.ROUTES).run("{\"kind\": \"each\", \"items\": [1, 2, 3]}");
      coverage = recorder.workflow("routes");
    }

    assertThat(coverage.hits(Kind.STATE, "Item")).isEqualTo(3);
    assertThat(coverage.hits(Kind.TRANSITION, "Item (End)")).isEqualTo(3);
    assertThat(coverage.hits(Kind.TRANSITION, "Each (End)")).isEqualTo(1);
  }

  @Test
  void should_name_the_items_there_are_when_asked_for_one_that_is_not() {
    WorkflowCoverage coverage = fanOutAndOneRetry();

    assertThatThrownBy(() -> coverage.hits(Kind.CATCHER, "Call Catch[2]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("label must name a CATCHER of routes, was 'Call Catch[2]'; there are"
            + " [Call Catch[0], Call Catch[1]]");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.001);
  }
}
