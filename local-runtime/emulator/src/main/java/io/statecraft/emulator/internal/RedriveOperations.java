package io.statecraft.emulator.internal;

import io.statecraft.local.ExecutionNotRedrivableException;
import io.statecraft.local.RunningExecution;
import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * RedriveExecution: a Standard execution that failed, timed out or was stopped goes on from the
 * state that did not succeed, under the same ARN. Its record then holds the redriven execution,
 * so every other operation (DescribeExecution, GetExecutionHistory, StopExecution,
 * ListExecutions) sees the redrive.
 *
 * <p>An Express execution's ARN is answered with InvalidArn, as DescribeExecution and
 * StopExecution answer it here: AWS's error for it is not documented. A child execution of a
 * Map Run is refused with ExecutionNotRedrivable: AWS redrives children only by a redrive of
 * their parent.
 */
final class RedriveOperations {

  /** ClientToken in the API model: 1 to 64 printable ASCII characters. */

  private final Backend backend;
  private final ClientTokens tokens;

  RedriveOperations(Backend backend) {
    this.backend = backend;
    this.tokens = new ClientTokens(backend.clock);
  }

  ObjectNode redrive(JsonNode request) {
    String arn = Wire.required(request, "executionArn");
    // Its length and pattern are the model's, checked by RequestShapes before.
    String token = Wire.optional(request, "clientToken");
    ExecutionRecord record = backend.execution(arn);
    if (record.mapRunArn() != null) {
      throw childNotRedrivable(record);
    }
    Instant[] redriveDate = new Instant[1];
    // Under the entry's lock: a token, the check and the redrive go together, one at a time.
    backend.executions.computeIfPresent(arn, (key, current) -> {
      redriveDate[0] = tokens.recall(arn, token).orElse(null);
      if (redriveDate[0] != null) {
        return current;
      }
      RunningExecution redriven = redrive(current);
      redriveDate[0] = redriven.redriveDate().orElseThrow();
      tokens.remember(arn, token, redriveDate[0]);
      return current.withRunning(redriven);
    });
    ObjectNode response = Wire.object();
    response.put("redriveDate", Wire.seconds(redriveDate[0].toEpochMilli()));
    return response;
  }

  private RunningExecution redrive(ExecutionRecord record) {
    RedriveStatus status = RedriveStatus.of(backend, record);
    if (!status.redrivable()) {
      throw notRedrivable(status.reason());
    }
    try {
      return backend.runtime.redrive(record.running());
    } catch (ExecutionNotRedrivableException e) {
      throw notRedrivable(e.getMessage());
    }
  }

  /** The child's own reason (RUNNING, SUCCEEDED, ...), or where to redrive it from. */
  private ApiException childNotRedrivable(ExecutionRecord child) {
    RedriveStatus status = RedriveStatus.of(backend, child);
    if (status.reason() != null) {
      return notRedrivable(status.reason());
    }
    return notRedrivable("Execution '" + child.arn() + "' is a child execution of Map Run '"
        + child.mapRunArn() + "' and is redriven with its parent: redrive execution '"
        + backend.parentOf(child).arn() + "'");
  }

  private static ApiException notRedrivable(String reason) {
    return new ApiException("ExecutionNotRedrivable", reason);
  }
}
