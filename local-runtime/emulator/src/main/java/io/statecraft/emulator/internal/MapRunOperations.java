package io.statecraft.emulator.internal;

import io.statecraft.local.MapRun;
import io.statecraft.local.RunningExecution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * DescribeMapRun, ListMapRuns, UpdateMapRun and ListExecutions of a Map Run: the Map Runs of
 * distributed Maps and their child executions, as the runtime keeps them.
 */
public final class MapRunOperations {

  private final Backend backend;

  MapRunOperations(Backend backend) {
    this.backend = backend;
  }

  ObjectNode describe(JsonNode request) {
    MapRun mapRun = backend.mapRun(Wire.required(request, "mapRunArn"));
    ObjectNode response = Wire.object();
    response.put("mapRunArn", mapRun.arn());
    response.put("executionArn", mapRun.executionArn());
    response.put("status", mapRun.status().name());
    response.put("startDate", Wire.seconds(mapRun.startDate().toEpochMilli()));
    mapRun.stopDate().ifPresent(stop -> response.put("stopDate",
        Wire.seconds(stop.toEpochMilli())));
    response.put("maxConcurrency", mapRun.maxConcurrency());
    response.put("toleratedFailurePercentage", mapRun.toleratedFailurePercentage());
    response.put("toleratedFailureCount", mapRun.toleratedFailureCount());
    counts(response.putObject("itemCounts"), mapRun.itemCounts());
    counts(response.putObject("executionCounts"), mapRun.executionCounts());
    response.put("redriveCount", mapRun.redriveCount());
    mapRun.redriveDate().ifPresent(redrive -> response.put("redriveDate",
        Wire.seconds(redrive.toEpochMilli())));
    return response;
  }

  private static void counts(ObjectNode node, MapRun.Counts counts) {
    node.put("pending", counts.pending());
    node.put("running", counts.running());
    node.put("succeeded", counts.succeeded());
    node.put("failed", counts.failed());
    node.put("timedOut", counts.timedOut());
    node.put("aborted", counts.aborted());
    node.put("total", counts.total());
    node.put("resultsWritten", counts.resultsWritten());
    node.put("failuresNotRedrivable", counts.failuresNotRedrivable());
    node.put("pendingRedrive", counts.pendingRedrive());
  }

  /** The Map Runs of an execution, in the order they started. */
  ObjectNode list(JsonNode request) {
    String executionArn = Wire.required(request, "executionArn");
    backend.execution(executionArn);
    List<MapRun> mapRuns = backend.runtime.mapRuns(executionArn);
    return Paging.page(request, mapRuns, "mapRuns", mapRun -> mapRun.arn(),
        (mapRun, item) -> {
      item.put("executionArn", mapRun.executionArn());
      item.put("mapRunArn", mapRun.arn());
      item.put("stateMachineArn", mapRun.stateMachineArn());
      item.put("startDate", Wire.seconds(mapRun.startDate().toEpochMilli()));
      mapRun.stopDate().ifPresent(stop -> item.put("stopDate",
          Wire.seconds(stop.toEpochMilli())));
    });
  }

  /**
   * Changes a Map Run's concurrency and failure thresholds. As on AWS, the values are checked
   * before the ARN, and a Map Run that has ended takes the change without effect.
   */
  ObjectNode update(JsonNode request) {
    String arn = Wire.required(request, "mapRunArn");
    JsonNode maxConcurrency = number(request, "maxConcurrency");
    JsonNode percentage = number(request, "toleratedFailurePercentage");
    JsonNode count = number(request, "toleratedFailureCount");
    List<String> violations = new ArrayList<>();
    atLeastZero(violations, "maxConcurrency", maxConcurrency);
    atLeastZero(violations, "toleratedFailurePercentage", percentage);
    if (percentage != null && percentage.floatValue() > 100) {
      violations.add(ApiException.violation("toleratedFailurePercentage", percentage,
          "Member must have value less than or equal to 100"));
    }
    atLeastZero(violations, "toleratedFailureCount", count);
    if (!violations.isEmpty()) {
      throw ApiException.violations(violations);
    }
    backend.mapRun(arn);
    backend.runtime.updateMapRun(arn, maxConcurrency == null ? null : maxConcurrency.asInt(),
        percentage == null ? null : percentage.floatValue(),
        count == null ? null : count.asLong());
    return Wire.object();
  }

  private static JsonNode number(JsonNode request, String member) {
    JsonNode value = request.get(member);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isNumber()) {
      throw new ApiException("SerializationException", "Member '" + member
          + "' must be a number, was " + value.getNodeType().toString().toLowerCase());
    }
    return value;
  }

  private static void atLeastZero(List<String> violations, String member, JsonNode value) {
    if (value != null && value.doubleValue() < 0) {
      violations.add(ApiException.violation(member, value,
          "Member must have value greater than or equal to 0"));
    }
  }

  /**
   * ListExecutions with a {@code mapRunArn}: the Map Run's child executions, newest first, each
   * with its Map Run and how many items it processed.
   */
  ObjectNode listExecutions(JsonNode request) {
    String mapRunArn = Wire.required(request, "mapRunArn");
    if (Wire.optional(request, "stateMachineArn") != null) {
      throw ApiException.validation("Specify either a stateMachineArn or a mapRunArn, not both");
    }
    ExecutionFilter filter = ExecutionFilter.of(request, true);
    backend.mapRun(mapRunArn);
    // The children first: the counts read afterwards include every child listed.
    List<RunningExecution> children = new ArrayList<>(
        backend.runtime.mapRunExecutions(mapRunArn));
    // The runtime lists each child as it first ran; a redriven child is its latest run.
    children.replaceAll(child -> backend.runtime.mapRunExecution(child.arn()).orElse(child));
    MapRun mapRun = backend.mapRun(mapRunArn);
    // Unless an ItemBatcher put several items into one child, each child ran one item.
    boolean batched = mapRun.itemCounts().total() != mapRun.executionCounts().total();
    children.removeIf(child -> !filter.test(status(child), child));
    children.sort(Comparator.comparing(RunningExecution::startDate).reversed()
        .thenComparing(RunningExecution::arn));
    return Paging.page(request, children, "executions", child -> child.arn(),
        (child, item) -> {
      item.put("executionArn", child.arn());
      item.put("stateMachineArn", child.stateMachine().arn());
      item.put("name", child.name());
      item.put("status", status(child));
      item.put("startDate", Wire.seconds(child.startDate().toEpochMilli()));
      child.result().ifPresent(done -> item.put("stopDate",
          Wire.seconds(done.stopDate().toEpochMilli())));
      item.put("mapRunArn", mapRunArn);
      item.put("itemCount", batched ? child.input().path("Items").size() : 1);
      RedriveStatus.writeCountAndDate(item, child);
    });
  }

  private static String status(RunningExecution execution) {
    return execution.result().map(done -> done.status().name()).orElse("RUNNING");
  }
}
