package io.statecraft.compiler.internal.policy;

import io.statecraft.asl.TaskState;
import java.util.List;

/**
 * A Task state's permissions, by what its {@code Resource} names: an optimized integration
 * ({@code arn:aws:states:::sqs:sendMessage}), an SDK call ({@code arn:aws:states:::aws-sdk:...}),
 * an HTTP Task, a Lambda function ARN, or an activity.
 */
final class Tasks {

  /** The patterns an integration ARN may end with, longest first. */
  private static final List<String> PATTERNS = List.of(".sync:2", ".sync", ".waitForTaskToken");

  private Tasks() {}

  /** An integration's service, API and pattern: {@code states}, {@code startExecution}, {@code .sync:2}. */
  record Call(String service, String api, String pattern) {

    boolean isSync() {
      return pattern.startsWith(".sync");
    }
  }

  static void derive(Findings findings, String name, String pointer, TaskState task,
      boolean jsonata) {
    String resource = task.resource();
    String resourcePointer = pointer + "/Resource";
    Site site = Site.of(findings, name, pointer, resource);
    if (resource == null) {
      site.warn(resourcePointer, "the Task has no Resource, so it calls nothing to allow");
      return;
    }
    String[] parts = Arns.parts(resource);
    if (parts == null) {
      site.warn(resourcePointer, "Resource " + resource + " is known only at deploy time, so"
          + " what it calls cannot be derived: substitute it (definition substitutions) before"
          + " deriving the policy, or add the permissions its integration needs by hand");
      return;
    }
    String service = parts[2];
    String rest = parts[5];
    if (service.equals("lambda")) {
      site.grant(List.of("lambda:InvokeFunction"), List.of(resource));
      return;
    }
    if (!service.equals("states")) {
      site.warn(resourcePointer, "Resource " + resource + " is neither a Step Functions"
          + " integration (arn:aws:states:::service:api), a Lambda function nor an activity, so"
          + " no permission is derived for it");
      return;
    }
    if (rest.startsWith("activity:")) {
      site.note(resourcePointer, "runs activity " + resource + ": the execution role needs no"
          + " permission for it (the activity's workers call GetActivityTask and SendTask*"
          + " with their own credentials)");
      return;
    }
    Args args = jsonata
        ? Args.of(task.arguments(), pointer + "/Arguments", true)
        : Args.of(task.parameters(), pointer + "/Parameters", false);
    if (rest.startsWith("aws-sdk:")) {
      SdkCalls.derive(site, resourcePointer, rest.substring("aws-sdk:".length()), args);
      return;
    }
    Call call = call(rest);
    if (call == null) {
      site.warn(resourcePointer, "Resource " + resource + " does not name a service and an API"
          + " (arn:aws:states:::service:api), so no permission is derived for it");
      return;
    }
    if (call.service().equals("http") && call.api().equals("invoke")) {
      HttpTasks.derive(site, args);
    } else {
      Optimized.derive(site, resourcePointer, call, args);
    }
  }

  /** {@code sqs:sendMessage.waitForTaskToken} as a call; null when it is not one. */
  static Call call(String rest) {
    int colon = rest.indexOf(':');
    if (colon <= 0 || colon == rest.length() - 1) {
      return null;
    }
    String service = rest.substring(0, colon);
    String api = rest.substring(colon + 1);
    for (String pattern : PATTERNS) {
      if (api.endsWith(pattern)) {
        return new Call(service, api.substring(0, api.length() - pattern.length()), pattern);
      }
    }
    return api.contains(":") ? null : new Call(service, api, "");
  }
}
