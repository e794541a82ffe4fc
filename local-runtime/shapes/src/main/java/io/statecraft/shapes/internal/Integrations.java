package io.statecraft.shapes.internal;

import io.statecraft.shapes.internal.Structure.Member;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which bundled shape a Task resource's result has. {@code aws-sdk:<service>:<action>} results
 * are the SDK operation's output; optimized integrations' results are mapped here, with the
 * members Step Functions adds or renders differently.
 */
public final class Integrations {

  private static final Pattern SERVICE_RESOURCE =
      Pattern.compile("arn:[a-z-]+:states:::(.+?)(\\.sync:2|\\.sync|\\.waitForTaskToken)?");
  private static final Pattern AWS_SDK = Pattern.compile("aws-sdk:([a-z0-9]+):([A-Za-z0-9]+)");

  /**
   * What the optimized integrations' request-response results carry besides the API's output:
   * the SDK's HTTP and response metadata, as recorded on AWS (see the engine's TaskBindings).
   */
  private static final Map<String, Structure> SDK_METADATA = Map.of(
      "SdkHttpMetadata", new Structure("SdkHttpMetadata", members(
          "AllHttpHeaders", "{[string]}", "HttpHeaders", "{string}", "HttpStatusCode", "integer")),
      "SdkResponseMetadata", new Structure("SdkResponseMetadata", members(
          "RequestId", "string")));
  private static final Map<String, Member> WITH_METADATA = members(
      "SdkHttpMetadata", "SdkHttpMetadata", "SdkResponseMetadata", "SdkResponseMetadata");

  /** The optimized integrations, by resource without {@code arn:...:states:::}. */
  private static final Map<String, Optimized> OPTIMIZED = optimized();

  private final Catalog catalog;

  public Integrations(Catalog catalog) {
    this.catalog = catalog;
  }

  /** A result's shape: the structure, in the model whose names it refers to. */
  public record Target(ServiceModel model, Structure root) {
  }

  /**
   * The shape of {@code resourceArn}'s result, or empty when it has none: an unknown service or
   * action, a Lambda function or activity ARN, or {@code .waitForTaskToken}, whose result is
   * whatever SendTaskSuccess sends.
   */
  public Optional<Target> resolve(String resourceArn) {
    Matcher resource = SERVICE_RESOURCE.matcher(resourceArn);
    if (!resource.matches() || ".waitForTaskToken".equals(resource.group(2))) {
      return Optional.empty();
    }
    String pattern = resource.group(2) == null ? "" : resource.group(2);
    Matcher sdk = AWS_SDK.matcher(resource.group(1));
    if (sdk.matches()) {
      // AWS SDK integrations support request-response and .waitForTaskToken only.
      return pattern.isEmpty() ? catalog.service(sdk.group(1))
          .flatMap(model -> model.operationResult(sdk.group(2))
              .map(root -> new Target(model, root))) : Optional.empty();
    }
    Optimized optimized = OPTIMIZED.get(resource.group(1) + pattern);
    return optimized == null ? Optional.empty() : optimized.target(catalog);
  }

  /** The optimized integrations' resources, {@code states:startExecution.sync} and the like. */
  static java.util.Set<String> optimizedResources() {
    return OPTIMIZED.keySet();
  }

  /** One optimized integration: the service and bundled structure, and Step Functions' members. */
  private record Optimized(String service, String structure, boolean operation,
      Map<String, Member> overrides) {

    Optional<Target> target(Catalog catalog) {
      return catalog.service(service).flatMap(model -> {
        ServiceModel withMetadata = overrides.containsKey("SdkHttpMetadata")
            ? model.with(SDK_METADATA) : model;
        return (operation ? model.operationResult(structure) : model.structure(structure))
            .map(root -> new Target(withMetadata, root.with(overrides)));
      });
    }
  }

  private static Map<String, Optimized> optimized() {
    Map<String, Optimized> table = new LinkedHashMap<>();
    // lambda:invoke's Payload is the function's result parsed into JSON (docs: connect-lambda).
    requestResponse(table, "lambda:invoke", "lambda", "Invoke", members("Payload", "any"));
    for (String action : new String[] {"getItem", "putItem", "updateItem", "deleteItem"}) {
      requestResponse(table, "dynamodb:" + action, "dynamodb", action, Map.of());
    }
    requestResponse(table, "sqs:sendMessage", "sqs", "SendMessage", Map.of());
    requestResponse(table, "sns:publish", "sns", "Publish", Map.of());
    requestResponse(table, "events:putEvents", "eventbridge", "PutEvents", Map.of());
    requestResponse(table, "ecs:runTask", "ecs", "RunTask", Map.of());
    requestResponse(table, "batch:submitJob", "batch", "SubmitJob", Map.of());
    // Step Functions copies the request's JobName into StartJobRun's result.
    requestResponse(table, "glue:startJobRun", "glue", "StartJobRun",
        members("JobName", "string"));
    for (String action : new String[] {"startQueryExecution", "stopQueryExecution",
        "getQueryExecution", "getQueryResults"}) {
      requestResponse(table, "athena:" + action, "athena", action, Map.of());
    }
    requestResponse(table, "states:startExecution", "sfn", "StartExecution", Map.of());
    // bedrock:invokeModel's Body is the model's JSON answer, parsed.
    requestResponse(table, "bedrock:invokeModel", "bedrockruntime", "InvokeModel",
        members("Body", "any"));
    // Run a job (.sync): the description of the finished job or execution, without metadata.
    table.put("ecs:runTask.sync", new Optimized("ecs", "Task", false, Map.of()));
    table.put("batch:submitJob.sync", new Optimized("batch", "JobDetail", false, Map.of()));
    table.put("glue:startJobRun.sync", new Optimized("glue", "JobRun", false, Map.of()));
    table.put("athena:startQueryExecution.sync",
        new Optimized("athena", "GetQueryExecution", true, Map.of()));
    table.put("states:startExecution.sync",
        new Optimized("sfn", "DescribeExecution", true, Map.of()));
    // .sync:2 gives the child's Input and Output as JSON rather than as JSON text.
    table.put("states:startExecution.sync:2", new Optimized("sfn", "DescribeExecution", true,
        members("Input", "any", "Output", "any")));
    return Map.copyOf(table);
  }

  private static void requestResponse(Map<String, Optimized> table, String resource,
      String service, String operation, Map<String, Member> overrides) {
    Map<String, Member> all = new LinkedHashMap<>(overrides);
    all.putAll(WITH_METADATA);
    table.put(resource, new Optimized(service, operation, true, all));
  }

  /** Members from name, type expression pairs. */
  private static Map<String, Member> members(String... namesAndTypes) {
    Map<String, Member> members = new LinkedHashMap<>();
    for (int i = 0; i < namesAndTypes.length; i += 2) {
      members.put(namesAndTypes[i], Member.parse(namesAndTypes[i + 1]));
    }
    return members;
  }
}
