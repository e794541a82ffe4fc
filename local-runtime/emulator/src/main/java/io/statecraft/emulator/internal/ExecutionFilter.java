package io.statecraft.emulator.internal;

import io.statecraft.local.RunningExecution;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * ListExecutions' {@code statusFilter} and {@code redriveFilter}, checked as the API model checks
 * them before anything is looked up.
 *
 * @param status the status listed, or null for all
 * @param redrive REDRIVEN, NOT_REDRIVEN, or null for both
 */
record ExecutionFilter(String status, String redrive) {

  /** The statuses in the order of the enum in AWS's recorded validation message. */
  static final List<String> STATUSES = List.of("SUCCEEDED", "TIMED_OUT",
      "PENDING_REDRIVE", "ABORTED", "FAILED", "RUNNING");
  private static final List<String> REDRIVES = List.of("REDRIVEN", "NOT_REDRIVEN");

  /**
   * The filters of {@code request}; ValidationException for a value outside its enum, and for
   * PENDING_REDRIVE unless {@code byMapRun} (AWS: only Map Run children wait to be redriven).
   */
  static ExecutionFilter of(JsonNode request, boolean byMapRun) {
    String status = Wire.optional(request, "statusFilter");
    String redrive = Wire.optional(request, "redriveFilter");
    List<String> violations = new ArrayList<>();
    enumValue(violations, "statusFilter", status, STATUSES);
    enumValue(violations, "redriveFilter", redrive, REDRIVES);
    if (!violations.isEmpty()) {
      throw ApiException.violations(violations);
    }
    if ("PENDING_REDRIVE".equals(status) && !byMapRun) {
      // AWS's message for this case is not recorded; this one names the rule.
      throw ApiException.validation("The statusFilter PENDING_REDRIVE can only be used with a"
          + " mapRunArn");
    }
    return new ExecutionFilter(status, redrive);
  }

  private static void enumValue(List<String> violations, String member, String value,
      List<String> values) {
    if (value != null && !values.contains(value)) {
      violations.add(ApiException.violation(member, value, "Member must satisfy enum value set: "
          + values.toString()));
    }
  }

  /** Whether the execution, whose status is {@code executionStatus}, is listed. */
  boolean test(String executionStatus, RunningExecution execution) {
    if (status != null && !status.equals(executionStatus)) {
      return false;
    }
    return redrive == null || redrive.equals("REDRIVEN") == execution.redriveCount() > 0;
  }
}
