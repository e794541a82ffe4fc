package io.statecraft.emulator.internal;

import io.statecraft.local.history.HistoryEvent;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The emulator's records as the documents of its data directory, and back. Definitions are kept
 * once per revision ({@link #revisionKey}); machines and executions name theirs.
 */
final class StoredRecords {

  private StoredRecords() {}

  /**
   * The key of a revision: a machine's current one by its revision id, a published version by
   * its ARN and date (a version keeps its revision's id, and a machine made again after a delete
   * numbers its versions from 1 again).
   */
  static String revisionKey(MachineRecord.Revision revision, String versionArn) {
    return versionArn == null ? revision.revisionId()
        : versionArn + "@" + revision.dateMillis();
  }

  static ObjectNode revision(MachineRecord.Revision revision) {
    ObjectNode node = Wire.object();
    node.put("definition", revision.definition());
    node.put("roleArn", revision.roleArn());
    node.put("revisionId", revision.revisionId());
    node.put("date", revision.dateMillis());
    putOptional(node, "description", revision.description());
    return node;
  }

  static ObjectNode machine(MachineRecord machine) {
    ObjectNode node = Wire.object();
    node.put("name", machine.name);
    node.put("arn", machine.arn);
    node.put("type", machine.type);
    node.put("creation", machine.creationMillis);
    node.set("logging", machine.logging);
    node.set("tracing", machine.tracing);
    node.put("current", revisionKey(machine.current, null));
    ObjectNode versions = node.putObject("versions");
    machine.versions.forEach((number, revision) -> versions.put(Integer.toString(number),
        revisionKey(revision, machine.arn + ":" + number)));
    var aliases = node.putArray("aliases");
    for (MachineRecord.Alias alias : machine.aliases.values()) {
      ObjectNode item = aliases.addObject();
      item.put("name", alias.name());
      item.put("arn", alias.arn());
      putOptional(item, "description", alias.description());
      ObjectNode routing = item.putObject("routing");
      alias.routing().forEach(routing::put);
      item.put("creation", alias.creationMillis());
      item.put("update", alias.updateMillis());
    }
    node.put("nextVersion", machine.nextVersion);
    node.put("revisions", machine.revisions);
    return node;
  }

  static ObjectNode activity(ActivityRecord activity) {
    ObjectNode node = Wire.object();
    node.put("name", activity.name());
    node.put("arn", activity.arn());
    node.put("creation", activity.creationMillis());
    return node;
  }

  static ActivityRecord activity(JsonNode node) {
    return new ActivityRecord(node.get("name").asString(), node.get("arn").asString(),
        node.get("creation").asLong());
  }

  static ObjectNode tags(Map<String, String> tags) {
    ObjectNode node = Wire.object();
    tags.forEach(node::put);
    return node;
  }

  /** How an execution was started, its revision's key, and whether it runs. */
  static ObjectNode execution(ExecutionRecord record) {
    ObjectNode node = Wire.object();
    node.put("arn", record.arn());
    node.put("stateMachineArn", record.stateMachineArn());
    node.put("machineArn", record.machineArn());
    putOptional(node, "versionArn", record.versionArn());
    putOptional(node, "aliasArn", record.aliasArn());
    node.put("name", record.running().name());
    node.put("input", record.inputText());
    putOptional(node, "traceHeader", record.traceHeader());
    node.put("revision", revisionKey(record.revision(), record.versionArn()));
    node.put("type", record.type());
    node.put("start", record.running().startDate().toEpochMilli());
    node.put("status", record.running().result().map(done -> done.status().name())
        .orElse("RUNNING"));
    return node;
  }

  /** A history event as GetExecutionHistory gives it: {@link HistoryEvent#fromJson} reads it back. */
  static ObjectNode event(HistoryEvent event) {
    return event.toJson();
  }

  static HistoryEvent event(JsonNode node) {
    return HistoryEvent.fromJson(node);
  }

  static String optional(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }

  private static void putOptional(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }
}
