package io.statecraft.examples;

import static io.statecraft.dsl.Steps.*;

import io.statecraft.asl.StateMachine;
import io.statecraft.dsl.Workflow;
import io.statecraft.dsl.flow.Flow;
import io.statecraft.dsl.flow.OpenFlow;
import java.time.Duration;

/**
 * Validates an order, reserves its stock, charges the card and ships it; a failure after the
 * reservation or the charge undoes what was done (compensation) before the execution fails.
 *
 * <pre>{@code
 * StateMachine machine = new OrderFulfillment().define();
 * }</pre>
 */
public final class OrderFulfillment implements Workflow {

  @Override
  public StateMachine define() {
    Flow orderFailed = fail("Order failed")
        .errorPath(path("$.error.Error"))
        .causePath(path("$.error.Cause"));
    OpenFlow releaseStock = task("Release stock", dynamoUpdateItem("${InventoryTable}",
            payload().put("sku", payload().put("S", path("$.sku"))),
            "SET reserved = reserved - :quantity")
        .with("ExpressionAttributeValues", payload()
            .put(":quantity", payload().put("N", format("{}", path("$.quantity"))))))
        .resultPath("$.release");
    Flow undoReservation = releaseStock.next(orderFailed);
    Flow undoCharge = task("Refund payment", lambdaInvoke("${RefundFunction}")
            .payload(payload().put("orderId", path("$.orderId"))
                .put("chargeId", path("$.charge.chargeId")))
            .withRecommendedRetry())
        .resultPath("$.refund")
        .next(undoReservation);

    return stateMachine()
        .comment("Validate, reserve, charge and ship an order; undo on failure")
        .timeout(Duration.ofHours(1))
        .startWith(task("Validate order", lambdaInvoke("${ValidateOrderFunction}")
                .payload(path("$"))
                .withRecommendedRetry())
            .resultSelector(payload()
                .put("valid", path("$.Payload.valid"))
                .put("reason", path("$.Payload.reason")))
            .resultPath("$.validation")
            .next(choice("Order valid?")
                .when(path("$.validation.valid").isFalse(), fail("Order rejected")
                    .error("Order.Invalid")
                    .causePath(path("$.validation.reason")))
                .otherwise(task("Reserve stock", dynamoUpdateItem("${InventoryTable}",
                        payload().put("sku", payload().put("S", path("$.sku"))),
                        "SET reserved = reserved + :quantity")
                    .with("ConditionExpression", "available - reserved >= :quantity")
                    .with("ExpressionAttributeValues", payload()
                        .put(":quantity", payload().put("N", format("{}", path("$.quantity"))))))
                    .resultPath("$.reservation")
                    .retry(retryOn("DynamoDB.ProvisionedThroughputExceededException")
                        .interval(Duration.ofSeconds(1)).maxAttempts(5).backoffRate(2)
                        .fullJitter())
                    .catching(errors("DynamoDB.ConditionalCheckFailedException"),
                        fail("Out of stock").error("Order.OutOfStock")
                            .cause("not enough stock to reserve")))
                .afterwards())
            .next(task("Charge card", lambdaInvoke("${ChargeCardFunction}")
                    .payload(payload()
                        .put("orderId", path("$.orderId"))
                        .put("amount", path("$.total"))
                        .put("idempotencyKey", Context.EXECUTION_NAME))
                    .withRecommendedRetry())
                .timeout(Duration.ofSeconds(30))
                .resultSelector(payload().put("chargeId", path("$.Payload.chargeId")))
                .resultPath("$.charge")
                .retry(retryOn(States.TIMEOUT).interval(Duration.ofSeconds(5)).maxAttempts(2))
                .catching(errors(States.ALL).resultPath("$.error"), undoReservation))
            .next(task("Ship order", sqsSendMessage("${ShippingQueueUrl}", payload()
                    .put("orderId", path("$.orderId"))
                    .put("sku", path("$.sku"))
                    .put("quantity", path("$.quantity"))))
                .resultPath("$.shipment")
                .catching(errors(States.ALL).resultPath("$.error"), undoCharge))
            .next(task("Notify customer", snsPublish("${CustomerTopicArn}",
                    format("Order {} is on its way", path("$.orderId"))))
                .resultPath("$.notification"))
            .next(succeed("Order fulfilled")))
        .build();
  }
}
