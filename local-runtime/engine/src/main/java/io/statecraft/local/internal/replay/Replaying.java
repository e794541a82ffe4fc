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

  private static final Pattern MACHINE_ARN = Pattern.compile(
      "arn:[^:]+:states:([^:]*):([^:]*):stateMachine:([^:]+)(:.*)?");
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");
  private static final Pattern ROLE = Pattern.compile("arn:[^:]+:iam::(\\d{12}):.*");
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,80}");
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
    String machineArn = started.details() == null ? ""
        : started.details().path("stateMachineArn").asString("");
    Matcher arn = MACHINE_ARN.matcher(machineArn);
    boolean known = arn.matches();
    // A recording may hide parts of the ARN behind placeholders: those parts take defaults.
    if (executionArn != null) {
      arn = MACHINE_ARN.matcher(executionArn.replace(":execution:", ":stateMachine:")
          .replaceFirst(":[^:]+$", ""));
      known = arn.matches();
      if (!known) {
        throw new IllegalArgumentException("the execution ARN must read arn:aws:states:REGION:"
            + "ACCOUNT:execution:STATE_MACHINE:NAME, was " + executionArn);
      }
    }
    String region = known && REGION.matcher(arn.group(1)).matches() ? arn.group(1) : "us-east-1";
    Matcher role = ROLE.matcher(started.stateName() == null ? "" : started.stateName());
    String account = known && ACCOUNT.matcher(arn.group(2)).matches() ? arn.group(2)
        : role.matches() ? role.group(1) : "123456789012";
    String machineName = known && NAME.matcher(arn.group(3)).matches() ? arn.group(3)
        : "replay";
    String executionName = executionArn == null ? DEFAULT_EXECUTION
        : executionArn.substring(executionArn.lastIndexOf(':') + 1);
    List<String> notes = new ArrayList<>();
    Set<String> unknown = Set.of();
    if (executionArn == null) {
      // What the history cannot say: the replay's own names match whatever it holds there.
      String machine = "arn:aws:states:" + region + ":" + account + ":stateMachine:"
          + machineName;
      unknown = new java.util.HashSet<>(List.of(machine, machineName,
          machine.replace(":stateMachine:", ":execution:") + ":" + executionName,
          executionName));
    }
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
        unknown);
    try (Engine engine = new Engine(new Engine.Settings(new SystemClock(), false, SEED, 0, true,
        region, account, Map.of(), Map.of(), null, null, activity -> true, false, null, null,
        null))) {
      Machine machine = engine.load(machineName, definition, region);
      try {
        engine.checkedRun(machine, executionName, input, started.stateName(), events, check);
      } catch (Replay.RecordUsedUp e) {
        notes.add("the history ends at event " + events.get(events.size() - 1).id()
            + " while the execution still runs: it was checked up to there");
      } catch (Replay.ResumeDivergence e) {
        return new Outcome(found(e, check), (int) Math.max(0, e.expected() == null
            ? check.lastMatched() : e.expected().id() - 1), List.copyOf(notes));
      }
    }
    return new Outcome(null, events.size(), List.copyOf(notes));
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
