package io.statecraft.local.internal.states;

import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.internal.expr.StatesError;
import io.statecraft.local.internal.json.Values;
import io.statecraft.local.internal.kernel.Line;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Activity tasks: ActivityScheduled, then ActivityStarted when a worker takes the task, then
 * ActivitySucceeded, ActivityFailed or ActivityTimedOut. A handler bound to the state or the
 * activity ARN plays the worker; otherwise the task waits for one (GetActivityTask).
 */
final class Activities {

  private Activities() {}

  static void run(TaskNode.Call call, JsonNode input) {
    TaskNode task = call.task();
    Line line = call.line;
    if (!call.services.activities().test(task.resource)) {
      // activities/test_activities/test_activity_task_on_deleted: no event before the failure.
      throw StatesError.runtime(line, "The activity " + task.resource + " does not exist.");
    }
    ObjectNode scheduled = Values.object();
    scheduled.put("resource", task.resource);
    if (call.timeout != null) {
      scheduled.put("timeoutInSeconds", call.timeout);
    }
    if (call.heartbeat != null) {
      scheduled.put("heartbeatInSeconds", call.heartbeat);
    }
    line.event(HistoryEventType.ACTIVITY_SCHEDULED, null, input, 0, null, null, scheduled);
    JsonNode answer = call.services.dispatcher().answer(task);
    if (answer != null) {
      line.event(HistoryEventType.ACTIVITY_STARTED, null, null, 0, null, null, Values.object());
      call.succeeded(Callbacks.recorded(answer, line, HistoryEventType.ACTIVITY_FAILED,
          HistoryEventType.ACTIVITY_TIMED_OUT, null));
      return;
    }
    if (call.services.dispatcher().handles(task)) {
      line.event(HistoryEventType.ACTIVITY_STARTED, null, null, 0, null, null, Values.object());
      call.callHandler(input, call::succeeded);
      return;
    }
    call.services.tokens().offer(call.pending, input);
    Callbacks.activity(call, call::succeeded);
  }
}
