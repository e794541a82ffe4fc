package io.statecraft.local.task;

import tools.jackson.databind.JsonNode;

/**
 * Java code standing in for what a Task state calls: a Lambda function, a service API, an HTTP
 * endpoint. It receives the task's input (after InputPath and Parameters) and returns the result;
 * it fails the task by throwing {@link TaskFailure}.
 *
 * <p>For {@code arn:aws:states:::lambda:invoke} the handler is the function: it receives the
 * {@code Payload} and returns the function's result, which the runtime wraps in Lambda's Invoke
 * response as AWS records it ({@code {"ExecutedVersion": "$LATEST", "Payload": <result>,
 * "SdkHttpMetadata": {...}, "SdkResponseMetadata": {...}, "StatusCode": 200}}), so
 * {@code ResultSelector: {"order.$": "$.Payload"}} reads what the handler returned. A handler that
 * must give the whole response (another {@code StatusCode}, a {@code FunctionError}) is made with
 * {@link #raw(TaskHandler)}.
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

  /**
   * A handler that speaks the service's own request and response: it receives the task's whole
   * input (for {@code lambda:invoke}: {@code FunctionName}, {@code Payload}, ...) and its result
   * is the service response as is, never wrapped.
   *
   * <pre>{@code
   * .task("Charge card", TaskHandler.raw((request, ctx) -> Json.parse(
   *     "{\"StatusCode\": 200, \"FunctionError\": \"Unhandled\", \"Payload\": {}}")))
   * }</pre>
   */
  static TaskHandler raw(TaskHandler handler) {
    java.util.Objects.requireNonNull(handler, "handler == null");
    return handler instanceof Raw ? handler : new Raw(handler);
  }

  /**
   * A handler written with records: the task's input is read as {@code input} (checked against
   * its JSON Schema, so a field the workflow's {@code Parameters} got wrong is named), and the
   * result, a record or any value Jackson writes, becomes the task's result.
   *
   * <pre>{@code
   * record ChargeRequest(String orderId, BigDecimal amount) {}
   * record ChargeResult(String chargeId) {}
   *
   * .task("Charge card", TaskHandler.typed(ChargeRequest.class,
   *     (request, ctx) -> new ChargeResult("ch-" + request.orderId())))
   * }</pre>
   *
   * <p>An input that does not fit throws {@link io.statecraft.local.typed.TypeMismatchException} out of
   * the run, as any exception of a handler other than {@link TaskFailure} does: it is a mistake in
   * the workflow or the test, not a failure of the service.
   */
  static <I extends Record> TaskHandler typed(Class<I> input,
      java.util.function.BiFunction<? super I, TaskContext, ?> handler) {
    java.util.Objects.requireNonNull(input, "input == null");
    java.util.Objects.requireNonNull(handler, "handler == null");
    return (json, context) -> io.statecraft.local.internal.typed.TypedValues.write(handler.apply(
        io.statecraft.local.internal.typed.TypedValues.read(
            "the input of task '" + context.stateName() + "'", json, input), context));
  }

  /**
   * A handler written with records on both sides: the task's input is read as {@code input}, and
   * the {@code output} record the handler returns is checked against that record's JSON Schema
   * (a {@code null} where a value is required is named) before Jackson writes it as the task's
   * result; for {@code lambdaInvoke} that is the function's result, which the runtime wraps in
   * the Invoke response. Tests then build results as records, not JSON.
   *
   * <pre>{@code
   * record ChargeRequest(String orderId, BigDecimal amount) {}
   * record Charge(String chargeId) {}
   *
   * .task("Charge card", TaskHandler.typed(ChargeRequest.class, Charge.class,
   *     (request, ctx) -> new Charge("ch-" + request.orderId())))
   * }</pre>
   *
   * <p>An input or a result that does not fit throws
   * {@link io.statecraft.local.typed.TypeMismatchException} out of the run.
   */
  static <I extends Record, O extends Record> TaskHandler typed(Class<I> input, Class<O> output,
      java.util.function.BiFunction<? super I, TaskContext, ? extends O> handler) {
    java.util.Objects.requireNonNull(output, "output == null");
    java.util.Objects.requireNonNull(handler, "handler == null");
    return typed(input, (request, context) -> io.statecraft.local.internal.typed.TypedValues
        .checked("the result of task '" + context.stateName() + "'",
            handler.apply(request, context), output));
  }

  /**
   * What {@link #raw(TaskHandler)} makes: a handler whose result the runtime passes on as the
   * service's whole response.
   */
  record Raw(TaskHandler handler) implements TaskHandler {

    public Raw {
      java.util.Objects.requireNonNull(handler, "handler == null");
    }

    @Override
    public JsonNode handle(JsonNode input, TaskContext context) {
      return handler.handle(input, context);
    }
  }
}
