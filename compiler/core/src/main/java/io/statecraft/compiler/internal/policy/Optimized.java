package io.statecraft.compiler.internal.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The optimized integrations ({@code arn:aws:states:::service:api[.pattern]}), each as AWS's
 * "IAM policies for ..." page of the Step Functions developer guide documents it. The
 * request-response and {@code .waitForTaskToken} patterns need the call itself; {@code .sync}
 * adds what Step Functions needs to follow and stop the job (and, for some services, the managed
 * EventBridge rule it listens on).
 */
final class Optimized {

  private Optimized() {}

  static void derive(Site site, String resourcePointer, Tasks.Call call, Args args) {
    String key = call.service() + ":" + call.api();
    switch (key) {
      case "lambda:invoke" -> Services.lambda(site, args);
      case "sns:publish" -> Services.sns(site, args);
      case "sqs:sendMessage" -> Services.sqs(site, args);
      case "dynamodb:getItem", "dynamodb:putItem", "dynamodb:updateItem",
          "dynamodb:deleteItem" -> Services.dynamodb(site, args, call.api());
      case "events:putEvents" -> Services.events(site, args);
      case "states:startExecution" -> Jobs.stepFunctions(site, args, call.isSync());
      case "ecs:runTask" -> Jobs.ecs(site, args, call.isSync());
      case "batch:submitJob" -> Jobs.batch(site, args, call.isSync());
      case "glue:startJobRun" -> Jobs.glue(site, args, call.isSync());
      case "codebuild:startBuild" -> Jobs.codeBuild(site, args, call.isSync());
      case "athena:startQueryExecution", "athena:getQueryExecution", "athena:getQueryResults",
          "athena:stopQueryExecution" -> Jobs.athena(site, args, call.api(), call.isSync());
      case "apigateway:invoke" -> Services.apiGateway(site, args);
      case "bedrock:invokeModel" -> Services.bedrock(site, args);
      default -> generic(site, resourcePointer, call);
    }
  }

  /** The managed rule Step Functions creates to hear of a job's end: PutTargets, PutRule, DescribeRule. */
  static void managedRule(Site site, String rule) {
    site.grant(List.of("events:PutTargets", "events:PutRule", "events:DescribeRule"),
        List.of(site.arn("events", "rule/" + rule)));
  }

  private static void generic(Site site, String resourcePointer, Tasks.Call call) {
    String action = SdkCalls.prefix(call.service()) + ":" + SdkCalls.pascal(call.api());
    site.grant(List.of(action), List.of("*"));
    List<String> missing = new ArrayList<>();
    missing.add("allows " + action + " on *, the action named by the API");
    if (call.isSync()) {
      missing.add("leaves out what " + call.pattern() + " needs to follow and stop the job"
          + " (its Describe/Stop actions and, for some services, the managed EventBridge rule)");
    }
    site.warn(resourcePointer, "the policy of " + call.service() + ":" + call.api()
        + call.pattern() + " is not derived from its parameters: it " + String.join(" and ", missing)
        + ". Narrow it as the page \"IAM policies for " + call.service()
        + "\" of the Step Functions developer guide shows");
  }

  /** Adds a condition entry, for grants built up from optional parts. */
  static Map<String, Map<String, List<String>>> condition(String operator, String key,
      String value) {
    return Map.of(operator, Map.of(key, List.of(value)));
  }
}
