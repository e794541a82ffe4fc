package io.statecraft.emulator.internal;

import io.statecraft.emulator.internal.store.Table;
import io.statecraft.emulator.internal.store.Tables;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.RunningExecution;
import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.spi.EndedExecutions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gives a backend what a data directory keeps: state machines with their versions and aliases,
 * activities, tags, and executions: ended ones as they ended, running ones going on.
 */
final class Restore {

  /** Where each execution given back goes, and whether its record must be written again. */
  interface Executions {
    void accept(ExecutionRecord record, String testCase, boolean rewrite);
  }

  private final Backend backend;
  private final Tables tables;
  private final Executions executions;
  private final Map<String, JsonNode> revisionDocuments;
  private final Map<String, MachineRecord.Revision> revisions = new HashMap<>();
  /** One loaded machine per name, region and definition: versions share their revision's. */
  private final Map<List<String>, LocalStateMachine> loaded = new HashMap<>();

  Restore(Backend backend, Tables tables, Executions executions) {
    this.backend = backend;
    this.tables = tables;
    this.executions = executions;
    this.revisionDocuments = tables.all(Table.REVISIONS);
  }

  void run() {
    tables.all(Table.MACHINES).values().forEach(this::machine);
    tables.all(Table.ACTIVITIES).values().forEach(node -> {
      ActivityRecord activity = StoredRecords.activity(node);
      backend.activities.put(activity.arn(), activity);
    });
    tables.all(Table.TAGS).forEach((arn, node) -> {
      Map<String, String> tags = new LinkedHashMap<>();
      node.properties().forEach(tag -> tags.put(tag.getKey(), tag.getValue().asString()));
      backend.tags.put(arn, tags);
    });
    tables.all(Table.EXECUTIONS).values().forEach(this::execution);
  }

  private void machine(JsonNode node) {
    String arn = node.get("arn").asString();
    String name = node.get("name").asString();
    MachineRecord machine = new MachineRecord(name, arn, node.get("type").asString(),
        node.get("creation").asLong(), (ObjectNode) node.get("logging"),
        (ObjectNode) node.get("tracing"), revision(node.get("current").asString(), arn));
    node.get("versions").properties().forEach(version -> machine.versions.put(
        Integer.parseInt(version.getKey()), revision(version.getValue().asString(), arn)));
    for (JsonNode alias : node.get("aliases")) {
      Map<String, Integer> routing = new LinkedHashMap<>();
      alias.get("routing").properties().forEach(route ->
          routing.put(route.getKey(), route.getValue().asInt()));
      machine.aliases.put(alias.get("name").asString(), new MachineRecord.Alias(
          alias.get("name").asString(), alias.get("arn").asString(),
          StoredRecords.optional(alias, "description"), routing,
          alias.get("creation").asLong(), alias.get("update").asLong()));
    }
    machine.nextVersion = node.get("nextVersion").asInt();
    machine.revisions = node.get("revisions").asInt();
    backend.machines.put(arn, machine);
  }

  /** The revision kept under {@code key}, of the machine {@code machineArn}, loaded once. */
  private MachineRecord.Revision revision(String key, String machineArn) {
    MachineRecord.Revision known = revisions.get(key);
    if (known != null) {
      return known;
    }
    JsonNode node = revisionDocuments.get(key);
    if (node == null) {
      throw damaged("the revision " + key + " of " + machineArn + " is missing");
    }
    String definition = node.get("definition").asString();
    String[] fields = machineArn.split(":", -1);
    String name = fields[6];
    String region = fields[3];
    LocalStateMachine machine = loaded.computeIfAbsent(List.of(name, region, definition),
        k -> load(machineArn, name, region, definition));
    MachineRecord.Revision revision = new MachineRecord.Revision(definition, machine,
        node.get("roleArn").asString(), node.get("revisionId").asString(),
        node.get("date").asLong(), StoredRecords.optional(node, "description"));
    revisions.put(key, revision);
    return revision;
  }

  private LocalStateMachine load(String machineArn, String name, String region,
      String definition) {
    try {
      return backend.inRegion(region, () -> backend.load(name, definition));
    } catch (ApiException e) {
      throw new IllegalArgumentException("the definition of " + machineArn + " kept in the data"
          + " directory no longer loads (" + e.getMessage() + "): serve the directory with the"
          + " version of Statecraft that wrote it, or give another directory");
    }
  }

  private void execution(JsonNode node) {
    String arn = node.get("arn").asString();
    String machineArn = node.get("machineArn").asString();
    MachineRecord.Revision revision = revision(node.get("revision").asString(), machineArn);
    String inputText = node.get("input").asString();
    JsonNode input = Wire.MAPPER.readTree(inputText);
    String name = node.get("name").asString();
    List<HistoryEvent> events = new ArrayList<>();
    for (JsonNode event : tables.events(arn)) {
      events.add(StoredRecords.event(event));
    }
    boolean ended = !node.get("status").asString().equals("RUNNING");
    RunningExecution running = ended
        ? EndedExecutions.restore(backend.embedded, revision.loaded(), arn, name, input, events)
        : resume(arn, machineArn, name, input, revision, events, node);
    boolean resumed = !ended && !running.isDone();
    executions.accept(new ExecutionRecord(arn, node.get("stateMachineArn").asString(),
        machineArn, StoredRecords.optional(node, "versionArn"),
        StoredRecords.optional(node, "aliasArn"), inputText, running, revision,
        node.get("type").asString(), null, StoredRecords.optional(node, "traceHeader")),
        StoredRecords.optional(node, "testCase"), !ended && !resumed);
  }

  /**
   * An execution that ran when the emulator stopped, going on from its recorded history with
   * the mocks it was started with; if it cannot, ended FAILED with why.
   */
  private RunningExecution resume(String arn, String machineArn, String name, JsonNode input,
      MachineRecord.Revision revision, List<HistoryEvent> events, JsonNode node) {
    String testCase = StoredRecords.optional(node, "testCase");
    String why;
    try {
      Map<String, io.statecraft.local.task.TaskHandler> mocks = testCase == null ? Map.of()
          : backend.mocks.handlers(machineArn.split(":", -1)[6], testCase);
      return backend.embedded.resume(revision.loaded(), name, input, mocks, revision.roleArn(),
          events);
    } catch (IllegalArgumentException | IllegalStateException e) {
      why = e.getMessage();
    }
    return EndedExecutions.restore(backend.embedded, revision.loaded(), arn, name, input,
        notResumed(events, node, revision, input, why));
  }

  /**
   * The history of an execution that ran when the emulator stopped and could not go on: what
   * was recorded, then ExecutionFailed with States.Runtime and why.
   */
  private List<HistoryEvent> notResumed(List<HistoryEvent> recorded, JsonNode node,
      MachineRecord.Revision revision, JsonNode input, String why) {
    List<HistoryEvent> events = new ArrayList<>(recorded);
    if (events.isEmpty()) {
      events.add(HistoryEvent.of(1, 0, node.get("start").asLong(),
          HistoryEventType.EXECUTION_STARTED, revision.roleArn(), input, 0, null, null, null));
    }
    long last = events.get(events.size() - 1).id();
    events.add(HistoryEvent.of(last + 1, last, backend.clock.millis(),
        HistoryEventType.EXECUTION_FAILED, null, null, 0, "States.Runtime",
        "The emulator stopped while this execution was running, and it could not be resumed: "
            + why, null));
    return events;
  }

  private static IllegalArgumentException damaged(String what) {
    return new IllegalArgumentException("the data directory is damaged (" + what + "): move "
        + io.statecraft.emulator.internal.store.DataStore.FILE_NAME
        + " away to start afresh, or give another directory");
  }
}
