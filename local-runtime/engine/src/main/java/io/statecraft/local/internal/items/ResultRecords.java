package io.statecraft.local.internal.items;

import io.statecraft.local.internal.json.Times;
import io.statecraft.local.internal.json.Values;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Child results as a Map Run's result files hold them: execution records for {@code NONE}, outputs
 * for {@code COMPACT} and {@code FLATTEN}. A child that did not succeed stays a record whatever the
 * transformation, as the ResultWriter documentation says of failed children.
 */
final class ResultRecords {
  private ResultRecords() {}

  /** {@code results} transformed as {@code transformation} says, in their order. */
  static List<JsonNode> transformed(List<ChildResult> results, String transformation) {
    List<JsonNode> entries = new ArrayList<>(results.size());
    for (ChildResult result : results) {
      if (transformation.equals("NONE") || !result.succeeded()) {
        entries.add(record(result));
      } else if (transformation.equals("FLATTEN") && result.output().isArray()) {
        result.output().values().forEach(entries::add);
      } else {
        entries.add(result.output());
      }
    }
    return entries;
  }

  /**
   * A child's execution record. The fields are in alphabetical order, as in the documentation's
   * {@code SUCCEEDED_0.json} example; input and output are JSON text, dates ISO-8601 with
   * milliseconds. Fields a child does not have (no output when it failed, no dates when it never
   * started) are left out.
   */
  static ObjectNode record(ChildResult result) {
    ObjectNode record = Values.object();
    putIfPresent(record, "Cause", result.cause());
    putIfPresent(record, "Error", result.error());
    putIfPresent(record, "ExecutionArn", result.executionArn());
    if (result.input() != null) {
      record.put("Input", Values.text(result.input()));
      record.set("InputDetails", included());
    }
    putIfPresent(record, "Name", result.name());
    if (result.output() != null) {
      record.put("Output", Values.text(result.output()));
      record.set("OutputDetails", included());
    }
    redrive(record, result);
    if (result.startMillis() > 0) {
      record.put("StartDate", Times.iso(result.startMillis()));
    }
    putIfPresent(record, "StateMachineArn", result.stateMachineArn());
    record.put("Status", result.status());
    if (result.stopMillis() > 0) {
      record.put("StopDate", Times.iso(result.stopMillis()));
    }
    return record;
  }

  /**
   * Redrive fields as DescribeExecution reports them for a Map Run's child: a succeeded child is
   * not redrivable, one that failed, timed out or was aborted is redriven through its Map Run.
   */
  private static void redrive(ObjectNode record, ChildResult result) {
    if (result.status().equals("PENDING")) {
      return;
    }
    record.put("RedriveCount", result.redriveCount());
    if (result.succeeded()) {
      record.put("RedriveStatus", "NOT_REDRIVABLE");
      record.put("RedriveStatusReason", "Execution is SUCCEEDED and cannot be redriven");
    } else {
      record.put("RedriveStatus", "REDRIVABLE_BY_MAP_RUN");
    }
  }

  private static ObjectNode included() {
    ObjectNode details = Values.object();
    details.put("Included", true);
    return details;
  }

  private static void putIfPresent(ObjectNode record, String field, String value) {
    if (value != null) {
      record.put(field, value);
    }
  }
}
