package io.statecraft.local;

import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code arn:aws:states:::states:startExecution} against the state machines loaded into the same
 * runtime: request-response returns StartExecution's answer; {@code .sync} and {@code .sync:2}
 * wait for the child and return DescribeExecution's shape (Input/Output as JSON text for
 * {@code .sync}, as JSON for {@code .sync:2}); a child that does not succeed fails the task with
 * States.TaskFailed and that shape as the cause, as AWS does.
 */
final class NestedExecutions {

  private NestedExecutions() {}

  /**
   * Starts the child through the runtime's {@link ChildExecutions}; a failure to start it is a
   * {@link TaskFailure} with AWS's error and cause.
   */
  static RunningExecution start(TaskNode task, JsonNode parameters, Frame frame) {
    String arn = parameters.path("StateMachineArn").asString(null);
    if (arn == null) {
      throw doesNotExist(null);
    }
    JsonNode input = parameters.get("Input");
    if (input == null || input.isNull()) {
      input = Values.object();
    } else if (input.isString()) {
      JsonNode parsed = Values.tryParse(input.asString());
      if (parsed == null) {
        throw new TaskFailure("StepFunctions.InvalidExecutionInputException",
            "Invalid State Machine Execution Input: '" + input.asString() + "'");
      }
      input = parsed;
    }
    String name = parameters.path("Name").asString(UUID.randomUUID().toString());
    return frame.run.runtime.children().start(arn, name, input);
  }

  /** How AWS's integration fails StartExecution on a state machine that does not exist. */
  static TaskFailure doesNotExist(String stateMachineArn) {
    String cause = "State Machine Does Not Exist: '" + stateMachineArn + "' (Service:"
        + " AWSStepFunctions; Status Code: 400; Error Code: StateMachineDoesNotExist; Request ID: "
        + UUID.randomUUID() + "; Proxy: null)";
    return new TaskFailure("StepFunctions.StateMachineDoesNotExistException", cause);
  }

  /** StartExecution's answer: the child's ARN and start date with the SDK's HTTP metadata. */
  static ObjectNode started(RunningExecution child) {
    ObjectNode answer = Values.object();
    answer.put("ExecutionArn", child.arn());
    String requestId = UUID.randomUUID().toString();
    ObjectNode http = answer.putObject("SdkHttpMetadata");
    ObjectNode all = http.putObject("AllHttpHeaders");
    all.putArray("x-amzn-RequestId").add(requestId);
    all.putArray("connection").add("keep-alive");
    all.putArray("Content-Type").add("application/x-amz-json-1.0");
    ObjectNode headers = http.putObject("HttpHeaders");
    headers.put("connection", "keep-alive");
    headers.put("Content-Type", "application/x-amz-json-1.0");
    headers.put("x-amzn-RequestId", requestId);
    http.put("HttpStatusCode", 200);
    answer.putObject("SdkResponseMetadata").put("RequestId", requestId);
    answer.put("StartDate", child.startDate().toEpochMilli());
    return answer;
  }

  /**
   * Waits for the child (aborting with the parent, timing out at {@code timeoutAtMillis} on the
   * wall clock) and returns its description; a child that did not succeed throws TaskFailure.
   */
  static JsonNode await(RunningExecution child, Frame frame, boolean asJson, Long timeout,
      long startedMillis) {
    boolean real = !frame.run.runtime.clock().isVirtual();
    long timeoutAt = timeout == null || !real ? Long.MAX_VALUE : startedMillis + timeout * 1000;
    Execution done;
    while (true) {
      if (frame.run.aborted()) {
        throw new Interpreter.Aborted();
      }
      long wait = Math.min(100, Math.max(1, timeoutAt - System.currentTimeMillis()));
      if (timeoutAt != Long.MAX_VALUE && System.currentTimeMillis() >= timeoutAt) {
        throw TaskFailure.timeout(null);
      }
      try {
        done = child.end().get(wait, TimeUnit.MILLISECONDS);
        break;
      } catch (TimeoutException e) {
        // check abort and the deadline again
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Interpreter.Aborted();
      } catch (ExecutionException e) {
        throw new IllegalStateException("child execution " + child.arn() + " crashed",
            e.getCause());
      }
    }
    ObjectNode description = Values.object();
    if (done.status() != ExecutionStatus.SUCCEEDED) {
      if (done.cause() != null) {
        description.put("Cause", done.cause());
      }
      if (done.error() != null) {
        description.put("Error", done.error());
      }
    }
    description.put("ExecutionArn", done.arn());
    if (asJson) {
      description.set("Input", done.input());
    } else {
      description.put("Input", Values.text(done.input()));
    }
    description.putObject("InputDetails").put("Included", true);
    description.put("Name", done.name());
    if (done.status() == ExecutionStatus.SUCCEEDED) {
      if (asJson) {
        description.set("Output", done.output());
      } else {
        description.put("Output", Values.text(done.output()));
      }
      description.putObject("OutputDetails").put("Included", true);
    }
    description.put("StartDate", done.startDate().toEpochMilli());
    description.put("StateMachineArn", done.stateMachine().arn());
    description.put("Status", done.status().name());
    description.put("StopDate", done.stopDate().toEpochMilli());
    if (done.status() != ExecutionStatus.SUCCEEDED) {
      throw new TaskFailure(StatesError.TASK_FAILED, Values.text(description));
    }
    return description;
  }
}
