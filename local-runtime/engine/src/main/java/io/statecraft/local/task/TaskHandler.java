package io.statecraft.local.task;

import tools.jackson.databind.JsonNode;

/**
 * Java code standing in for what a Task state calls: a Lambda function, a service API, an HTTP
 * endpoint. It receives the task's input (after InputPath and Parameters; for
 * {@code arn:aws:states:::lambda:invoke} the {@code Payload}) and returns the result; it fails the
 * task by throwing {@link TaskFailure}.
 *
 * <pre>{@code
 * LocalStepFunctions sfn = LocalStepFunctions.builder()
 *     .task("ChargeCard", (input, ctx) -> JsonNodeFactory.instance.objectNode()
 *         .set("charged", input.get("amount")))
 *     .resource("arn:aws:lambda:*:*:function:inventory-*", (input, ctx) -> {
 *       throw new TaskFailure("Inventory.OutOfStock", "no stock for " + input.get("sku"));
 *     })
 *     .build();
 * }</pre>
 */
@FunctionalInterface
public interface TaskHandler {

  /**
   * The task's result for {@code input}. Treat {@code input} as read-only.
   *
   * @throws TaskFailure to fail the task with an error name and cause, as the service would
   */
  JsonNode handle(JsonNode input, TaskContext context);
}
