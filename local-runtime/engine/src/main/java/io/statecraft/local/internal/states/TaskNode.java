package io.statecraft.local.internal.states;

import io.statecraft.asl.ErrorNames;
import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.internal.expr.JsonataValue;
import io.statecraft.local.internal.expr.PathExpr;
import io.statecraft.local.internal.expr.StateBindings;
import io.statecraft.local.internal.expr.StatesError;
import io.statecraft.local.internal.expr.Template;
import io.statecraft.local.internal.json.Values;
import io.statecraft.local.internal.kernel.CallLog;
import io.statecraft.local.internal.kernel.Line;
import io.statecraft.local.internal.kernel.LineAborted;
import io.statecraft.local.internal.kernel.WaitCause;
import io.statecraft.local.internal.tasks.PendingTask;
import io.statecraft.local.internal.tasks.TaskCall;
import io.statecraft.local.internal.tasks.TaskServices;
import io.statecraft.local.task.TaskFailure;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code Task}: InputPath, Parameters, the call (to the bound handler), ResultSelector,
 * ResultPath, OutputPath; events as AWS records them for a Lambda function ARN
 * ({@code LambdaFunction*}), an activity ({@code Activity*}) or a service integration
 * ({@code Task*}).
 */
final class TaskNode extends RetryingNode implements TaskCall {

  final String resource;
  final boolean lambdaFunction;
  /** For service integrations: {@code resourceType} and {@code resource} of the Task* events. */
  final ObjectNode serviceFields;
  Template parameters;
  Long timeoutSeconds;
  PathExpr timeoutSecondsPath;
  Long heartbeatSeconds;
  PathExpr heartbeatSecondsPath;
  String region;
  /** {@code Credentials}: a template like Parameters, resolved against the state's input. */
  Template credentials;
  /** {@code .waitForTaskToken}: after the call, waits for SendTaskSuccess/Failure. */
  boolean callback;
  /**
   * {@code states:startExecution}: "" (request-response), ".sync", ".sync:2" or
   * ".waitForTaskToken"; null for every other resource.
   */
  String nested;
  /** An activity ARN: the task waits for a worker (GetActivityTask) instead of calling out. */
  boolean activity;
  /** JSONata: Arguments, Credentials, and TimeoutSeconds / HeartbeatSeconds as expressions. */
  JsonataValue arguments;
  JsonataValue credentialsValue;
  JsonataValue timeoutValue;
  JsonataValue heartbeatValue;

  TaskNode(String name, String resource, boolean lambdaFunction, ObjectNode serviceFields) {
    super(name, HistoryEventType.TASK_STATE_ENTERED, HistoryEventType.TASK_STATE_EXITED, null);
    this.resource = resource;
    this.lambdaFunction = lambdaFunction;
    this.serviceFields = serviceFields;
  }

  @Override
  public String stateName() {
    return name;
  }

  @Override
  public String resource() {
    return resource;
  }

  @Override
  public boolean callback() {
    return callback;
  }

  @Override
  public boolean activity() {
    return activity;
  }

  boolean syncNested() {
    return nested != null && nested.startsWith(".sync");
  }

  @Override
  public boolean waits() {
    return activity || callback || syncNested();
  }

  @Override
  boolean contextHasRetryCount() {
    return true;
  }

  @Override
  void attempt(JsonNode input, Line line, Attempt attempt) {
    JsonNode effective = jsonata ? input : applyInputPath(input, line);
    Long timeout = timeoutValue != null ? positive(timeoutValue, input, line)
        : seconds(timeoutSeconds, timeoutSecondsPath, effective, line);
    Long heartbeat = heartbeatValue != null ? positive(heartbeatValue, input, line)
        : seconds(heartbeatSeconds, heartbeatSecondsPath, effective, line);
    new Call(input, effective, line, attempt, timeout, heartbeat).start();
  }

  /** Inside a branch or iteration AWS closes a task whose error fails the line with TaskStateAborted. */
  @Override
  void uncaught(Line line) {
    if (line.stop != null) {
      line.sideEvent(HistoryEventType.TASK_STATE_ABORTED, null, 0);
    }
  }

  /** One attempt's call: the send, the wait for an answer where there is one, the result. */
  final class Call {
    final JsonNode input;
    final JsonNode effective;
    final Line line;
    final Attempt attempt;
    final Long timeout;
    final Long heartbeat;
    final TaskServices services;
    final HistoryEventType failedType;
    final HistoryEventType timedOutType;
    /** The fields of Task* events; null for Lambda and activity events. */
    final ObjectNode fields;
    PendingTask pending;
    long startedMillis;

    Call(JsonNode input, JsonNode effective, Line line, Attempt attempt, Long timeout,
        Long heartbeat) {
      this.input = input;
      this.effective = effective;
      this.line = line;
      this.attempt = attempt;
      this.timeout = timeout;
      this.heartbeat = heartbeat;
      this.services = line.run().service(TaskServices.class);
      if (activity) {
        failedType = HistoryEventType.ACTIVITY_FAILED;
        timedOutType = HistoryEventType.ACTIVITY_TIMED_OUT;
        fields = null;
      } else if (lambdaFunction) {
        failedType = HistoryEventType.LAMBDA_FUNCTION_FAILED;
        timedOutType = HistoryEventType.LAMBDA_FUNCTION_TIMED_OUT;
        fields = null;
      } else {
        failedType = HistoryEventType.TASK_FAILED;
        timedOutType = HistoryEventType.TASK_TIMED_OUT;
        fields = serviceFields;
      }
    }

    TaskNode task() {
      return TaskNode.this;
    }

    void start() {
      if (waits()) {
        pending = services.tokens().register(line.run(), name, activity ? resource : null);
        line.taskToken = pending.token;
        PendingTask registered = pending;
        attempt.cleanup(() -> {
          line.taskToken = null;
          services.tokens().close(registered);
        });
      }
      JsonNode callInput = payload(arguments, parameters, input, effective, line);
      checkSize(callInput, line);
      startedMillis = line.now();
      line.run().calls.call(new CallLog.Call(name, resource, callInput, line.retryCount + 1,
          startedMillis));
      if (activity) {
        Activities.run(this, callInput);
        return;
      }
      scheduled(callInput, () -> {
        if (nested != null && !services.dispatcher().handles(TaskNode.this)) {
          NestedExecutions.call(this, callInput);
          return;
        }
        callHandler(callInput, this::afterCall);
      });
    }

    /**
     * Records the call's Scheduled event, then its Started event and {@code then}: two steps,
     * between which a replay lets other lines record what the history has there.
     */
    private void scheduled(JsonNode callInput, Runnable then) {
      ObjectNode scheduled = Values.object();
      if (lambdaFunction) {
        scheduled.put("resource", resource);
        if (timeout != null) {
          scheduled.put("timeoutInSeconds", timeout);
        }
        line.event(HistoryEventType.LAMBDA_FUNCTION_SCHEDULED, null, callInput, 0, null, null,
            scheduled);
        line.inRecordedTurn(() -> attempt.guard(() -> {
          line.event(HistoryEventType.LAMBDA_FUNCTION_STARTED, null, null);
          then.run();
        }), this::aborted);
        return;
      }
      scheduled.setAll(serviceFields);
      scheduled.put("region", region);
      if (timeout != null) {
        scheduled.put("timeoutInSeconds", timeout);
      }
      if (heartbeat != null) {
        scheduled.put("heartbeatInSeconds", heartbeat);
      }
      if (credentials != null || credentialsValue != null) {
        scheduled.set("taskCredentials", taskCredentials());
      }
      line.event(HistoryEventType.TASK_SCHEDULED, null, callInput, 0, null, null, scheduled);
      line.inRecordedTurn(() -> attempt.guard(() -> {
        line.event(HistoryEventType.TASK_STARTED, null, null, 0, null, null, serviceFields);
        then.run();
      }), this::aborted);
    }

    /**
     * The history's {@code taskCredentials}: the resolved Credentials in the API's spelling
     * ({@code roleArn}), as AWS records them.
     */
    private JsonNode taskCredentials() {
      JsonNode resolved = credentialsValue != null
          ? credentialsValue.build(new StateBindings(line, input), line)
          : credentials.build(effective, line);
      ObjectNode recorded = Values.object();
      if (resolved.has("RoleArn")) {
        recorded.set("roleArn", resolved.get("RoleArn"));
      }
      return recorded;
    }

    /**
     * Calls the handler: on the scheduler's thread, or on a handler thread while the line waits.
     * A handler's simulated duration moves the line's time before {@code then} records anything.
     */
    void callHandler(JsonNode callInput, Consumer<JsonNode> then) {
      io.statecraft.local.internal.kernel.Replay replay = line.run().replaying();
      if (replay != null) {
        replayCall(replay, callInput, then);
        return;
      }
      HandlerContext context = new HandlerContext(this);
      if (line.run().handlerThreads == null) {
        JsonNode result;
        try {
          result = services.dispatcher().call(TaskNode.this, callInput, context);
        } catch (TaskFailure failure) {
          afterHandler(context, () -> callFailed(failure, context));
          return;
        } catch (StatesError error) {
          throw unbound(error);
        }
        afterHandler(context, () -> then.accept(checked(result)));
        return;
      }
      line.awaitOutside(WaitCause.TASK_HANDLER, this::aborted);
      line.run().handlerThreads.execute(() -> {
        Runnable next;
        try {
          JsonNode result = services.dispatcher().call(TaskNode.this, callInput, context);
          next = () -> afterHandler(context, () -> then.accept(checked(result)));
        } catch (TaskFailure failure) {
          next = () -> afterHandler(context, () -> callFailed(failure, context));
        } catch (StatesError error) {
          next = () -> attempt.guard(() -> {
            throw unbound(error);
          });
        } catch (RuntimeException | Error crash) {
          next = () -> {
            throw crash;
          };
        }
        Runnable resume = next;
        line.run().post(() -> line.wakeWith(resume));
      });
    }

    /**
     * A resumed run replaying its history: the call's answer is the recorded one, the handler
     * is not called. A call the history has no answer to was under way when it was cut: it is
     * made once the run is live.
     */
    private void replayCall(io.statecraft.local.internal.kernel.Replay replay,
        JsonNode callInput, Consumer<JsonNode> then) {
      io.statecraft.local.history.HistoryEvent answer = replay.answerTo(line.cursor);
      if (answer == null) {
        line.awaitOutside(WaitCause.TASK_HANDLER, this::aborted);
        replay.afterwards(() -> line.wakeWith(() -> attempt.guard(
            () -> callHandler(callInput, then))));
        return;
      }
      if (line.run().handlerThreads != null || !replay.isNext(answer)) {
        // The answer came from a handler thread, or after other lines' events: the line waited
        // for it meanwhile.
        line.awaitOutside(WaitCause.TASK_HANDLER, this::aborted);
        line.onReplayedAnswer(event -> line.wakeWith(() -> replayedAnswer(event, then)));
        return;
      }
      replayedAnswer(answer, then);
    }

    private void replayedAnswer(io.statecraft.local.history.HistoryEvent answer,
        Consumer<JsonNode> then) {
      line.catchUp(answer.timestampMillis());
      line.whenCaughtUp(() -> attempt.guard(() -> {
        switch (answer.type()) {
          case TASK_SUCCEEDED, TASK_SUBMITTED, LAMBDA_FUNCTION_SUCCEEDED, ACTIVITY_SUCCEEDED ->
              then.accept(checked(answer.value()));
          default -> {
            boolean timedOut = answer.type() == timedOutType;
            abortIfStopped();
            line.event(timedOut ? timedOutType : failedType, null, null, 0, answer.error(),
                answer.cause(), fields);
            abortIfStopping();
            throw new StatesError(answer.error(), answer.cause(), timedOut);
          }
        }
      }), this::aborted);
    }

    private void afterHandler(HandlerContext context, Runnable then) {
      long deadline = context.deadlinePassedAt();
      if (deadline >= 0) {
        // AWS times the task out when its time runs out, not when the work ends: the handler's
        // late answer is discarded, and what follows (a retry, say) starts from the deadline.
        line.catchUp(deadline);
        line.whenCaughtUp(() -> attempt.guard(() -> timedOut(context)), this::aborted);
        return;
      }
      line.catchUp(context.endMillis());
      line.whenCaughtUp(() -> attempt.guard(then), this::aborted);
    }

    private void timedOut(HandlerContext context) {
      abortIfStopped();
      StatesError timeout = context.missedHeartbeatFirst() ? StatesError.heartbeatTimeout()
          : new StatesError(ErrorNames.TIMEOUT, null, true);
      line.event(timedOutType, null, null, 0, timeout.error(), null, fields);
      abortIfStopping();
      throw timeout;
    }

    /** An unbound task: recorded as a failed call so the history shows where it stopped. */
    private StatesError unbound(StatesError error) {
      line.event(failedType, null, null, 0, error.error(), error.cause(), fields);
      return error;
    }

    private void callFailed(TaskFailure failure, HandlerContext context) {
      if (failure.timedOut()) {
        // A time-out is recorded when the time ran out, whenever the handler gave up.
        line.catchUp(context.timedOutAt(failure));
      }
      abortIfStopped();
      line.event(failure.timedOut() ? timedOutType : failedType, null, null, 0, failure.error(),
          failure.cause(), fields);
      abortIfStopping();
      throw new StatesError(failure.error(), failure.cause(), failure.timedOut());
    }

    /** The handler's result, unless it is too large. */
    private JsonNode checked(JsonNode result) {
      abortIfStopped();
      if (result != null && Values.largerThan(result, line.run().payloadLimit)) {
        // AWS names the integration ('lambda'), not the state, in this cause.
        String cause = "The state/task '" + (lambdaFunction ? "lambda"
            : activity ? "activity" : serviceFields.get("resourceType").asString())
            + "' returned a result with a size exceeding the maximum number of bytes service limit.";
        line.event(failedType, null, null, 0, ErrorNames.DATA_LIMIT_EXCEEDED, cause, fields);
        throw new StatesError(ErrorNames.DATA_LIMIT_EXCEEDED, cause);
      }
      return result == null ? Values.NODES.nullNode() : result;
    }

    /** After the send of a service integration: its answer, if the task waits for one. */
    private void afterCall(JsonNode result) {
      JsonNode answer = callback || syncNested() ? services.dispatcher().answer(TaskNode.this)
          : null;
      if (answer != null) {
        line.event(HistoryEventType.TASK_SUBMITTED, null, result, 0, null, null, serviceFields);
        succeeded(Callbacks.recorded(answer, line, HistoryEventType.TASK_FAILED,
            HistoryEventType.TASK_TIMED_OUT, serviceFields));
      } else if (callback) {
        Callbacks.callback(this, result, this::succeeded);
      } else {
        succeeded(result);
      }
    }

    /** The call gave {@code result}: the succeeded event, then the state's output. */
    void succeeded(JsonNode result) {
      if (activity) {
        line.event(HistoryEventType.ACTIVITY_SUCCEEDED, null, result);
      } else if (lambdaFunction) {
        line.event(HistoryEventType.LAMBDA_FUNCTION_SUCCEEDED, null, result);
      } else {
        line.event(HistoryEventType.TASK_SUCCEEDED, null, result, 0, null, null, serviceFields);
      }
      abortIfStopping();
      line.inRecordedTurn(() -> attempt.guard(() -> attempt.succeeded(shape(input, result, line))),
          this::aborted);
    }

    /** A sibling failed while the call ran: AWS aborts the task state. */
    void aborted() {
      line.event(HistoryEventType.TASK_STATE_ABORTED, null, null);
    }

    /** Lines run in order: a sibling failed before the call ended. */
    private void abortIfStopped() {
      if (line.stopped()) {
        aborted();
        throw new LineAborted();
      }
    }

    /** Lines run in order: a sibling failed the moment the call ended. */
    void abortIfStopping() {
      if (line.stopping()) {
        aborted();
        throw new LineAborted();
      }
    }
  }

  /** JSONata TimeoutSeconds / HeartbeatSeconds: a whole number of seconds, at least 1. */
  private static Long positive(JsonataValue value, JsonNode input, Line line) {
    JsonNode seconds = value.build(new StateBindings(line, input), line, "number");
    if (!seconds.canConvertToExactIntegral() || seconds.asLong() < 1
        || seconds.asLong() > 99_999_999) {
      throw line.evaluationFailed(value.field(), "The JSONata expression '"
          + value.expressionText() + "' specified for the field '" + value.field()
          + "' returned an unexpected result type. Expected 'integer', but was '"
          + Values.typeName(seconds) + "' for value: " + Values.text(seconds), true);
    }
    return seconds.asLong();
  }

  private static Long seconds(Long literal, PathExpr path, JsonNode input, Line line) {
    if (literal != null || path == null) {
      return literal;
    }
    JsonNode value = PathExpr.select(path, input, line);
    if (!value.isIntegralNumber() || value.asLong() < 1) {
      throw StatesError.runtime(line, "The value of " + path.text()
          + " must be a positive integer, was " + Values.text(value));
    }
    return value.asLong();
  }
}
