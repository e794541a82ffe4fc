package io.statecraft.emulator.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The operations of the Step Functions API this emulator answers, by name. */
public final class Operations {

  private final Map<String, Function<JsonNode, ObjectNode>> byName = new HashMap<>();
  private final Backend backend;
  private final Persistence persistence;

  /** With {@code persistence} keeping each change before its answer goes out. */
  public Operations(Backend backend, ExecutionOperations executions, Duration longPoll,
      Persistence persistence) {
    this.backend = backend;
    this.persistence = persistence;
    MachineOperations machines = new MachineOperations(backend);
    AliasOperations aliases = new AliasOperations(backend);
    ActivityOperations activities = new ActivityOperations(backend, longPoll);
    Tags tags = new Tags(backend);
    MapRunOperations mapRuns = new MapRunOperations(backend);
    RedriveOperations redrives = new RedriveOperations(backend);
    byName.put("CreateStateMachine", machines::create);
    byName.put("UpdateStateMachine", machines::update);
    byName.put("DescribeStateMachine", machines::describe);
    byName.put("DescribeStateMachineForExecution", machines::describeForExecution);
    byName.put("ListStateMachines", machines::list);
    byName.put("DeleteStateMachine", machines::delete);
    byName.put("PublishStateMachineVersion", machines::publishVersion);
    byName.put("ListStateMachineVersions", machines::listVersions);
    byName.put("DeleteStateMachineVersion", machines::deleteVersion);
    byName.put("CreateStateMachineAlias", aliases::create);
    byName.put("DescribeStateMachineAlias", aliases::describe);
    byName.put("UpdateStateMachineAlias", aliases::update);
    byName.put("ListStateMachineAliases", aliases::list);
    byName.put("DeleteStateMachineAlias", aliases::delete);
    byName.put("ValidateStateMachineDefinition",
        request -> Validation.validate(backend.runtime, request));
    byName.put("StartExecution", executions::start);
    byName.put("StartSyncExecution", executions::startSync);
    byName.put("DescribeExecution", executions::describe);
    byName.put("ListExecutions", request -> request.has("mapRunArn")
        && !request.get("mapRunArn").isNull() ? mapRuns.listExecutions(request)
        : executions.list(request));
    byName.put("GetExecutionHistory", executions::history);
    byName.put("StopExecution", executions::stop);
    byName.put("RedriveExecution", redrives::redrive);
    byName.put("DescribeMapRun", mapRuns::describe);
    byName.put("ListMapRuns", mapRuns::list);
    byName.put("UpdateMapRun", mapRuns::update);
    byName.put("CreateActivity", activities::create);
    byName.put("DescribeActivity", activities::describe);
    byName.put("ListActivities", activities::list);
    byName.put("DeleteActivity", activities::delete);
    byName.put("GetActivityTask", activities::getTask);
    byName.put("SendTaskSuccess", activities::success);
    byName.put("SendTaskFailure", activities::failure);
    byName.put("SendTaskHeartbeat", activities::heartbeat);
    byName.put("TestState", new TestStateOperation(backend.runtime)::call);
    byName.put("TagResource", tags::tag);
    byName.put("UntagResource", tags::untag);
    byName.put("ListTagsForResource", tags::list);
  }

  /**
   * Answers {@code operation} signed with {@code authorization} (the {@code Authorization}
   * header, or null), in the region of its signature; throws {@link ApiException} for every
   * error AWS would return.
   */
  ObjectNode call(String operation, JsonNode request, String authorization) {
    return backend.inRegion(signedRegion(authorization), () -> call(operation, request));
  }

  /**
   * The region of a SigV4 {@code Authorization} header's credential scope
   * ({@code Credential=AKID/DATE/REGION/SERVICE/aws4_request}), or null when there is none.
   */
  static String signedRegion(String authorization) {
    if (authorization == null) {
      return null;
    }
    int at = authorization.indexOf("Credential=");
    if (at < 0) {
      return null;
    }
    int end = authorization.indexOf(',', at);
    String[] scope = authorization.substring(at + "Credential=".length(),
        end < 0 ? authorization.length() : end).trim().split("/");
    return scope.length == 5 && !scope[2].isEmpty() ? scope[2] : null;
  }

  /** Answers {@code operation}; throws {@link ApiException} for every error AWS would return. */
  ObjectNode call(String operation, JsonNode request) {
    Function<JsonNode, ObjectNode> handler = byName.get(operation);
    if (handler == null) {
      throw new ApiException("com.amazon.coral.service#UnknownOperationException",
          "Unknown operation '" + operation + "'");
    }
    if (!request.isObject()) {
      throw new ApiException("com.amazon.coral.service#SerializationException",
          "The request body must be a JSON object");
    }
    // The model's types and constraints first, as AWS checks them before the operation runs.
    RequestShapes.check(operation, request);
    ObjectNode response = handler.apply(request);
    persistence.after(operation, request, response);
    return response;
  }
}
