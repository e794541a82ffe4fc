package io.statecraft.local.internal.states;

import io.statecraft.asl.ErrorNames;
import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.internal.expr.StatesError;
import io.statecraft.local.internal.json.Values;
import io.statecraft.local.internal.kernel.Line;
import io.statecraft.local.internal.kernel.WaitCause;
import io.statecraft.local.internal.tasks.ChildExecution;
import io.statecraft.local.task.TaskFailure;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code arn:aws:states:::states:startExecution} against the state machines the runtime knows:
 * request-response returns StartExecution's answer; {@code .sync} and {@code .sync:2} wait for the
 * child and return DescribeExecution's shape (Input/Output as JSON text for {@code .sync}, as
 * JSON for {@code .sync:2}); a child that does not succeed fails the task with States.TaskFailed
 * and that shape as the cause, as AWS does.
 */
final class NestedExecutions {

  private NestedExecutions() {}

  /** Starts the child and, for the waiting patterns, waits for it. */
  static void call(TaskNode.Call call, JsonNode parameters) {
    TaskNode task = call.task();
    Line line = call.line;
    ChildExecution child;
    try {
      child = start(call, parameters);
    } catch (TaskFailure failure) {
      throw failed(call, failure);
    }
    ObjectNode started = started(child, line.random());
    io.statecraft.local.internal.kernel.Replay replay = line.run().replaying();
    io.statecraft.local.history.HistoryEvent answer = replay == null ? null
        : replay.answerTo(line.cursor);
    if (answer != null && answer.value() instanceof ObjectNode recorded) {
      // Replaying a history: StartExecution answered what it records (its request id, headers).
      started = recorded;
    }
    if (task.nested.isEmpty()) {
      call.succeeded(started);
      return;
    }
    if (task.callback) {
      Callbacks.callback(call, started, call::succeeded);
      return;
    }
    line.event(HistoryEventType.TASK_SUBMITTED, null, started, 0, null, null, task.serviceFields);
    await(call, child, task.nested.equals(".sync:2"), call::succeeded);
  }

  private static StatesError failed(TaskNode.Call call, TaskFailure failure) {
    call.line.event(failure.timedOut() ? HistoryEventType.TASK_TIMED_OUT
            : HistoryEventType.TASK_FAILED, null, null, 0, failure.error(), failure.cause(),
        call.task().serviceFields);
    return new StatesError(failure.error(), failure.cause(), failure.timedOut());
  }

  private static ChildExecution start(TaskNode.Call call, JsonNode parameters) {
    String arn = parameters.path("StateMachineArn").asString(null);
    if (arn == null) {
      throw doesNotExist(null, call.line.random());
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
    Random random = call.line.random();
    String name = parameters.path("Name")
        .asString(new UUID(random.nextLong(), random.nextLong()).toString());
    io.statecraft.local.internal.kernel.Replay replay = call.line.run().replaying();
    if (replay != null) {
      return startedBefore(call, replay, arn, name, input);
    }
    return call.services.children().start(arn, name, input);
  }

  /**
   * A resumed run replaying its history: the child was started before the restart, as the
   * recorded answer of StartExecution says; it is not started again.
   */
  private static ChildExecution startedBefore(TaskNode.Call call,
      io.statecraft.local.internal.kernel.Replay replay, String arn, String name,
      JsonNode input) {
    io.statecraft.local.history.HistoryEvent answer = replay.answerTo(call.line.cursor);
    if (answer == null) {
      throw new io.statecraft.local.internal.kernel.Replay.ResumeDivergence(
          call.line.run().executionName, "state '" + call.task().name + "' started a child"
          + " execution with states:startExecution, and the history does not say which.");
    }
    if (answer.type() == HistoryEventType.TASK_FAILED
        || answer.type() == HistoryEventType.TASK_TIMED_OUT) {
      throw answer.type() == HistoryEventType.TASK_FAILED
          ? new TaskFailure(answer.error(), answer.cause())
          : TaskFailure.timeout(answer.cause());
    }
    if (call.task().syncNested() && !call.task().callback
        && !replay.followed(answer.id())) {
      // The history ends while the task waits for the child: nothing here can follow it.
      throw new io.statecraft.local.internal.kernel.Replay.ResumeDivergence(
          call.line.run().executionName, "state '" + call.task().name + "' waits for the child"
          + " execution it started with states:startExecution.sync before the restart; the"
          + " parent cannot follow a child across a restart, so the execution cannot go on."
          + " Start it again.");
    }
    JsonNode started = answer.value();
    return new ChildExecution(started.path("ExecutionArn").asString(), name, arn, input,
        started.path("StartDate").isNumber() ? started.path("StartDate").asLong() : 0,
        new java.util.concurrent.CompletableFuture<>());
  }

  /** How AWS's integration fails StartExecution on a state machine that does not exist. */
  static TaskFailure doesNotExist(String stateMachineArn, Random random) {
    String cause = "State Machine Does Not Exist: '" + stateMachineArn + "' (Service:"
        + " AWSStepFunctions; Status Code: 400; Error Code: StateMachineDoesNotExist; Request ID: "
        + new UUID(random.nextLong(), random.nextLong()) + "; Proxy: null)";
    return new TaskFailure("StepFunctions.StateMachineDoesNotExistException", cause);
  }

  /** StartExecution's answer: the child's ARN and start date with the SDK's HTTP metadata. */
  private static ObjectNode started(ChildExecution child, Random random) {
    ObjectNode answer = Values.object();
    answer.put("ExecutionArn", child.arn());
    String requestId = new UUID(random.nextLong(), random.nextLong()).toString();
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
    answer.put("StartDate", child.startMillis());
    return answer;
  }

  /**
   * Waits for the child (timing out at TimeoutSeconds on the wall clock) and hands its
   * description to {@code then}; a child that did not succeed fails the task.
   */
  private static void await(TaskNode.Call call, ChildExecution child, boolean asJson,
      Consumer<JsonNode> then) {
    Line line = call.line;
    line.awaitOutside(WaitCause.CHILD_EXECUTION, call::aborted);
    boolean[] over = {false};
    if (line.run().replaying() != null) {
      line.onReplayedAnswer(event -> {
        over[0] = true;
        line.wakeWith(() -> call.attempt.guard(() -> {
          if (event.type() == HistoryEventType.TASK_SUCCEEDED) {
            then.accept(event.value());
            return;
          }
          throw failed(call, event.type() == HistoryEventType.TASK_TIMED_OUT
              ? TaskFailure.timeout(event.cause()) : new TaskFailure(event.error(), event.cause()));
        }));
      });
    }
    Runnable cancelTimeout = call.timeout == null || line.run().virtual() ? () -> { }
        : line.timer(call.startedMillis + call.timeout * 1000, () -> {
          if (!over[0]) {
            over[0] = true;
            line.wakeWith(() -> call.attempt.guard(() -> {
              throw failed(call, TaskFailure.timeout(null));
            }));
          }
        });
    child.end().whenComplete((end, crash) -> line.run().post(() -> {
      if (over[0]) {
        return;
      }
      over[0] = true;
      cancelTimeout.run();
      if (crash != null) {
        line.wakeWith(() -> {
          throw new IllegalStateException("child execution " + child.arn() + " crashed", crash);
        });
        return;
      }
      line.wakeWith(() -> call.attempt.guard(() -> then.accept(describe(call, child, end,
          asJson))));
    }));
  }

  /** DescribeExecution's shape of the ended child; a child that did not succeed fails the task. */
  private static JsonNode describe(TaskNode.Call call, ChildExecution child,
      ChildExecution.End end, boolean asJson) {
    boolean succeeded = end.status().equals("SUCCEEDED");
    ObjectNode description = Values.object();
    if (!succeeded) {
      if (end.cause() != null) {
        description.put("Cause", end.cause());
      }
      if (end.error() != null) {
        description.put("Error", end.error());
      }
    }
    description.put("ExecutionArn", child.arn());
    payload(description, "Input", child.input(), asJson);
    description.put("Name", child.name());
    if (succeeded) {
      payload(description, "Output", end.output(), asJson);
    }
    description.put("StartDate", child.startMillis());
    description.put("StateMachineArn", child.stateMachineArn());
    description.put("Status", end.status());
    description.put("StopDate", end.stopMillis());
    if (!succeeded) {
      throw failed(call, new TaskFailure(ErrorNames.TASK_FAILED, Values.text(description)));
    }
    return description;
  }

  /** {@code Input} or {@code Output}, as JSON or as its text, and its {@code ...Details}. */
  private static void payload(ObjectNode description, String field, JsonNode value,
      boolean asJson) {
    if (asJson) {
      description.set(field, value);
    } else {
      description.put(field, Values.text(value));
    }
    description.putObject(field + "Details").put("Included", true);
  }
}
