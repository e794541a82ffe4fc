package io.statecraft.local.internal.replay;

import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.internal.kernel.Replay;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compares each event a replay regenerates with the recorded one beyond type, state, ids and
 * error: every detail the record holds (parameters sent, inputs, outputs, causes, resources),
 * as JSON. What the record lacks is not compared; what a replay cannot know (the execution's
 * ARN and name unless given, task tokens) matches whatever the record holds.
 */
public final class EventCheck implements Replay.Check {

  /** Details that say how AWS kept a value, or what it alone knows. */
  private static final Set<String> NOT_COMPARED = Set.of("inputDetails", "outputDetails",
      "assignedVariablesDetails", "roleArn", "stateMachineAliasArn", "stateMachineVersionArn",
      "mapRunArn");
  private static final Set<String> DATA = Set.of("input", "output", "parameters");
  /** Task tokens the runtime issues: "AQB" and 96 bytes in URL-safe base64. */
  private static final int TOKEN_LENGTH = 3 + 128;
  /** How much earlier than due a recorded Wait may end (timestamps are rounded to ms). */
  private static final long EARLY_SLACK_MILLIS = 1_000;
  /** How much later than due a recorded Wait may end, at least. */
  private static final long LATE_SLACK_MILLIS = 5_000;

  private final Map<Long, HistoryEvent> recorded = new HashMap<>();
  private final Words words;
  private final boolean wildcards;
  private final boolean withData;
  private final Predicate<String> ours;
  private final List<String> notes = new java.util.ArrayList<>();
  private long lastMatched;
  /** The last difference found in a detail: what the history did and what the definition does. */
  private String[] lastDifference;

  /**
   * @param events the recorded history
   * @param wildcards whether the record is a recording with placeholders ({@code <token>},
   *     {@code "timestamp"}) that stand for any value
   * @param withData whether the record holds inputs and outputs
   * @param unknown texts of the replay that the record cannot hold (the execution's ARN and
   *     name when the user did not give them): they match any recorded text
   */
  public EventCheck(List<HistoryEvent> events, boolean wildcards, boolean withData,
      Set<String> unknown) {
    for (HistoryEvent event : events) {
      recorded.put(event.id(), event);
    }
    this.words = new Words(recorded);
    this.wildcards = wildcards;
    this.withData = withData;
    this.ours = text -> unknown.contains(text)
        || text.length() == TOKEN_LENGTH && text.startsWith("AQB");
  }

  @Override
  public void compare(HistoryEvent expected, HistoryEvent made) {
    if (expected.type() != HistoryEventType.EXECUTION_STARTED) {
      ObjectNode want = expected.details();
      ObjectNode got = made.details();
      if (want != null) {
        for (Map.Entry<String, JsonNode> field : want.properties()) {
          compareField(expected, made, field.getKey(), field.getValue(), got);
        }
      }
    }
    lastMatched = expected.id();
  }

  private void compareField(HistoryEvent expected, HistoryEvent made, String field,
      JsonNode want, ObjectNode got) {
    if (NOT_COMPARED.contains(field) || !withData && DATA.contains(field)) {
      return;
    }
    JsonNode actual = got == null ? null : got.get(field);
    if (!withData && "null".equals(want.asString(null)) && actual == null) {
      return;
    }
    String difference = Recorded.difference(field, want, actual, wildcards, ours);
    if (difference == null) {
      return;
    }
    String where = difference.substring(0, difference.indexOf(':'));
    String did = words.value(expected, field, want, true);
    String does = words.value(made, field, actual, false)
        + (where.equals(field) ? "" : " (first difference at " + where + ")");
    lastDifference = new String[] {did, does};
    throw new Replay.ResumeDivergence(expected, made, did + "; the definition: " + does);
  }

  @Override
  public void waited(HistoryEvent exited, long dueMillis) {
    HistoryEvent entered = recorded.get(exited.previousEventId());
    if (wildcards || entered == null || entered.type() != HistoryEventType.WAIT_STATE_ENTERED) {
      return;
    }
    long recordedWait = exited.timestampMillis() - entered.timestampMillis();
    long definedWait = dueMillis - entered.timestampMillis();
    long late = exited.timestampMillis() - dueMillis;
    // AWS ends a Wait a little after it is due; a definition's Wait is another one when the
    // history left it before it was due, or long after.
    if (late < -EARLY_SLACK_MILLIS || late > Math.max(LATE_SLACK_MILLIS, definedWait / 10)) {
      String[] difference = {"Wait state '" + exited.stateName() + "' waited "
          + seconds(recordedWait), "Wait state '" + exited.stateName() + "' waits "
          + seconds(definedWait)};
      lastDifference = difference;
      throw new Replay.ResumeDivergence(exited, null, difference[0] + "; the definition: "
          + difference[1]);
    }
  }

  private static String seconds(long millis) {
    return java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + " s";
  }

  @Override
  public void note(String text) {
    if (!notes.contains(text)) {
      notes.add(text);
    }
  }

  /** What the replay took from the record without checking it, in words. */
  List<String> notes() {
    return notes;
  }

  /** The id of the last recorded event the replay regenerated as recorded; 0 for none. */
  public long lastMatched() {
    return lastMatched;
  }

  /** The recorded event with {@code id}, or null. */
  public HistoryEvent recorded(long id) {
    return recorded.get(id);
  }

  /** What the history did and the definition does where a detail differed last, or null. */
  String[] lastDifference() {
    return lastDifference;
  }

  /** Words for the history and for the definition. */
  Words words() {
    return words;
  }
}
