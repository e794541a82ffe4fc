package io.statecraft.local.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.local.internal.json.Values;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The shapes of history a replay reads: the AWS CLI's, in pages, in either order. */
class HistoryReadingTest {

  private static final String PAID = ReplayFlows.paidHistory();
  private static final Replayer REPLAYER = Replayer.ofJson(ReplayFlows.ORDER);

  @Test
  void should_read_a_history_in_reverse_order() {
    // GIVEN get-execution-history --reverse-order
    List<JsonNode> events = events();
    Collections.reverse(events);
    // WHEN
    ReplayResult result = REPLAYER.checkJson("{\"events\":" + events + "}");
    // THEN
    assertThat(result.consistent()).as(result.summary()).isTrue();
    assertThat(result.eventCount()).isEqualTo(15);
  }

  @Test
  void should_read_pages_one_after_another_and_pages_in_an_array() {
    // GIVEN two pages with their nextToken, as --max-items prints them
    List<JsonNode> events = events();
    String first = "{\"events\":" + events.subList(0, 7) + ",\"nextToken\":\"abc\"}";
    String second = "{\"events\":" + events.subList(7, 15) + "}";
    // WHEN
    ReplayResult concatenated = REPLAYER.checkJson(second + "\n" + first);
    ReplayResult array = REPLAYER.checkJson("[" + first + "," + second + "]");
    // THEN
    assertThat(concatenated.consistent()).as(concatenated.summary()).isTrue();
    assertThat(array.consistent()).as(array.summary()).isTrue();
  }

  @Test
  void should_read_a_bare_array_with_the_cli_timestamps_and_data_as_json_values() {
    // GIVEN ISO-8601 timestamps as the AWS CLI prints them, and inputs given as JSON values
    List<JsonNode> events = events();
    for (JsonNode event : events) {
      ObjectNode fields = (ObjectNode) event;
      BigDecimal seconds = fields.get("timestamp").decimalValue();
      fields.put("timestamp", Instant.ofEpochMilli(seconds.movePointRight(3).longValue())
          .atOffset(java.time.ZoneOffset.ofHours(1)).toString());
      fields.properties().forEach(field -> {
        if (field.getValue() instanceof ObjectNode details && details.has("input")) {
          details.set("input", Values.parse(details.get("input").asString()));
        }
      });
    }
    // WHEN
    ReplayResult result = REPLAYER.checkJson(events.toString());
    // THEN
    assertThat(result.consistent()).as(result.summary()).isTrue();
  }

  @Test
  void should_refuse_what_is_no_history() {
    assertThatThrownBy(() -> REPLAYER.checkJson("{\"events\": 3"))
        .isInstanceOf(InvalidHistoryException.class)
        .hasMessageStartingWith("not an execution history: it is not JSON: ");
    assertThatThrownBy(() -> REPLAYER.checkJson("{\"executions\": []}"))
        .isInstanceOf(InvalidHistoryException.class)
        .hasMessage("not an execution history: expected {\"events\":[...]} or an array of"
            + " events, found {\"executions\":[]}");
    assertThatThrownBy(() -> REPLAYER.checkJson("{\"events\": []}"))
        .isInstanceOf(InvalidHistoryException.class)
        .hasMessage("not an execution history: it holds no events; expected {\"events\":[...]}"
            + " as aws stepfunctions get-execution-history prints it, or an array of events");
  }

  @Test
  void should_refuse_an_event_id_past_the_range_of_a_long() {
    assertThatThrownBy(() -> REPLAYER.checkJson("{\"events\": [{\"id\": 9223372036854775808,"
        + " \"type\": \"ExecutionStarted\"}]}"))
        .isInstanceOf(InvalidHistoryException.class)
        .hasMessageStartingWith("not an execution history: an event needs a numeric id, was ");
  }

  @Test
  void should_refuse_a_history_with_a_page_missing() {
    // GIVEN the second page only, then the first page without its last event
    List<JsonNode> events = events();
    List<JsonNode> gap = new ArrayList<>(events);
    gap.remove(6);
    // THEN
    assertThatThrownBy(() -> REPLAYER.checkJson("{\"events\":" + events.subList(7, 15) + "}"))
        .isInstanceOf(InvalidHistoryException.class)
        .hasMessage("not an execution history: it starts with event 8 (ChoiceStateExited); a"
            + " history starts with ExecutionStarted, event 1. Give every page of the history");
    assertThatThrownBy(() -> REPLAYER.checkJson("{\"events\":" + gap + "}"))
        .isInstanceOf(InvalidHistoryException.class)
        .hasMessage("not an execution history: event 7 is missing (the next is event 8); give"
            + " every page of the history");
  }

  private static List<JsonNode> events() {
    List<JsonNode> events = new ArrayList<>();
    Values.parse(PAID).get("events").forEach(events::add);
    return events;
  }
}
