package io.statecraft.local;

import java.time.Duration;
import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code Task}: InputPath, Parameters, the call (to the bound handler), ResultSelector,
 * ResultPath, OutputPath; events as AWS records them for a Lambda function ARN
 * ({@code LambdaFunction*}) or a service integration ({@code Task*}).
 */
final class TaskNode extends RetryingNode {

  final String resource;
  final boolean lambdaFunction;
  /** For service integrations: {@code resourceType} and {@code resource} of the Task* events. */
  final ObjectNode serviceFields;
  Template parameters;
  Template resultSelector;
  ResultPath resultPath = ResultPath.REPLACE;
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

  TaskNode(String name, String resource, boolean lambdaFunction, ObjectNode serviceFields) {
    super(name, "Task");
    this.resource = resource;
    this.lambdaFunction = lambdaFunction;
    this.serviceFields = serviceFields;
  }

  @Override
  boolean contextHasRetryCount() {
    return true;
  }

  @Override
  JsonNode attempt(JsonNode input, Frame frame) {
    JsonNode effective = applyInputPath(input, frame);
    Long timeout = seconds(timeoutSeconds, timeoutSecondsPath, effective, frame);
    Long heartbeat = seconds(heartbeatSeconds, heartbeatSecondsPath, effective, frame);
    PendingTask pending = null;
    if (waits()) {
      pending = frame.run.runtime.tasks().register(frame.run, name, activity ? resource : null);
      frame.taskToken = pending.token;
    }
    try {
      return attempt(input, effective, frame, timeout, heartbeat, pending);
    } finally {
      frame.taskToken = null;
      if (pending != null) {
        frame.run.runtime.tasks().close(pending);
      }
    }
  }

  private JsonNode attempt(JsonNode input, JsonNode effective, Frame frame, Long timeout,
      Long heartbeat, PendingTask pending) {
    JsonNode callInput = parameters == null ? effective : parameters.build(effective, frame);
    checkSize(callInput, frame);
    if (activity) {
      if (!frame.run.runtime.activityExists(resource)) {
        // activities/test_activities/test_activity_task_on_deleted: no event before the failure.
        throw StatesError.runtime(frame, "The activity " + resource + " does not exist.");
      }
      JsonNode output = Callbacks.activity(this, pending, callInput, frame, timeout, heartbeat);
      frame.event("ActivitySucceeded", null, output);
      return shape(input, output, resultSelector, resultPath, frame);
    }
    long startedMillis = frame.now();
    ObjectNode scheduled = Values.object();
    if (lambdaFunction) {
      scheduled.put("resource", resource);
      if (timeout != null) {
        scheduled.put("timeoutInSeconds", timeout);
      }
      frame.event("LambdaFunctionScheduled", null, callInput, 0, null, null, scheduled);
      frame.event("LambdaFunctionStarted", null, null);
    } else {
      scheduled.setAll(serviceFields);
      scheduled.put("region", region);
      if (timeout != null) {
        scheduled.put("timeoutInSeconds", timeout);
      }
      if (heartbeat != null) {
        scheduled.put("heartbeatInSeconds", heartbeat);
      }
      if (credentials != null) {
        scheduled.set("taskCredentials", taskCredentials(effective, frame));
      }
      frame.event("TaskScheduled", null, callInput, 0, null, null, scheduled);
      frame.event("TaskStarted", null, null, 0, null, null, serviceFields);
    }
    JsonNode result;
    if (nested != null && !frame.run.tasks.handles(this)) {
      result = nestedCall(callInput, frame, timeout, heartbeat, pending, startedMillis);
    } else {
      result = call(callInput, frame, timeout, heartbeat);
      JsonNode answer = callback || syncNested() ? frame.run.tasks.answer(this) : null;
      if (answer != null) {
        frame.event("TaskSubmitted", null, result, 0, null, null, serviceFields);
        result = Callbacks.recorded(answer, frame, "Task", serviceFields);
      } else if (callback) {
        result = Callbacks.callback(this, pending, result, frame, timeout, heartbeat,
            startedMillis);
      }
    }
    if (lambdaFunction) {
      frame.event("LambdaFunctionSucceeded", null, result);
    } else {
      frame.event("TaskSucceeded", null, result, 0, null, null, serviceFields);
    }
    abortIfStopping(frame);
    return shape(input, result, resultSelector, resultPath, frame);
  }

  /**
   * The history's {@code taskCredentials}: the resolved Credentials in the API's spelling
   * ({@code roleArn}), as AWS records them.
   */
  private JsonNode taskCredentials(JsonNode effective, Frame frame) {
    JsonNode resolved = credentials.build(effective, frame);
    ObjectNode recorded = Values.object();
    if (resolved.has("RoleArn")) {
      recorded.set("roleArn", resolved.get("RoleArn"));
    }
    return recorded;
  }

  boolean syncNested() {
    return nested != null && nested.startsWith(".sync");
  }

  /** Whether the task waits for an answer after its call or schedule. */
  boolean waits() {
    return activity || callback || syncNested();
  }

  /** {@code states:startExecution} with no handler bound: a child execution in this runtime. */
  private JsonNode nestedCall(JsonNode callInput, Frame frame, Long timeout, Long heartbeat,
      PendingTask pending, long startedMillis) {
    try {
      RunningExecution child = NestedExecutions.start(this, callInput, frame);
      ObjectNode started = NestedExecutions.started(child);
      if (nested.isEmpty()) {
        return started;
      }
      if (callback) {
        return Callbacks.callback(this, pending, started, frame, timeout, heartbeat,
            startedMillis);
      }
      frame.event("TaskSubmitted", null, started, 0, null, null, serviceFields);
      return NestedExecutions.await(child, frame, nested.equals(".sync:2"), timeout,
          startedMillis);
    } catch (TaskFailure failure) {
      frame.event(failure.timedOut() ? "TaskTimedOut" : "TaskFailed", null, null, 0,
          failure.error(), failure.cause(), serviceFields);
      throw new StatesError(failure.error(), failure.cause(), failure.timedOut());
    }
  }

  private JsonNode call(JsonNode callInput, Frame frame, Long timeout, Long heartbeat) {
    long started = frame.now();
    Context context = new Context(frame);
    String failedType = lambdaFunction ? "LambdaFunctionFailed" : "TaskFailed";
    String timedOutType = lambdaFunction ? "LambdaFunctionTimedOut" : "TaskTimedOut";
    ObjectNode fields = lambdaFunction ? null : serviceFields;
    JsonNode result;
    try {
      result = frame.run.tasks.call(this, callInput, context);
      abortIfStopped(frame);
    } catch (TaskFailure failure) {
      if (failure.timedOut()) {
        // A time-out is recorded when the time ran out, whenever the handler gave up.
        frame.catchUp(timedOutAt(failure, started, context, timeout, heartbeat));
      }
      abortIfStopped(frame);
      String type = failure.timedOut() ? timedOutType : failedType;
      frame.event(type, null, null, 0, failure.error(), failure.cause(), fields);
      abortIfStopping(frame);
      throw new StatesError(failure.error(), failure.cause(), failure.timedOut());
    } catch (StatesError error) {
      // An unbound task: recorded as a failed call so the history shows where it stopped.
      frame.event(failedType, null, null, 0, error.error(), error.cause(), fields);
      throw error;
    }
    if (result != null && Values.largerThan(result, frame.run.payloadLimit)) {
      // AWS names the integration ('lambda'), not the state, in this cause.
      String cause = "The state/task '" + (lambdaFunction ? "lambda"
          : serviceFields.get("resourceType").asString())
          + "' returned a result with a size exceeding the maximum number of bytes service limit.";
      frame.event(failedType, null, null, 0, StatesError.DATA_LIMIT_EXCEEDED, cause, fields);
      throw new StatesError(StatesError.DATA_LIMIT_EXCEEDED, cause);
    }
    long elapsed = frame.now() - started;
    if (timeout != null && elapsed > timeout * 1000) {
      frame.event(timedOutType, null, null, 0, StatesError.TIMEOUT, null, fields);
      abortIfStopping(frame);
      throw new StatesError(StatesError.TIMEOUT, null, true);
    }
    if (heartbeat != null && context.sinceHeartbeat() > heartbeat * 1000) {
      frame.event(timedOutType, null, null, 0, StatesError.HEARTBEAT_TIMEOUT, null, fields);
      abortIfStopping(frame);
      throw new StatesError(StatesError.HEARTBEAT_TIMEOUT, null, true);
    }
    return result == null ? Values.NODES.nullNode() : result;
  }

  /**
   * Inside a branch or iteration AWS closes a task state whose error fails the line with a
   * TaskStateAborted (at the top level the execution fails instead).
   */
  @Override
  void uncaught(Frame frame) {
    if (frame.stop != null) {
      frame.sideEvent("TaskStateAborted", null, 0);
    }
  }

  /** A sibling branch or iteration failed while the call ran: AWS aborts the task state. */
  private static void abortIfStopped(Frame frame) {
    if (frame.stopped()) {
      frame.event("TaskStateAborted", null, null);
      throw new Interpreter.Aborted();
    }
  }

  /** A sibling failed the moment the call ended: AWS records the call's end, then aborts. */
  private static void abortIfStopping(Frame frame) {
    if (frame.stopping()) {
      frame.event("TaskStateAborted", null, null);
      throw new Interpreter.Aborted();
    }
  }

  private static long timedOutAt(TaskFailure failure, long started, Context context, Long timeout,
      Long heartbeat) {
    if (StatesError.HEARTBEAT_TIMEOUT.equals(failure.error()) && heartbeat != null) {
      return context.lastHeartbeat + heartbeat * 1000;
    }
    return timeout == null ? started : started + timeout * 1000;
  }

  private static Long seconds(Long literal, PathExpr path, JsonNode input, Frame frame) {
    if (literal != null || path == null) {
      return literal;
    }
    JsonNode value = select(path, input, frame);
    if (!value.isIntegralNumber() || value.asLong() < 1) {
      throw StatesError.runtime(frame, "The value of " + path.text()
          + " must be a positive integer, was " + Values.text(value));
    }
    return value.asLong();
  }

  /** The handler's view of the call. */
  private final class Context implements TaskContext {
    private final Frame frame;
    private long lastHeartbeat;

    Context(Frame frame) {
      this.frame = frame;
      this.lastHeartbeat = frame.now();
    }

    long sinceHeartbeat() {
      return frame.now() - lastHeartbeat;
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
    public int retryCount() {
      return frame.retryCount;
    }

    @Override
    public JsonNode contextObject() {
      return frame.context();
    }

    @Override
    public Instant now() {
      return Instant.ofEpochMilli(frame.now());
    }

    @Override
    public void sleep(Duration duration) {
      frame.elapse(duration.toMillis());
    }

    @Override
    public void heartbeat() {
      lastHeartbeat = frame.now();
    }
  }
}
