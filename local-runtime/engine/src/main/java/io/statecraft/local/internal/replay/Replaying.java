package io.statecraft.local.internal.replay;

import io.statecraft.asl.StateMachine;
import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.internal.engine.Engine;
import io.statecraft.local.internal.engine.Machine;
import io.statecraft.local.internal.json.Values;
import io.statecraft.local.internal.kernel.Replay;
import io.statecraft.local.internal.kernel.SystemClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Runs a definition through a recorded history (see {@link Replay}): its own runtime, no
 * handlers, every outside answer from the record, each event checked by {@link EventCheck}.
 */
public final class Replaying {

  /** An execution's ARN: region, account, state machine, name. */
  public static final Pattern EXECUTION_ARN = Pattern.compile(
      "arn:aws[a-z-]*:states:([a-z]{2}(?:-[a-z]+)+-\\d):(\\d{12}):execution:([A-Za-z0-9_-]{1,80})"
      + ":([^:]{1,80})");
  private static final Pattern ROLE = Pattern.compile("arn:[^:]+:iam::(\\d{12}):.*");
  private static final String DEFAULT_MACHINE = "replayed-state-machine";
  private static final String DEFAULT_EXECUTION = "replayed-execution";
  private static final long SEED = 0x5eed;

  /** The first event that is not as recorded. */
  public record Found(long eventId, String stateName, String expected, String actual) {}

  /** How a replay went: {@code divergence} null when consistent. */
  public record Outcome(Found divergence, int eventsChecked, List<String> notes) {}

  private Replaying() {}

  /**
   * Replays {@code history} with {@code definition}; {@code executionArn} (may be null) gives
   * {@code $$.Execution.Id} and {@code Name} as they were.
   *
   * @throws IllegalArgumentException when the history is not one of an execution
   */
  public static Outcome run(StateMachine definition, HistoryJson.Read history,
      String executionArn, JsonNode givenInput) {
    List<HistoryEvent> events = history.events();
    checkShape(events);
    HistoryEvent started = events.get(0);
    Names names = names(started, executionArn);
    List<String> notes = new ArrayList<>();
    JsonNode input = givenInput != null ? givenInput : started.value();
    if (!history.withData()) {
      notes.add("the history holds no inputs, outputs or parameters (it was read with"
          + " includeExecutionData=false): states, their order and errors were compared, and"
          + " each task result was replayed as {}");
    }
    if (input == null) {
      notes.add("the history holds no execution input: the replay ran with {}");
      input = Values.object();
    }
    if (!history.timesKnown()) {
      notes.add("the history's timestamps are placeholders: Wait durations were not compared");
    }
    EventCheck check = new EventCheck(events, !history.timesKnown(), history.withData(),
        names.unknown());
    // Not sequential: concurrent lines run in the order the history has them.
    try (Engine engine = new Engine(new Engine.Settings(new SystemClock(), false, SEED, 0, true,
        names.region(), names.account(), Map.of(), Map.of(), null, null, activity -> true,
        false, null, null, null))) {
      Machine machine = engine.load(names.machine(), definition, names.region());
      try {
        engine.checkedRun(machine, names.execution(), input, started.stateName(), events,
            check);
      } catch (io.statecraft.local.internal.kernel.RecordUsedUp e) {
        notes.add("the history ends at event " + events.get(events.size() - 1).id()
            + " while the execution still runs: it was checked up to there");
      } catch (Replay.ResumeDivergence e) {
        notes.addAll(check.notes());
        return new Outcome(found(e, check), (int) Math.max(0, e.expected() == null
            ? check.lastMatched() : e.expected().id() - 1), List.copyOf(notes));
      }
    }
    notes.addAll(check.notes());
    return new Outcome(null, events.size(), List.copyOf(notes));
  }

  /**
   * Where the execution ran and its names: from {@code executionArn} when given, else what the
   * history says (the role's account) and defaults, which then match whatever the history holds.
   */
  private record Names(String region, String account, String machine, String execution,
      Set<String> unknown) {}

  private static Names names(HistoryEvent started, String executionArn) {
    Matcher role = ROLE.matcher(started.stateName() == null ? "" : started.stateName());
    String defaultAccount = role.matches() ? role.group(1) : "123456789012";
    if (executionArn != null) {
      Matcher arn = EXECUTION_ARN.matcher(executionArn);
      if (!arn.matches()) {
        throw new IllegalStateException("executionArn was checked: " + executionArn);
      }
      return new Names(arn.group(1), arn.group(2), arn.group(3), arn.group(4), Set.of());
    }
    String machineArn = "arn:aws:states:us-east-1:" + defaultAccount + ":stateMachine:"
        + DEFAULT_MACHINE;
    return new Names("us-east-1", defaultAccount, DEFAULT_MACHINE, DEFAULT_EXECUTION,
        Set.of(machineArn, DEFAULT_MACHINE, DEFAULT_EXECUTION, machineArn.replace(
            ":stateMachine:", ":execution:") + ":" + DEFAULT_EXECUTION));
  }

  private static void checkShape(List<HistoryEvent> events) {
    if (events.get(0).type() != HistoryEventType.EXECUTION_STARTED) {
      throw new IllegalArgumentException("it starts with event " + events.get(0).id() + " ("
          + events.get(0).type().awsName() + "); a history starts with ExecutionStarted, event 1."
          + " Give every page of the history");
    }
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).id() != i + 1) {
        throw new IllegalArgumentException("event " + (i + 1) + " is missing (the next is event "
            + events.get(i).id() + "); give every page of the history");
      }
    }
  }

  private static Found found(Replay.ResumeDivergence divergence, EventCheck check) {
    Words words = check.words();
    HistoryEvent expected = divergence.expected();
    HistoryEvent made = divergence.made();
    if (expected == null) {
      long id = check.lastMatched() + 1;
      HistoryEvent next = check.recorded(id);
      return new Found(id, next == null ? null : words.stateOf(next),
          next == null ? "nothing" : words.did(next, check.recorded(next.previousEventId())),
          divergence.reason());
    }
    String state = words.stateOf(expected);
    String[] detail = check.lastDifference();
    if (detail != null) {
      // The check found a detail that differs (the replay stops at the first it finds).
      return new Found(expected.id(), state, detail[0], detail[1]);
    }
    HistoryEvent before = check.recorded(expected.previousEventId());
    String did = words.did(expected, before);
    if (made == null) {
      return new Found(expected.id(), state, did, divergence.detail());
    }
    String does = words.does(made, check.recorded(made.previousEventId()));
    if (before != null && before.type() == HistoryEventType.CHOICE_STATE_EXITED) {
      // Another branch: the Choice state chose it.
      state = before.stateName();
    }
    if (state == null) {
      state = words.stateOf(made);
    }
    if (expected.previousEventId() != made.previousEventId()) {
      did += " after event " + expected.previousEventId();
      does += " after event " + made.previousEventId();
    }
    return new Found(expected.id(), state, did, does);
  }
}
