package io.statecraft.local.replay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Replays of histories in which AWS recorded one Map iteration's events between another's steps
 * of one Task state (TaskScheduled, TaskStarted, the answer): the replay follows that order, and
 * still reports a change at the event where it shows.
 */
class ReplayInterleavedTest {

  private static final String MAP = """
      {"StartAt": "Each", "States": {
        "Each": {"Type": "Map", "ItemsPath": "$.items",
          "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Call",
            "States": {"Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
              "Parameters": {"FunctionName": "f", "Payload.$": "$"}, "End": true}}},
          "End": true}}}""";

  /**
   * Iteration 0 and 1 scheduled one after the other, both started, then iteration 1 answered
   * and ended first: the order AWS may record.
   */
  private static final String HISTORY = """
      {"events": [
      {"id":1,"previousEventId":0,"timestamp":1704067200,"type":"ExecutionStarted",
       "executionStartedEventDetails":{"input":"{\\"items\\":[1,2]}"}},
      {"id":2,"previousEventId":0,"timestamp":1704067200,"type":"MapStateEntered",
       "stateEnteredEventDetails":{"name":"Each","input":"{\\"items\\":[1,2]}"}},
      {"id":3,"previousEventId":2,"timestamp":1704067200,"type":"MapStateStarted",
       "mapStateStartedEventDetails":{"length":2}},
      {"id":4,"previousEventId":3,"timestamp":1704067200,"type":"MapIterationStarted",
       "mapIterationStartedEventDetails":{"name":"Each","index":0}},
      {"id":5,"previousEventId":3,"timestamp":1704067200,"type":"MapIterationStarted",
       "mapIterationStartedEventDetails":{"name":"Each","index":1}},
      {"id":6,"previousEventId":4,"timestamp":1704067200,"type":"TaskStateEntered",
       "stateEnteredEventDetails":{"name":"Call","input":"1"}},
      {"id":7,"previousEventId":6,"timestamp":1704067200,"type":"TaskScheduled",
       "taskScheduledEventDetails":{"resourceType":"lambda","resource":"invoke",
         "region":"us-east-1","parameters":"{\\"FunctionName\\":\\"f\\",\\"Payload\\":1}"}},
      {"id":8,"previousEventId":5,"timestamp":1704067200,"type":"TaskStateEntered",
       "stateEnteredEventDetails":{"name":"Call","input":"2"}},
      {"id":9,"previousEventId":8,"timestamp":1704067200,"type":"TaskScheduled",
       "taskScheduledEventDetails":{"resourceType":"lambda","resource":"invoke",
         "region":"us-east-1","parameters":"{\\"FunctionName\\":\\"f\\",\\"Payload\\":2}"}},
      {"id":10,"previousEventId":7,"timestamp":1704067200,"type":"TaskStarted",
       "taskStartedEventDetails":{"resourceType":"lambda","resource":"invoke"}},
      {"id":11,"previousEventId":9,"timestamp":1704067200,"type":"TaskStarted",
       "taskStartedEventDetails":{"resourceType":"lambda","resource":"invoke"}},
      {"id":12,"previousEventId":11,"timestamp":1704067201,"type":"TaskSucceeded",
       "taskSucceededEventDetails":{"resourceType":"lambda","resource":"invoke",
         "output":"{\\"Payload\\":20}"}},
      {"id":13,"previousEventId":10,"timestamp":1704067202,"type":"TaskSucceeded",
       "taskSucceededEventDetails":{"resourceType":"lambda","resource":"invoke",
         "output":"{\\"Payload\\":10}"}},
      {"id":14,"previousEventId":12,"timestamp":1704067202,"type":"TaskStateExited",
       "stateExitedEventDetails":{"name":"Call","output":"{\\"Payload\\":20}"}},
      {"id":15,"previousEventId":14,"timestamp":1704067202,"type":"MapIterationSucceeded",
       "mapIterationSucceededEventDetails":{"name":"Each","index":1}},
      {"id":16,"previousEventId":13,"timestamp":1704067202,"type":"TaskStateExited",
       "stateExitedEventDetails":{"name":"Call","output":"{\\"Payload\\":10}"}},
      {"id":17,"previousEventId":16,"timestamp":1704067202,"type":"MapIterationSucceeded",
       "mapIterationSucceededEventDetails":{"name":"Each","index":0}},
      {"id":18,"previousEventId":17,"timestamp":1704067202,"type":"MapStateSucceeded"},
      {"id":19,"previousEventId":17,"timestamp":1704067202,"type":"MapStateExited",
       "stateExitedEventDetails":{"name":"Each",
         "output":"[{\\"Payload\\":10},{\\"Payload\\":20}]"}},
      {"id":20,"previousEventId":19,"timestamp":1704067202,"type":"ExecutionSucceeded",
       "executionSucceededEventDetails":{"output":"[{\\"Payload\\":10},{\\"Payload\\":20}]"}}
      ]}""";

  /**
   * Iteration 0 fails while iteration 1's call runs; iteration 1's answer comes before the
   * failure stops it, and AWS links the events that stop both to the failing one.
   */
  private static final String FAILED = """
      {"events": [
      {"id":1,"previousEventId":0,"timestamp":1704067200,"type":"ExecutionStarted",
       "executionStartedEventDetails":{"input":"{\\"items\\":[1,2]}"}},
      {"id":2,"previousEventId":0,"timestamp":1704067200,"type":"MapStateEntered",
       "stateEnteredEventDetails":{"name":"Each","input":"{\\"items\\":[1,2]}"}},
      {"id":3,"previousEventId":2,"timestamp":1704067200,"type":"MapStateStarted",
       "mapStateStartedEventDetails":{"length":2}},
      {"id":4,"previousEventId":3,"timestamp":1704067200,"type":"MapIterationStarted",
       "mapIterationStartedEventDetails":{"name":"Each","index":0}},
      {"id":5,"previousEventId":3,"timestamp":1704067200,"type":"MapIterationStarted",
       "mapIterationStartedEventDetails":{"name":"Each","index":1}},
      {"id":6,"previousEventId":4,"timestamp":1704067200,"type":"TaskStateEntered",
       "stateEnteredEventDetails":{"name":"Call","input":"1"}},
      {"id":7,"previousEventId":6,"timestamp":1704067200,"type":"TaskScheduled",
       "taskScheduledEventDetails":{"resourceType":"lambda","resource":"invoke",
         "region":"us-east-1","parameters":"{\\"FunctionName\\":\\"f\\",\\"Payload\\":1}"}},
      {"id":8,"previousEventId":7,"timestamp":1704067200,"type":"TaskStarted",
       "taskStartedEventDetails":{"resourceType":"lambda","resource":"invoke"}},
      {"id":9,"previousEventId":5,"timestamp":1704067200,"type":"TaskStateEntered",
       "stateEnteredEventDetails":{"name":"Call","input":"2"}},
      {"id":10,"previousEventId":9,"timestamp":1704067200,"type":"TaskScheduled",
       "taskScheduledEventDetails":{"resourceType":"lambda","resource":"invoke",
         "region":"us-east-1","parameters":"{\\"FunctionName\\":\\"f\\",\\"Payload\\":2}"}},
      {"id":11,"previousEventId":10,"timestamp":1704067200,"type":"TaskStarted",
       "taskStartedEventDetails":{"resourceType":"lambda","resource":"invoke"}},
      {"id":12,"previousEventId":8,"timestamp":1704067201,"type":"TaskFailed",
       "taskFailedEventDetails":{"resourceType":"lambda","resource":"invoke",
         "error":"Boom","cause":"bad"}},
      {"id":13,"previousEventId":11,"timestamp":1704067201,"type":"TaskSucceeded",
       "taskSucceededEventDetails":{"resourceType":"lambda","resource":"invoke",
         "output":"{\\"Payload\\":20}"}},
      {"id":14,"previousEventId":12,"timestamp":1704067201,"type":"MapIterationFailed",
       "mapIterationFailedEventDetails":{"name":"Each","index":0}},
      {"id":15,"previousEventId":12,"timestamp":1704067201,"type":"TaskStateAborted"},
      {"id":16,"previousEventId":12,"timestamp":1704067201,"type":"MapIterationAborted",
       "mapIterationAbortedEventDetails":{"name":"Each","index":1}},
      {"id":17,"previousEventId":12,"timestamp":1704067201,"type":"TaskStateAborted"},
      {"id":18,"previousEventId":12,"timestamp":1704067201,"type":"MapStateFailed"},
      {"id":19,"previousEventId":18,"timestamp":1704067201,"type":"ExecutionFailed",
       "executionFailedEventDetails":{"error":"Boom","cause":"bad"}}
      ]}""";

  @Test
  void should_replay_a_failed_iteration_whose_sibling_answered_before_it_was_stopped() {
    // WHEN
    ReplayResult result = Replayer.ofJson(MAP).checkJson(FAILED);
    // THEN
    assertThat(result.consistent()).as(result.summary()).isTrue();
  }

  @Test
  void should_report_a_catch_the_failed_iteration_did_not_take_where_it_failed() {
    // GIVEN
    String caught = MAP.replace("\"Payload.$\": \"$\"}, \"End\": true}",
        "\"Payload.$\": \"$\"}, \"Catch\": [{\"ErrorEquals\": [\"Boom\"],"
        + " \"Next\": \"Handled\"}], \"End\": true},"
        + " \"Handled\": {\"Type\": \"Pass\", \"End\": true}");
    // WHEN
    Divergence divergence = Replayer.ofJson(caught).checkJson(FAILED).divergence().orElseThrow();
    // THEN
    assertThat(divergence.eventId()).isEqualTo(14);
    assertThat(divergence.stateName()).isEqualTo("Each");
    assertThat(divergence.expected()).isEqualTo("recorded MapIterationFailed in state 'Each'");
    assertThat(divergence.actual()).isEqualTo("leaves state 'Call'");
  }

  @Test
  void should_replay_as_consistent_when_another_iteration_comes_between_a_tasks_steps() {
    // WHEN
    ReplayResult result = Replayer.ofJson(MAP).checkJson(HISTORY);
    // THEN
    assertThat(result.consistent()).as(result.summary()).isTrue();
    assertThat(result.eventsChecked()).isEqualTo(20);
  }

  @Test
  void should_report_a_change_in_one_iteration_at_that_iterations_event() {
    // GIVEN: the history says iteration 1 sent another payload
    String history = HISTORY.replace("\\\"Payload\\\":2}", "\\\"Payload\\\":3}");
    // WHEN
    Divergence divergence = Replayer.ofJson(MAP).checkJson(history).divergence().orElseThrow();
    // THEN
    assertThat(divergence.eventId()).isEqualTo(9);
    assertThat(divergence.stateName()).isEqualTo("Call");
    assertThat(divergence.expected()).contains("\"Payload\":3");
    assertThat(divergence.actual()).contains("\"Payload\":2");
  }

  @Test
  void should_report_a_changed_output_at_the_first_iteration_the_history_ended() {
    // GIVEN: the task's output is its payload now
    String changed = MAP.replace("\"Payload.$\": \"$\"}, \"End\": true}",
        "\"Payload.$\": \"$\"}, \"OutputPath\": \"$.Payload\", \"End\": true}");
    // WHEN
    Divergence divergence = Replayer.ofJson(changed).checkJson(HISTORY).divergence()
        .orElseThrow();
    // THEN: iteration 1 exited first (event 14), before iteration 0's answer was replayed
    assertThat(divergence.eventId()).isEqualTo(14);
    assertThat(divergence.expected()).isEqualTo("state 'Call' produced output {\"Payload\":20}");
    assertThat(divergence.actual()).isEqualTo("state 'Call' produces output 20");
  }
}
