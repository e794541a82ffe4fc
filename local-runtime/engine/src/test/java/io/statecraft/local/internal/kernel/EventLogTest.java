package io.statecraft.local.internal.kernel;

import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.internal.json.Values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The columns must give back every event as it was recorded, and snapshots must not move. */
class EventLogTest {

  @Test
  void givesBackEachEventWithItsIdLinkTimeAndDetails() {
    EventLog log = new EventLog(4);
    ObjectNode input = Values.object();
    input.put("a", 1);
    ObjectNode task = Values.object();
    task.put("resource", "invoke");
    log.append(HistoryEventType.EXECUTION_STARTED, 0, 1000, "role", input);
    log.append(HistoryEventType.TASK_STATE_ENTERED, 0, 1001, "Call", input);
    log.append(HistoryEventType.TASK_FAILED, 2, 1002, null, null, 0, "Boom", "it broke", task);
    log.append(HistoryEventType.MAP_ITERATION_STARTED, 3, 1003, "Each", null, 7, null, null, null);

    List<HistoryEvent> events = log.snapshot();

    assertThat(events).extracting(HistoryEvent::id).containsExactly(1L, 2L, 3L, 4L);
    assertThat(events).extracting(HistoryEvent::previousEventId).containsExactly(0L, 0L, 2L, 3L);
    assertThat(events).extracting(HistoryEvent::timestampMillis)
        .containsExactly(1000L, 1001L, 1002L, 1003L);
    assertThat(events.get(1).stateName()).isEqualTo("Call");
    assertThat(events.get(1).value()).isEqualTo(input).isNotSameAs(input);
    assertThat(events.get(2).error()).isEqualTo("Boom");
    assertThat(events.get(2).cause()).isEqualTo("it broke");
    assertThat(events.get(2).details().path("resource").asString()).isEqualTo("invoke");
    assertThat(events.get(3).details().path("index").asLong()).isEqualTo(7);
    assertThat(events.get(0).error()).isNull();
  }

  @Test
  void aSnapshotKeepsItsEventsWhileTheLogGrowsPastItsArrays() {
    EventLog log = new EventLog(16);
    for (int i = 0; i < 10; i++) {
      log.append(HistoryEventType.PASS_STATE_ENTERED, i, i, "S" + i, null);
    }
    List<HistoryEvent> before = log.snapshot();
    for (int i = 10; i < 100; i++) {
      log.append(HistoryEventType.TASK_FAILED, i, i, "S" + i, null, 0, "E" + i, null, null);
    }

    assertThat(before).hasSize(10);
    assertThat(before.get(9).stateName()).isEqualTo("S9");
    assertThat(before.get(9).error()).isNull();
    List<HistoryEvent> after = log.snapshot();
    assertThat(after).hasSize(100);
    assertThat(after.get(99).error()).isEqualTo("E99");
    assertThat(after.get(10).stateName()).isEqualTo("S10");
  }

  @Test
  void aSnapshotIsReadOnlyAndChecksItsBounds() {
    EventLog log = new EventLog(0);
    log.append(HistoryEventType.EXECUTION_STARTED, 0, 0, null, null);
    List<HistoryEvent> events = log.snapshot();

    assertThat(events.get(0)).isSameAs(events.get(0));
    assertThatThrownBy(() -> events.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> events.add(events.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
