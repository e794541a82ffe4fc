package io.statecraft.emulator.internal;

import io.statecraft.local.task.ActivityTask;
import io.statecraft.local.task.TaskTokenException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Activities, GetActivityTask, and the SendTask* answers to task tokens. */
public final class ActivityOperations {

  /** How long GetActivityTask waits for work before answering with no task. */
  public static final Duration LONG_POLL = Duration.ofSeconds(60);

  private final Backend backend;
  private final Duration longPoll;

  ActivityOperations(Backend backend, Duration longPoll) {
    this.backend = backend;
    this.longPoll = longPoll;
  }

  ObjectNode create(JsonNode request) {
    String name = Wire.required(request, "name");
    Arns.checkName(name);
    String arn = backend.arns().activity(name);
    ActivityRecord activity = backend.activities.computeIfAbsent(arn,
        a -> new ActivityRecord(name, a, backend.clock.millis()));
    Tags.put(backend, arn, request.get("tags"));
    ObjectNode response = Wire.object();
    response.put("activityArn", arn);
    response.put("creationDate", Wire.seconds(activity.creationMillis()));
    return response;
  }

  ObjectNode describe(JsonNode request) {
    ActivityRecord activity = backend.activity(Wire.required(request, "activityArn"));
    return describe(activity, Wire.object());
  }

  ObjectNode list(JsonNode request) {
    List<ActivityRecord> activities = new ArrayList<>(backend.activities.values());
    activities.removeIf(activity -> !backend.here(activity.arn()));
    activities.sort(Comparator.comparingLong(ActivityRecord::creationMillis)
        .thenComparing(ActivityRecord::name));
    return Paging.page(request, activities, "activities", ActivityRecord::arn,
        ActivityOperations::describe);
  }

  /** What DescribeActivity answers, and ListActivities for each activity. */
  private static ObjectNode describe(ActivityRecord activity, ObjectNode into) {
    into.put("activityArn", activity.arn());
    into.put("name", activity.name());
    into.put("creationDate", Wire.seconds(activity.creationMillis()));
    return into;
  }

  ObjectNode delete(JsonNode request) {
    String arn = Wire.required(request, "activityArn");
    // Another region's activity does not exist here: deleting it deletes nothing.
    if (backend.arns().parts(arn, "activity") != null && backend.activities.remove(arn) != null) {
      backend.tags.remove(arn);
      backend.embedded.forgetActivity(arn);
    }
    return Wire.object();
  }

  ObjectNode getTask(JsonNode request) {
    ActivityRecord activity = backend.activity(Wire.required(request, "activityArn"));
    String worker = Wire.optional(request, "workerName");
    Optional<ActivityTask> task = backend.embedded.pollActivityTask(activity.arn(), worker,
        longPoll);
    ObjectNode response = Wire.object();
    task.ifPresent(t -> {
      response.put("taskToken", t.taskToken());
      response.put("input", Wire.text(t.input()));
    });
    return response;
  }

  ObjectNode success(JsonNode request) {
    String token = token(request);
    JsonNode output = Wire.document(Wire.required(request, "output"), "InvalidOutput",
        "Invalid Output");
    answer(() -> backend.runtime.sendTaskSuccess(token, output));
    return Wire.object();
  }

  ObjectNode failure(JsonNode request) {
    String token = token(request);
    String error = Wire.optional(request, "error");
    String cause = Wire.optional(request, "cause");
    answer(() -> backend.runtime.sendTaskFailure(token, error, cause));
    return Wire.object();
  }

  ObjectNode heartbeat(JsonNode request) {
    String token = token(request);
    answer(() -> backend.runtime.sendTaskHeartbeat(token));
    return Wire.object();
  }

  private String token(JsonNode request) {
    String token = Wire.required(request, "taskToken");
    if (token.isEmpty() || token.length() > 2048) {
      throw ApiException.validation("1 validation error detected: Value at 'taskToken' failed"
          + " to satisfy constraint: Member must have length less than or equal to 2048");
    }
    // A token belongs to the region of the execution that issued it: another region's endpoint
    // cannot read it, as it cannot read a token it never issued.
    String issuedIn = backend.embedded.taskTokenRegion(token).orElse(null);
    if (issuedIn != null && !issuedIn.equals(backend.arns().region())) {
      throw new ApiException("InvalidToken", "Invalid token");
    }
    return token;
  }

  private static void answer(Runnable send) {
    try {
      send.run();
    } catch (TaskTokenException e) {
      String code = switch (e.reason()) {
        case INVALID_TOKEN -> "InvalidToken";
        case TASK_DOES_NOT_EXIST -> "TaskDoesNotExist";
        case TASK_TIMED_OUT -> "TaskTimedOut";
      };
      throw new ApiException(code, e.getMessage());
    }
  }
}
