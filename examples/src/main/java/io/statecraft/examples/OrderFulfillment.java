package io.statecraft.examples;

import static io.statecraft.dsl.Steps.*;

import io.statecraft.asl.StateMachine;
import io.statecraft.dsl.TypedWorkflow;
import io.statecraft.dsl.flow.Flow;
import io.statecraft.dsl.flow.OpenFlow;
import io.statecraft.dsl.payload.JsonPath;
import io.statecraft.dsl.payload.Paths;
import io.statecraft.examples.FulfilledOrder.Charge;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * Validates an order, reserves its stock, charges the card and ships it; a failure after the
 * reservation or the charge undoes what was done (compensation) before the execution fails.
 *
 * <p>Its input is an {@link Order} and its output a {@link FulfilledOrder}: the paths into them
 * are written against the records ({@code path(Order::sku)}), the build writes their JSON
 * Schemas beside the ASL, and local runs refuse an input that does not fit. The charge function's
 * result is declared as a {@link Charge}: its {@code ResultSelector} is written against it, and
 * local runs refuse a handler's answer that does not fit.
 *
 * <pre>{@code
 * StateMachine machine = new OrderFulfillment().define();
 * }</pre>
 */
public final class OrderFulfillment implements TypedWorkflow<Order, FulfilledOrder> {

  /**
   * What the charge function receives; it answers a {@link Charge}.
   *
   * @param orderId the order's id
   * @param amount what to charge
   * @param idempotencyKey the execution's name: a retried charge cannot charge twice
   */
  public record ChargeRequest(String orderId, BigDecimal amount, String idempotencyKey) {}

  /** Where the charge function's id lands, read again by the refund. */
  private static final JsonPath CHARGE_ID =
      Paths.of(FulfilledOrder::charge).then(Charge::chargeId).path();

  @Override
  public StateMachine define() {
    Flow orderFailed = fail("Order failed")
        .errorPath(path("$.error.Error"))
        .causePath(path("$.error.Cause"));
    OpenFlow releaseStock = task("Release stock", dynamoUpdateItem("${InventoryTable}",
            payload().put("sku", payload().put("S", path(Order::sku))),
            "SET reserved = reserved - :quantity")
        .with("ExpressionAttributeValues", payload()
            .put(":quantity", payload().put("N", format("{}", path(Order::quantity))))))
        .resultPath("$.release");
    Flow undoReservation = releaseStock.next(orderFailed);
    Flow undoCharge = task("Refund payment", lambdaInvoke("${RefundFunction}")
            .payload(payload().put("orderId", path(Order::orderId))
                .put("chargeId", CHARGE_ID))
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
                        payload().put("sku", payload().put("S", path(Order::sku))),
                        "SET reserved = reserved + :quantity")
                    .with("ConditionExpression", "available - reserved >= :quantity")
                    .with("ExpressionAttributeValues", payload()
                        .put(":quantity", payload().put("N", format("{}", path(Order::quantity))))))
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
                        .put("orderId", path(Order::orderId))
                        .put("amount", path(Order::total))
                        .put("idempotencyKey", Context.EXECUTION_NAME))
                    .withRecommendedRetry())
                .result(Charge.class)
                .timeout(Duration.ofSeconds(30))
                .resultSelector(charge -> payload()
                    .put("chargeId", charge.then(Charge::chargeId).path()))
                .resultPath(path(FulfilledOrder::charge))
                .retry(retryOn(States.TIMEOUT).interval(Duration.ofSeconds(5)).maxAttempts(2))
                .catching(errors(States.ALL).resultPath("$.error"), undoReservation))
            .next(task("Ship order", sqsSendMessage("${ShippingQueueUrl}", payload()
                    .put("orderId", path(Order::orderId))
                    .put("sku", path(Order::sku))
                    .put("quantity", path(Order::quantity))))
                .resultPath(path(FulfilledOrder::shipment))
                .catching(errors(States.ALL).resultPath("$.error"), undoCharge))
            .next(task("Notify customer", snsPublish("${CustomerTopicArn}",
                    format("Order {} is on its way", path(Order::orderId))))
                .resultPath("$.notification"))
            .next(succeed("Order fulfilled")))
        .build();
  }
}
