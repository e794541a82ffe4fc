package io.statecraft.local.replay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Replays of a distributed Map: its Map Run's child executions are not in the parent's history,
 * so the Map Run's outcome and the state's output come from the record; what the parent's
 * history holds (the number of items, the states before and after) is still checked.
 */
class ReplayDistributedMapTest {

  private static final String MAP = """
      {"StartAt": "Fan", "States": {
        "Fan": {"Type": "Map", "ItemsPath": "$.items",
          "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED",
            "ExecutionType": "STANDARD"}, "StartAt": "Work",
            "States": {"Work": {"Type": "Pass", "End": true}}},
          "Next": "After"},
        "After": {"Type": "Pass", "End": true}}}""";

  private static final String STARTED = """
      {"events": [
      {"id":1,"previousEventId":0,"timestamp":1704067200,"type":"ExecutionStarted",
       "executionStartedEventDetails":{"input":"{\\"items\\":[1,2],\\"few\\":[1]}"}},
      {"id":2,"previousEventId":0,"timestamp":1704067200,"type":"MapStateEntered",
       "stateEnteredEventDetails":{"name":"Fan","input":"{\\"items\\":[1,2],\\"few\\":[1]}"}},
      {"id":3,"previousEventId":2,"timestamp":1704067200,"type":"MapStateStarted",
       "mapStateStartedEventDetails":{"length":2}},
      {"id":4,"previousEventId":3,"timestamp":1704067200,"type":"MapRunStarted",
       "mapRunStartedEventDetails":{"mapRunArn":
         "arn:aws:states:us-east-1:123456789012:mapRun:M/Fan:5a1e2b3c-aaaa-bbbb-cccc-0123456789ab"}},
      """;

  private static final String SUCCEEDED = STARTED + """
      {"id":5,"previousEventId":4,"timestamp":1704067260,"type":"MapRunSucceeded"},
      {"id":6,"previousEventId":5,"timestamp":1704067260,"type":"MapStateSucceeded"},
      {"id":7,"previousEventId":5,"timestamp":1704067260,"type":"MapStateExited",
       "stateExitedEventDetails":{"name":"Fan","output":"[10,20]"}},
      {"id":8,"previousEventId":7,"timestamp":1704067260,"type":"PassStateEntered",
       "stateEnteredEventDetails":{"name":"After","input":"[10,20]"}},
      {"id":9,"previousEventId":8,"timestamp":1704067260,"type":"PassStateExited",
       "stateExitedEventDetails":{"name":"After","output":"[10,20]"}},
      {"id":10,"previousEventId":9,"timestamp":1704067260,"type":"ExecutionSucceeded",
       "executionSucceededEventDetails":{"output":"[10,20]"}}
      ]}""";

  private static final String FAILED = STARTED + """
      {"id":5,"previousEventId":4,"timestamp":1704067260,"type":"MapRunFailed",
       "mapRunFailedEventDetails":{"error":"States.ExceedToleratedFailureThreshold",
         "cause":"The specified tolerated failure threshold was exceeded"}},
      {"id":6,"previousEventId":5,"timestamp":1704067260,"type":"MapStateFailed"},
      {"id":7,"previousEventId":6,"timestamp":1704067260,"type":"ExecutionFailed",
       "executionFailedEventDetails":{"error":"States.ExceedToleratedFailureThreshold",
         "cause":"The specified tolerated failure threshold was exceeded"}}
      ]}""";

  @Test
  void should_report_a_history_that_goes_on_from_the_map_run_without_its_end() {
    // GIVEN
    String history = STARTED + """
        {"id":5,"previousEventId":4,"timestamp":1704067260,"type":"MapStateFailed"}
        ]}""";
    // WHEN
    Divergence divergence = Replayer.ofJson(MAP).checkJson(history).divergence().orElseThrow();
    // THEN
    assertThat(divergence.eventId()).isEqualTo(5);
    assertThat(divergence.actual()).isEqualTo("state 'Fan' waits for its Map Run to end");
  }

  @Test
  void should_replay_a_succeeded_map_run_with_the_recorded_output() {
    // WHEN
    ReplayResult result = Replayer.ofJson(MAP).checkJson(SUCCEEDED);
    // THEN
    assertThat(result.consistent()).as(result.summary()).isTrue();
    assertThat(result.notes()).contains("state 'Fan' is a distributed Map: its Map Run's child"
        + " executions were not replayed (they are executions of their own), and the state's"
        + " output is the one recorded");
  }

  @Test
  void should_report_a_map_over_other_items_at_map_state_started() {
    // WHEN
    Divergence divergence = Replayer.ofJson(MAP.replace("$.items", "$.few"))
        .checkJson(SUCCEEDED).divergence().orElseThrow();
    // THEN
    assertThat(divergence.eventId()).isEqualTo(3);
    assertThat(divergence.expected()).isEqualTo("in state 'Fan' MapStateStarted's length was 2");
    assertThat(divergence.actual()).isEqualTo("in state 'Fan' MapStateStarted's length is 1");
  }

  @Test
  void should_report_a_changed_state_after_the_map() {
    // WHEN
    Divergence divergence = Replayer.ofJson(MAP.replace(
        "\"After\": {\"Type\": \"Pass\",", "\"After\": {\"Type\": \"Pass\", \"Result\": 0,"))
        .checkJson(SUCCEEDED).divergence().orElseThrow();
    // THEN
    assertThat(divergence.eventId()).isEqualTo(9);
    assertThat(divergence.stateName()).isEqualTo("After");
    assertThat(divergence.expected()).isEqualTo("state 'After' produced output [10,20]");
    assertThat(divergence.actual()).isEqualTo("state 'After' produces output 0");
  }

  @Test
  void should_replay_a_failed_map_run_and_report_a_catch_the_history_did_not_take() {
    // WHEN
    ReplayResult same = Replayer.ofJson(MAP).checkJson(FAILED);
    Divergence caught = Replayer.ofJson(MAP.replace("\"Next\": \"After\"",
        "\"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"After\"}],"
        + " \"Next\": \"After\"")).checkJson(FAILED).divergence().orElseThrow();
    // THEN
    assertThat(same.consistent()).as(same.summary()).isTrue();
    assertThat(caught.eventId()).isEqualTo(7);
    assertThat(caught.stateName()).isEqualTo("Fan");
  }
}
