package io.statecraft.importer.internal;

import com.palantir.javapoet.CodeBlock;
import io.statecraft.asl.TaskState;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Task's resource and request as a typed DSL integration ({@code lambdaInvoke}, {@code
 * snsPublish}, {@code awsSdk}, ...) where the request has the fields the factory takes, else the
 * raw {@code resource(...)} with the request field by field.
 */
final class Integrations {

  private static final String STATES = "arn:aws:states:::";
  private static final Pattern SDK =
      Pattern.compile("arn:aws:states:::aws-sdk:([a-z0-9][a-z0-9.-]*):([a-z][A-Za-z0-9]*)"
          + "(\\.waitForTaskToken)?");

  /** One typed factory: the resource it writes and the request fields it takes, in order. */
  private record Factory(String resource, String method, List<String> fields) {}

  private static final List<Factory> FACTORIES = List.of(
      new Factory("dynamodb:getItem", "dynamoGetItem", List.of("TableName", "Key")),
      new Factory("dynamodb:putItem", "dynamoPutItem", List.of("TableName", "Item")),
      new Factory("dynamodb:updateItem", "dynamoUpdateItem",
          List.of("TableName", "Key", "UpdateExpression")),
      new Factory("dynamodb:deleteItem", "dynamoDeleteItem", List.of("TableName", "Key")),
      new Factory("sns:publish", "snsPublish", List.of("TopicArn", "Message")),
      new Factory("sns:publish.waitForTaskToken", "snsPublishWaitForTaskToken",
          List.of("TopicArn", "Message")),
      new Factory("sqs:sendMessage", "sqsSendMessage", List.of("QueueUrl", "MessageBody")),
      new Factory("sqs:sendMessage.waitForTaskToken", "sqsSendMessageWaitForTaskToken",
          List.of("QueueUrl", "MessageBody")),
      new Factory("states:startExecution", "startExecution", List.of("StateMachineArn", "Input")),
      new Factory("states:startExecution.sync:2", "startExecutionSync",
          List.of("StateMachineArn", "Input")),
      new Factory("states:startExecution.waitForTaskToken", "startExecutionWaitForTaskToken",
          List.of("StateMachineArn", "Input")),
      new Factory("ecs:runTask", "ecsRunTask", List.of("Cluster", "TaskDefinition")),
      new Factory("ecs:runTask.sync", "ecsRunTaskSync", List.of("Cluster", "TaskDefinition")),
      new Factory("ecs:runTask.waitForTaskToken", "ecsRunTaskWaitForTaskToken",
          List.of("Cluster", "TaskDefinition")),
      new Factory("batch:submitJob", "batchSubmitJob",
          List.of("JobName", "JobQueue", "JobDefinition")),
      new Factory("batch:submitJob.sync", "batchSubmitJobSync",
          List.of("JobName", "JobQueue", "JobDefinition")),
      new Factory("glue:startJobRun", "glueStartJobRun", List.of("JobName")),
      new Factory("glue:startJobRun.sync", "glueStartJobRunSync", List.of("JobName")));

  /** Factory fields typed String in the DSL: they take a literal string only. */
  private static final List<String> STRING_FIELDS = List.of("TableName", "TopicArn", "QueueUrl",
      "StateMachineArn", "Cluster", "TaskDefinition", "JobName", "JobQueue", "JobDefinition",
      "UpdateExpression");

  private Integrations() {}

  static CodeBlock of(TaskState task) {
    JsonNode request = task.parameters() != null ? task.parameters() : task.arguments();
    if (request != null && !request.isObject()) {
      throw new InexpressibleException("a Task request of " + request + " has no DSL equivalent");
    }
    ObjectNode rest = request == null ? null : ((ObjectNode) request).deepCopy();
    String resource = task.resource();
    Fluent call = start(resource, rest);
    if (request != null && request.isEmpty()) {
      call.call("request", Literals.code("json($S)", "{}"));
    }
    MapParts.with(call, rest);
    return call.build();
  }

  private static Fluent start(String resource, ObjectNode rest) {
    if (resource.equals(STATES + "lambda:invoke")
        || resource.equals(STATES + "lambda:invoke.waitForTaskToken")) {
      JsonNode function = rest == null ? null : rest.get("FunctionName");
      if (function != null && function.isString()) {
        rest.remove("FunctionName");
        Fluent lambda = new Fluent(Literals.code("$L($S)",
            resource.endsWith("waitForTaskToken") ? "lambdaInvokeWaitForTaskToken" : "lambdaInvoke",
            function.stringValue()));
        CodeBlock payload = MapParts.take(rest, "Payload");
        if (payload != null) {
          lambda.call("payload", payload);
        }
        return lambda;
      }
    }
    if (resource.startsWith(STATES)) {
      String action = resource.substring(STATES.length());
      for (Factory factory : FACTORIES) {
        if (factory.resource().equals(action) && takes(factory, rest)) {
          List<CodeBlock> arguments = new ArrayList<>();
          for (String field : factory.fields()) {
            arguments.add(MapParts.take(rest, field));
          }
          return new Fluent(CodeBlock.of("$L($L)", factory.method(),
              CodeBlock.join(arguments, ", ")));
        }
      }
    }
    Matcher sdk = SDK.matcher(resource);
    if (sdk.matches()) {
      return new Fluent(Literals.code("$L($S, $S)",
          sdk.group(3) == null ? "awsSdk" : "awsSdkWaitForTaskToken", sdk.group(1),
          sdk.group(2)));
    }
    if ((resource.startsWith("arn:") && resource.contains(":activity:"))) {
      return new Fluent(Literals.code("activity($S)", resource));
    }
    return new Fluent(Literals.code("resource($S)", resource));
  }

  /** Whether the request has every field the factory takes, in a form the factory accepts. */
  private static boolean takes(Factory factory, ObjectNode rest) {
    if (rest == null) {
      return false;
    }
    for (String field : factory.fields()) {
      JsonNode value = rest.get(field);
      if (STRING_FIELDS.contains(field)) {
        if (value == null || !value.isString()) {
          return false;
        }
      } else if (field.equals("Key") || field.equals("Item")) {
        if (value == null || !value.isObject()) {
          return false;
        }
      } else if (value == null) {
        JsonNode dynamic = rest.get(field + ".$");
        if (dynamic == null || JsonCode.pathOrNull(dynamic) == null) {
          return false;
        }
      }
    }
    return true;
  }
}
