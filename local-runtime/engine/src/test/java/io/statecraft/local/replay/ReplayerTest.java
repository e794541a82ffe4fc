package io.statecraft.local.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a replay of a recorded history reports when the definition is the same or changed. */
class ReplayerTest {

  private static final String PAID = ReplayFlows.paidHistory();

  @Test
  void should_be_consistent_when_the_definition_is_the_one_that_ran() {
    // WHEN
    ReplayResult result = Replayer.ofJson(ReplayFlows.ORDER).checkJson(PAID);
    // THEN
    assertThat(result.consistent()).as(result.summary()).isTrue();
    assertThat(result.eventCount()).isEqualTo(15);
    assertThat(result.eventsChecked()).isEqualTo(15);
    assertThat(result.notes()).isEmpty();
    assertThat(result.summary()).isEqualTo("consistent (15 events)");
  }

  @Test
  void should_report_the_branch_when_a_choice_rule_changed() {
    // GIVEN
    String definition = ReplayFlows.changed("\"BooleanEquals\": true", "\"BooleanEquals\": false");
    // WHEN
    Divergence divergence = Replayer.ofJson(definition).checkJson(PAID).divergence()
        .orElseThrow();
    // THEN
    assertThat(divergence).isEqualTo(new Divergence(9, "Paid?",
        "Choice state 'Paid?' went on to state 'Receipt'",
        "Choice state 'Paid?' goes on to state 'Remind'"));
  }

  @Test
  void should_report_the_output_when_a_pass_result_changed() {
    // GIVEN
    String definition = ReplayFlows.changed("{\"sent\": true}", "{\"sent\": false}");
    // WHEN
    Divergence divergence = Replayer.ofJson(definition).checkJson(PAID).divergence()
        .orElseThrow();
    // THEN
    assertThat(divergence.eventId()).isEqualTo(10);
    assertThat(divergence.stateName()).isEqualTo("Receipt");
    assertThat(divergence.expected()).isEqualTo("state 'Receipt' produced output"
        + " {\"amount\":42,\"charge\":{\"paid\":true},\"receipt\":{\"sent\":true}}");
    assertThat(divergence.actual()).isEqualTo("state 'Receipt' produces output"
        + " {\"amount\":42,\"charge\":{\"paid\":true},\"receipt\":{\"sent\":false}}"
        + " (first difference at output/receipt/sent)");
  }

  @Test
  void should_report_the_parameters_when_a_value_sent_to_a_service_changed() {
    // GIVEN
    String definition = ReplayFlows.changed("\"currency\": \"EUR\"", "\"currency\": \"USD\"");
    // WHEN
    Divergence divergence = Replayer.ofJson(definition).checkJson(PAID).divergence()
        .orElseThrow();
    // THEN
    assertThat(divergence.eventId()).isEqualTo(3);
    assertThat(divergence.stateName()).isEqualTo("Charge");
    assertThat(divergence.expected()).isEqualTo("state 'Charge' sent parameters"
        + " {\"FunctionName\":\"charge\",\"Payload\":{\"amount\":42,\"currency\":\"EUR\"}}");
    assertThat(divergence.actual()).isEqualTo("state 'Charge' sends parameters"
        + " {\"FunctionName\":\"charge\",\"Payload\":{\"amount\":42,\"currency\":\"USD\"}}"
        + " (first difference at parameters/Payload/currency)");
  }

  @Test
  void should_report_a_retry_the_history_did_not_make() {
    // GIVEN
    String history = ReplayFlows.declinedHistory();
    String definition = ReplayFlows.changed("\"ResultPath\": \"$.charge\",",
        "\"ResultPath\": \"$.charge\", \"Retry\": [{\"ErrorEquals\": [\"Payment.Declined\"]}],");
    // WHEN
    Divergence divergence = Replayer.ofJson(definition).checkJson(history).divergence()
        .orElseThrow();
    // THEN
    assertThat(divergence).isEqualTo(new Divergence(6, "Charge",
        "the execution failed with error Payment.Declined",
        "retries state 'Charge' after Payment.Declined (schedules its task again)"));
  }

  @Test
  void should_report_a_retry_the_history_made_and_the_definition_does_not() {
    // GIVEN a history where Charge failed once and its retry succeeded
    String withRetry = ReplayFlows.changed("\"ResultPath\": \"$.charge\",",
        "\"ResultPath\": \"$.charge\", \"Retry\": [{\"ErrorEquals\": [\"Payment.Declined\"]}],");
    int[] calls = {0};
    String history;
    try (io.statecraft.local.LocalStepFunctions sfn = io.statecraft.local.LocalStepFunctions
        .builder()
        .task("Charge", (input, context) -> {
          if (calls[0]++ == 0) {
            throw new io.statecraft.local.task.TaskFailure("Payment.Declined", "try again");
          }
          return io.statecraft.local.internal.json.Values.parse("{\"paid\": true}");
        })
        .build()) {
      history = io.statecraft.local.internal.json.Values.text(
          sfn.load("Orders", withRetry).run(ReplayFlows.INPUT).history().toJson());
    }
    // WHEN
    ReplayResult same = Replayer.ofJson(withRetry).checkJson(history);
    Divergence divergence = Replayer.ofJson(ReplayFlows.ORDER).checkJson(history).divergence()
        .orElseThrow();
    // THEN
    assertThat(same.consistent()).as(same.summary()).isTrue();
    assertThat(divergence).isEqualTo(new Divergence(6, "Charge",
        "retried state 'Charge' after Payment.Declined (scheduled its task again)",
        "the execution fails with error Payment.Declined"));
  }

  @Test
  void should_report_the_wait_when_its_duration_changed() {
    // GIVEN
    String definition = ReplayFlows.changed("\"Seconds\": 10", "\"Seconds\": 60");
    // WHEN
    Divergence divergence = Replayer.ofJson(definition).checkJson(PAID).divergence()
        .orElseThrow();
    // THEN
    assertThat(divergence).isEqualTo(new Divergence(12, "Pause",
        "Wait state 'Pause' waited 10 s", "Wait state 'Pause' waits 60 s"));
  }

  @Test
  void should_report_a_state_the_definition_no_longer_has() {
    // GIVEN
    String definition = ReplayFlows.changed("\"Next\": \"Pause\"", "\"Next\": \"Done\"");
    // WHEN
    Divergence divergence = Replayer.ofJson(definition).checkJson(PAID).divergence()
        .orElseThrow();
    // THEN
    assertThat(divergence).isEqualTo(new Divergence(11, "Pause", "entered state 'Pause'",
        "enters state 'Done'"));
    assertThat(Replayer.ofJson(definition).checkJson(PAID).summary()).isEqualTo("""
        divergent at event 11 (state 'Pause')
          history:    entered state 'Pause'
          definition: enters state 'Done'""");
  }

  @Test
  void should_compare_states_order_and_errors_only_when_the_history_has_no_data() {
    // GIVEN a history as get-execution-history --no-include-execution-data prints it
    String definition = """
        {"StartAt": "Hello", "States": {
          "Hello": {"Type": "Pass", "Result": {"a": 1}, "Next": "Nap"},
          "Nap": {"Type": "Wait", "Seconds": 5, "End": true}}}""";
    String history;
    try (io.statecraft.local.LocalStepFunctions sfn =
        io.statecraft.local.LocalStepFunctions.newInstance()) {
      history = withoutData(sfn.load("Hello", definition).run("{}").history().toJson());
    }
    // WHEN
    ReplayResult result = Replayer.ofJson(definition).checkJson(history);
    ReplayResult changed = Replayer.ofJson(definition.replace("\"Seconds\": 5",
        "\"Seconds\": 50")).checkJson(history);
    // THEN
    assertThat(result.consistent()).as(result.summary()).isTrue();
    assertThat(result.notes()).containsExactly("the history holds no inputs, outputs or"
        + " parameters (it was read with includeExecutionData=false): states, their order and"
        + " errors were compared, and each task result was replayed as {}",
        "the history holds no execution input: the replay ran with {}");
    assertThat(changed.divergence().orElseThrow().eventId()).isEqualTo(5);
  }

  /** {@code history} without what includeExecutionData=false leaves out. */
  private static String withoutData(tools.jackson.databind.JsonNode history) {
    for (tools.jackson.databind.JsonNode event : history.get("events")) {
      for (tools.jackson.databind.JsonNode details : event) {
        if (details instanceof tools.jackson.databind.node.ObjectNode fields) {
          fields.remove(List.of("input", "output", "parameters", "inputDetails",
              "outputDetails"));
        }
      }
    }
    return io.statecraft.local.internal.json.Values.text(history);
  }

  @Test
  void should_check_a_history_cut_while_the_execution_ran_up_to_its_end() {
    // GIVEN the first 8 events: the execution had just left the Choice state
    String history = "{\"events\":" + events(PAID).subList(0, 8) + "}";
    // WHEN
    ReplayResult result = Replayer.ofJson(ReplayFlows.ORDER).checkJson(history);
    // THEN
    assertThat(result.consistent()).isTrue();
    assertThat(result.notes()).containsExactly("the history ends at event 8 while the"
        + " execution still runs: it was checked up to there");
  }

  @Test
  void should_run_under_the_execution_arn_given_so_the_context_object_is_as_recorded() {
    // GIVEN a history whose Pass state output holds the execution's name
    String definition = """
        {"StartAt": "Who", "States": {"Who": {"Type": "Pass",
          "Parameters": {"name.$": "$$.Execution.Name", "id.$": "$$.Execution.Id"},
          "End": true}}}""";
    String history;
    try (io.statecraft.local.LocalStepFunctions sfn = io.statecraft.local.LocalStepFunctions
        .builder().account("eu-west-1", "111122223333").build()) {
      history = io.statecraft.local.internal.json.Values.text(sfn.load("Orders", definition)
          .start("order-7", io.statecraft.local.internal.json.Values.object())
          .await(java.time.Duration.ofSeconds(10)).history().toJson());
    }
    String arn = "arn:aws:states:eu-west-1:111122223333:execution:Orders:order-7";
    // WHEN
    ReplayResult right = Replayer.ofJson(definition).executionArn(arn).checkJson(history);
    ReplayResult wrong = Replayer.ofJson(definition).executionArn(arn.replace("order-7",
        "order-8")).checkJson(history);
    ReplayResult unknown = Replayer.ofJson(definition).checkJson(history);
    // THEN
    assertThat(right.consistent()).as(right.summary()).isTrue();
    assertThat(wrong.divergence().orElseThrow().actual()).isEqualTo("state 'Who' produces"
        + " output {\"name\":\"order-8\",\"id\":\"" + arn.replace("order-7", "order-8")
        + "\"} (first difference at output/name)");
    assertThat(unknown.consistent()).as(unknown.summary()).isTrue();
  }

  @Test
  void should_refuse_an_execution_arn_of_another_shape() {
    assertThatThrownBy(() -> Replayer.ofJson(ReplayFlows.ORDER).executionArn("order-7"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("executionArn must read arn:aws:states:REGION:ACCOUNT:execution:"
            + "STATE_MACHINE:NAME, was order-7");
  }

  private static List<String> events(String history) {
    tools.jackson.databind.JsonNode events = io.statecraft.local.internal.json.Values
        .parse(history).get("events");
    List<String> texts = new java.util.ArrayList<>();
    events.forEach(e -> texts.add(io.statecraft.local.internal.json.Values.text(e)));
    return texts;
  }
}
