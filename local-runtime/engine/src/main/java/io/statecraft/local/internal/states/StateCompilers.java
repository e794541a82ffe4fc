package io.statecraft.local.internal.states;

import io.statecraft.asl.MapState;
import io.statecraft.asl.ParallelState;
import io.statecraft.asl.TaskState;
import io.statecraft.asl.WaitState;
import io.statecraft.local.internal.expr.PathExpr;
import io.statecraft.local.internal.json.Times;
import tools.jackson.databind.node.ObjectNode;

/** Compiles the states with the most fields: Task, Wait, Parallel and Map. */
final class StateCompilers {

  private StateCompilers() {}

  static Node task(Loader loader, String name, TaskState state, String pointer) {
    loader.forbid(name, pointer, "Arguments", state.arguments(), "Output", state.output());
    String resource = state.resource();
    String[] arn = resource.split(":", 7);
    boolean lambda = arn.length >= 7 && arn[2].equals("lambda") && arn[5].equals("function");
    ObjectNode service = Loader.object();
    String region = arn.length > 3 && !arn[3].isEmpty() ? arn[3] : loader.defaultRegion();
    if (!lambda) {
      if (arn.length >= 6 && arn[2].equals("states") && arn[5].startsWith("activity")
          || resource.startsWith("activity")) {
        TaskNode node = new TaskNode(name, resource, false, service);
        node.activity = true;
        return configure(loader, node, state, pointer, region);
      }
      if (arn.length < 7 || !arn[2].equals("states") || !arn[3].isEmpty() || !arn[4].isEmpty()) {
        throw new IllegalArgumentException("Resource '" + resource + "' is neither a Lambda"
            + " function ARN nor a service integration (arn:aws:states:::service:action)");
      }
      // arn:aws:states:::lambda:invoke, :::aws-sdk:s3:getObject, :::states:startExecution.sync:2
      String[] rest = arn[6].split(":", 2);
      String resourceType = arn[5];
      String action = arn[6];
      if (resourceType.equals("aws-sdk") && rest.length == 2) {
        resourceType = "aws-sdk:" + rest[0];
        action = rest[1];
      }
      service.put("resourceType", resourceType);
      service.put("resource", action);
    }
    TaskNode node = new TaskNode(name, resource, lambda, service);
    node.callback = action(resource).endsWith(".waitForTaskToken");
    if (arn.length >= 7 && arn[5].equals("states") && arn[6].startsWith("startExecution")) {
      node.nested = arn[6].substring("startExecution".length());
    }
    return configure(loader, node, state, pointer, region);
  }

  private static String action(String resource) {
    return resource.substring(resource.lastIndexOf(':') + 1);
  }

  private static Node configure(Loader loader, TaskNode node, TaskState state, String pointer,
      String region) {
    String name = node.name;
    node.region = region;
    loader.io(node, state.inputPath(), state.outputPath());
    node.parameters = loader.template(state.parameters(), pointer + "/Parameters");
    node.resultSelector = loader.template(state.resultSelector(), pointer + "/ResultSelector");
    node.resultPath = Loader.resultPath(state.resultPath());
    node.timeoutSeconds = loader.number(state.timeoutSeconds(), name, pointer, "TimeoutSeconds");
    node.heartbeatSeconds =
        loader.number(state.heartbeatSeconds(), name, pointer, "HeartbeatSeconds");
    node.timeoutSecondsPath = path(loader, state.timeoutSecondsPath());
    node.heartbeatSecondsPath = path(loader, state.heartbeatSecondsPath());
    node.credentials = loader.template(state.credentials(), pointer + "/Credentials");
    loader.retryCatch(node, state, state.assign(), pointer);
    return node;
  }

  static Node waitState(Loader loader, String name, WaitState state, String pointer) {
    WaitNode node = loader.jsonPathFields(new WaitNode(name), state.output(), state.assign(),
        state.inputPath(), state.outputPath(), pointer);
    node.seconds = loader.number(state.seconds(), name, pointer, "Seconds");
    if (state.timestamp() != null && !(loader.jsonata
        && io.statecraft.compiler.internal.jsonata.JsonataExpression.isExpression(
            state.timestamp()))) {
      node.timestampMillis = Times.parse(state.timestamp());
      if (node.timestampMillis == null) {
        throw new IllegalArgumentException("Timestamp '" + state.timestamp()
            + "' is not an ISO-8601 extended offset date-time");
      }
    }
    node.secondsPath = path(loader, state.secondsPath());
    node.timestampPath = path(loader, state.timestampPath());
    return node;
  }

  static Node parallel(Loader loader, String name, ParallelState state, String pointer) {
    loader.forbid(name, pointer, "Arguments", state.arguments(), "Output", state.output());
    ParallelNode node = new ParallelNode(name);
    loader.io(node, state.inputPath(), state.outputPath());
    node.parameters = loader.template(state.parameters(), pointer + "/Parameters");
    node.resultSelector = loader.template(state.resultSelector(), pointer + "/ResultSelector");
    node.resultPath = Loader.resultPath(state.resultPath());
    node.branches = new Graph[state.branches().size()];
    for (int i = 0; i < node.branches.length; i++) {
      var branch = state.branches().get(i);
      node.branches[i] = loader.subgraph(branch.startAt(), branch.states(),
          pointer + "/Branches/" + i);
    }
    loader.retryCatch(node, state, state.assign(), pointer);
    return node;
  }

  static Node map(Loader loader, String name, MapState state, String pointer) {
    boolean distributed = state.isDistributed();
    if (distributed) {
      loader.forbid(name, pointer, "Items", state.items(), "Output", state.output());
    } else {
      loader.forbid(name, pointer, "Items", state.items(), "Output", state.output(),
          "ItemReader", state.itemReader(),
          "ItemBatcher", state.itemBatcher(), "ResultWriter", state.resultWriter(),
          "ToleratedFailurePercentage", state.toleratedFailurePercentage(),
          "ToleratedFailurePercentagePath", state.toleratedFailurePercentagePath(),
          "ToleratedFailureCount", state.toleratedFailureCount(),
          "ToleratedFailureCountPath", state.toleratedFailureCountPath(),
          "Label", state.label());
    }
    MapNode node = distributed ? DistributedMaps.compile(loader, name, state)
        : new MapNode(name);
    loader.io(node, state.inputPath(), state.outputPath());
    node.itemsPath = path(loader, state.itemsPath());
    JsonSelector selector = state.itemSelector() != null
        ? new JsonSelector(state.itemSelector(), "/ItemSelector")
        : new JsonSelector(state.parameters(), "/Parameters");
    node.itemSelector = loader.template(selector.template(), pointer + selector.field());
    node.resultSelector = loader.template(state.resultSelector(), pointer + "/ResultSelector");
    node.resultPath = Loader.resultPath(state.resultPath());
    Long concurrency = loader.number(state.maxConcurrency(), name, pointer, "MaxConcurrency");
    node.maxConcurrency = concurrency == null ? 0 : concurrency.intValue();
    node.maxConcurrencyPath = path(loader, state.maxConcurrencyPath());
    String processorPointer = pointer + (state.itemProcessor() != null ? "/ItemProcessor" : "/Iterator");
    io.statecraft.asl.ItemProcessor processor = state.processor();
    if (processor == null) {
      throw new IllegalArgumentException("a Map needs an ItemProcessor (or the legacy Iterator)");
    }
    node.processor = distributed
        ? loader.processorGraph(processor.startAt(), processor.states(), processorPointer)
        : loader.subgraph(processor.startAt(), processor.states(), processorPointer);
    if (node instanceof DistributedMapNode distributedNode) {
      DistributedMaps.configure(loader, distributedNode, state, pointer);
    }
    loader.retryCatch(node, state, state.assign(), pointer);
    return node;
  }

  private record JsonSelector(tools.jackson.databind.JsonNode template, String field) {}

  static PathExpr path(Loader loader, String text) {
    return text == null ? null : loader.paths.path(text);
  }
}
