package io.statecraft.local.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.internal.json.Values;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Replays of Map iterations and Parallel branches: each is followed as the history has it. */
class ReplayFanoutTest {

  private static final String MAP = """
      {"StartAt": "Each", "States": {
        "Each": {"Type": "Map", "ItemsPath": "$.items",
          "ItemSelector": {"n.$": "$$.Map.Item.Value", "tag": "a"},
          "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Double",
            "States": {"Double": {"Type": "Pass", "End": true}}},
          "End": true}}}""";

  private static final String PARALLEL = """
      {"StartAt": "Both", "States": {
        "Both": {"Type": "Parallel", "Branches": [
          {"StartAt": "Left", "States": {"Left": {"Type": "Pass", "Result": "l", "End": true}}},
          {"StartAt": "Right", "States": {"Right": {"Type": "Wait", "Seconds": 1,
            "Next": "Last"}, "Last": {"Type": "Pass", "Result": "r", "End": true}}}],
          "End": true}}}""";

  @Test
  void should_replay_map_iterations_and_report_an_iteration_input_that_changed() {
    // GIVEN
    String history = history(MAP, "{\"items\": [1, 2, 3]}");
    // WHEN
    ReplayResult same = Replayer.ofJson(MAP).checkJson(history);
    Divergence changed = Replayer.ofJson(MAP.replace("\"tag\": \"a\"", "\"tag\": \"b\""))
        .checkJson(history).divergence().orElseThrow();
    // THEN
    assertThat(same.consistent()).as(same.summary()).isTrue();
    assertThat(changed.eventId()).isEqualTo(firstId(history, "PassStateEntered"));
    assertThat(changed.stateName()).isEqualTo("Double");
    // The first iteration to enter Double is the one the local runtime's seed ran first.
    long n = Values.parse(event(history, changed.eventId()).path("stateEnteredEventDetails")
        .path("input").asString()).path("n").asLong();
    assertThat(changed.expected()).isEqualTo(
        "state 'Double' was entered with input {\"n\":" + n + ",\"tag\":\"a\"}");
    assertThat(changed.actual()).isEqualTo("state 'Double' is entered with input"
        + " {\"n\":" + n + ",\"tag\":\"b\"} (first difference at input/tag)");
  }

  @Test
  void should_report_a_map_over_other_items() {
    // GIVEN
    String history = history(MAP, "{\"items\": [1, 2, 3], \"more\": [1, 2]}");
    // WHEN
    Divergence divergence = Replayer.ofJson(MAP.replace("$.items", "$.more"))
        .checkJson(history).divergence().orElseThrow();
    // THEN
    assertThat(divergence.eventId()).isEqualTo(firstId(history, "MapStateStarted"));
    assertThat(divergence.stateName()).isEqualTo("Each");
    assertThat(divergence.expected()).isEqualTo("in state 'Each' MapStateStarted's length was 3");
    assertThat(divergence.actual()).isEqualTo("in state 'Each' MapStateStarted's length is 2");
  }

  @Test
  void should_replay_parallel_branches_and_report_a_branch_that_changed() {
    // GIVEN
    String history = history(PARALLEL, "{}");
    // WHEN
    ReplayResult same = Replayer.ofJson(PARALLEL).checkJson(history);
    Divergence changed = Replayer.ofJson(PARALLEL.replace("\"Result\": \"r\"",
        "\"Result\": \"R\"")).checkJson(history).divergence().orElseThrow();
    // THEN
    assertThat(same.consistent()).as(same.summary()).isTrue();
    assertThat(changed.eventId()).isEqualTo(lastId(history, "PassStateExited"));
    assertThat(changed.stateName()).isEqualTo("Last");
    assertThat(changed.expected()).isEqualTo("state 'Last' produced output \"r\"");
    assertThat(changed.actual()).isEqualTo("state 'Last' produces output \"R\"");
  }

  private static String history(String definition, String input) {
    try (LocalStepFunctions sfn = LocalStepFunctions.newInstance()) {
      return Values.text(sfn.load("Fanout", definition).run(input).history().toJson());
    }
  }

  private static long firstId(String history, String type) {
    for (JsonNode event : Values.parse(history).get("events")) {
      if (event.path("type").asString().equals(type)) {
        return event.path("id").asLong();
      }
    }
    throw new AssertionError("no " + type + " in " + history);
  }

  private static JsonNode event(String history, long id) {
    return Values.parse(history).get("events").get((int) id - 1);
  }

  private static long lastId(String history, String type) {
    long last = -1;
    for (JsonNode event : Values.parse(history).get("events")) {
      if (event.path("type").asString().equals(type)) {
        last = event.path("id").asLong();
      }
    }
    return last;
  }
}
