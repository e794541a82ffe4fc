package io.statecraft.emulator.internal;

import io.statecraft.local.MapRun;
import io.statecraft.local.RunningExecution;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whether RedriveExecution would take an execution now, as DescribeExecution's
 * {@code redriveStatus} says it, with {@code redriveStatusReason} when it would not.
 *
 * <p>A child execution of a Map Run is never redriven directly: AWS redrives it through its
 * parent ("To redrive a workflow that includes a Distributed Map state whose Map Run failed,
 * you must redrive the parent workflow"). One that did not succeed is therefore
 * {@code REDRIVABLE_BY_MAP_RUN}, unless its Map Run succeeded or its parent cannot be redriven.
 * The reasons given then are Statecraft's wording: AWS's are not documented.
 *
 * @param status REDRIVABLE, NOT_REDRIVABLE or REDRIVABLE_BY_MAP_RUN
 * @param reason why not, only when NOT_REDRIVABLE
 */
record RedriveStatus(String status, String reason) {

  private static final RedriveStatus REDRIVABLE = new RedriveStatus("REDRIVABLE", null);
  private static final RedriveStatus BY_MAP_RUN =
      new RedriveStatus("REDRIVABLE_BY_MAP_RUN", null);
  /** AWS's reason while the state machine is being deleted; the emulator deletes at once. */
  static final String DELETING = "State machine is in DELETING status";

  static RedriveStatus of(Backend backend, ExecutionRecord record) {
    // The runtime's reasons are AWS's: RUNNING, SUCCEEDED, the most redrives.
    Optional<String> reason = record.running().notRedrivableReason();
    if (reason.isPresent()) {
      return notRedrivable(reason.get());
    }
    if (record.mapRunArn() != null) {
      return ofChild(backend, record);
    }
    if (!backend.machines.containsKey(record.machineArn())) {
      return notRedrivable(DELETING);
    }
    return REDRIVABLE;
  }

  /** A child that failed, timed out or was aborted: its Map Run may run it again. */
  private static RedriveStatus ofChild(Backend backend, ExecutionRecord child) {
    if (backend.mapRun(child.mapRunArn()).status() == MapRun.Status.SUCCEEDED) {
      return notRedrivable("Map Run is SUCCEEDED and its child executions cannot be redriven");
    }
    RunningExecution parent = backend.parentOf(child).running();
    Optional<String> parentReason = parent.notRedrivableReason();
    // A parent still running may yet fail and be redriven, and its Map Run with it.
    if (parent.isDone() && parentReason.isPresent()) {
      return notRedrivable("The parent execution cannot be redriven: " + parentReason.get());
    }
    return BY_MAP_RUN;
  }

  private static RedriveStatus notRedrivable(String reason) {
    return new RedriveStatus("NOT_REDRIVABLE", reason);
  }

  boolean redrivable() {
    return this == REDRIVABLE;
  }

  /** {@code redriveStatus}, and {@code redriveStatusReason} only when NOT_REDRIVABLE. */
  void writeTo(ObjectNode response) {
    response.put("redriveStatus", status);
    if (reason != null) {
      response.put("redriveStatusReason", reason);
    }
  }

  /**
   * {@code redriveCount} (always, 0 until a redrive) and {@code redriveDate} (once redriven), as
   * DescribeExecution and the items of ListExecutions give them.
   */
  static void writeCountAndDate(ObjectNode target, RunningExecution running) {
    target.put("redriveCount", running.redriveCount());
    running.redriveDate().ifPresent(date -> target.put("redriveDate",
        Wire.seconds(date.toEpochMilli())));
  }
}
