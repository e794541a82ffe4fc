package io.statecraft.examples;

import static io.statecraft.examples.Histories.gaps;
import static io.statecraft.examples.Histories.timesOf;
import static io.statecraft.examples.Workflows.answeringAfter;
import static io.statecraft.examples.Workflows.failing;
import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.local.Execution;
import io.statecraft.local.Json;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.typed.TypeMismatchException;
import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.task.TaskCall;
import io.statecraft.local.task.TaskFailure;
import io.statecraft.local.task.TaskHandler;
import io.statecraft.testing.StatecraftExtension;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link OrderFulfillment}: validate, reserve, charge, ship, notify; undo what was done on
 * failure.
 */
class OrderFulfillmentTest {

  static final String ORDER = """
      {"orderId": "o-1", "sku": "BOOK-7", "quantity": 2, "total": 30}""";

  /** The deployment's values of the placeholders, as DefinitionSubstitutions give them. */
  static final Map<String, String> DEPLOYMENT = Map.of(
      "ValidateOrderFunction", "validate-order",
      "InventoryTable", "inventory",
      "ChargeCardFunction", "charge-card",
      "ShippingQueueUrl", "https://sqs.us-east-1.amazonaws.com/123456789012/shipping",
      "CustomerTopicArn", "arn:aws:sns:us-east-1:123456789012:customers",
      "RefundFunction", "refund-payment");

  // The services answer as on a good day; each test replaces the one it is about with withTask.
  // A Lambda handler returns the function's result; the runtime wraps it in the Invoke response.
  @RegisterExtension
  static StatecraftExtension sfn = StatecraftExtension.with(runtime -> runtime
          .substitutions(DEPLOYMENT)
          .task("Validate order", (input, ctx) -> Json.parse("{\"valid\": true, \"reason\": null}"))
          .task("Reserve stock", (input, ctx) -> Json.object())
          .task("Charge card", TaskHandler.typed(OrderFulfillment.ChargeRequest.class,
              FulfilledOrder.Charge.class, (request, ctx) -> new FulfilledOrder.Charge("ch-1")))
          .task("Ship order", (input, ctx) -> Json.parse("{\"MessageId\": \"m-1\"}"))
          .task("Notify customer", (input, ctx) -> Json.parse("{\"MessageId\": \"n-1\"}"))
          .task("Refund payment", (input, ctx) -> Json.parse("{\"refundId\": \"re-1\"}"))
          .task("Release stock", (input, ctx) -> Json.object()))
      .workflow(OrderFulfillment.class);

  @RegisterExtension
  static FullCoverage coverage = new FullCoverage("OrderFulfillment");

  LocalStateMachine orders;

  @Test
  void chargesTheCardAndShipsWhenStockIsReserved() {
    Execution execution = orders.run(ORDER);

    assertThat(execution).succeeded()
        .tookPath("Validate order", "Order valid?", "Reserve stock", "Charge card", "Ship order",
            "Notify customer", "Order fulfilled")
        .hasOutputAt("$.charge", Json.parse("{\"chargeId\": \"ch-1\"}"))
        .hasOutputAt("$.shipment.MessageId", "m-1")
        .hasOutputAt("$.notification.MessageId", "n-1");
    // The charge is idempotent per execution: a retried charge cannot charge twice.
    assertThat(execution).calledTask("Charge card").once().withInput("""
        {"FunctionName": "charge-card", "Payload":
          {"orderId": "o-1", "amount": 30, "idempotencyKey": "%s"}}"""
        .formatted(execution.name()));
    assertThat(execution).calledTask("Ship order").once().withInput("""
        {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/shipping", "MessageBody":
          {"orderId": "o-1", "sku": "BOOK-7", "quantity": 2}}""");
  }

  @Test
  void readsTheFulfilledOrderAsARecord() {
    Execution execution = orders.run(new Order("o-1", "BOOK-7", 2, new BigDecimal("30")));

    FulfilledOrder fulfilled = execution.output(FulfilledOrder.class);
    assertThat(fulfilled.orderId()).isEqualTo("o-1");
    assertThat(fulfilled.total()).isEqualByComparingTo("30");
    assertThat(fulfilled.charge().chargeId()).isEqualTo("ch-1");
    assertThat(fulfilled.shipment().messageId()).isEqualTo("m-1");
    assertThat(execution).hasOutput(new FulfilledOrder("o-1", new BigDecimal("30"),
        new FulfilledOrder.Charge("ch-1"), new FulfilledOrder.Shipment("m-1")));
  }

  @Test
  void refusesAnOrderThatDoesNotFitTheRecordBeforeRunningIt() {
    // A quantity sent as text and a missing total would fail the reservation on AWS, after the
    // validator ran; the local run says which fields are wrong before anything runs.
    assertThatThrownBy(() -> orders.run("""
        {"orderId": "o-1", "sku": "BOOK-7", "quantity": "2"}"""))
        .isInstanceOf(TypeMismatchException.class)
        .hasMessage(String.join(System.lineSeparator(),
            "the input does not fit Order, the input record of OrderFulfillment:",
            "  /quantity must be a whole number, not the string \"2\"",
            "  the object needs the field \"total\""));
  }

  @Test
  void namesTheFieldWhenTheOutputIsReadAsTheWrongRecord() {
    Execution execution = orders
        .withTask("Ship order", (input, ctx) -> Json.parse("{\"MessageId\": 7}"))
        .run(ORDER);

    assertThatThrownBy(() -> execution.output(FulfilledOrder.class))
        .isInstanceOf(TypeMismatchException.class)
        .hasMessageEndingWith("does not fit FulfilledOrder:" + System.lineSeparator()
            + "  /shipment/MessageId must be a string, not the number 7");
  }

  @Test
  void namesTheFieldWhenTheChargeFunctionAnswersWhatDoesNotFitItsResultRecord() {
    // The task declares its result as a Charge: a handler (or mock) that answers otherwise is
    // named at the task, not later by whatever reads the charge id.
    LocalStateMachine wrongCharge = orders
        .withTask("Charge card", (input, ctx) -> Json.parse("{\"chargeId\": 7}"));

    assertThatThrownBy(() -> wrongCharge.run(ORDER))
        .isInstanceOf(TypeMismatchException.class)
        .hasMessage(String.join(System.lineSeparator(),
            "the result of task 'Charge card' does not fit Charge, its result record:",
            "  /chargeId must be a string, not the number 7"));
  }

  @Test
  void rejectsAnInvalidOrderWithTheValidatorsReason() {
    Execution execution = orders
        .withTask("Validate order",
            (input, ctx) -> Json.parse("{\"valid\": false, \"reason\": \"no address\"}"))
        .run(ORDER);

    assertThat(execution).failed().hasError("Order.Invalid").hasCause("no address")
        .tookPath("Validate order", "Order valid?", "Order rejected");
  }

  @Test
  void failsWithStatesRuntimeWhenTheValidatorLeavesOutTheReason() {
    // The ResultSelector reads $.Payload.reason: the validator must always answer it, null
    // when the order is valid. AWS fails the execution the same way.
    Execution execution = orders
        .withTask("Validate order", (input, ctx) -> Json.parse("{\"valid\": true}"))
        .run(ORDER);

    assertThat(execution).failed().hasError("States.Runtime").tookPath("Validate order");
    assertThat(execution.cause()).contains("The JSONPath '$.Payload.reason' specified for the"
        + " field 'reason.$' could not be found");
  }

  @Test
  void retriesTheValidatorWhenLambdaIsThrottled() {
    Execution execution = orders
        .withTask("Validate order", (input, ctx) -> {
          if (ctx.retryCount() == 0) {
            throw new TaskFailure("Lambda.TooManyRequestsException", "Rate exceeded");
          }
          return Json.parse("{\"valid\": true, \"reason\": null}");
        })
        .run(ORDER);

    assertThat(execution).succeeded().hasRetried("Validate order", 1);
  }

  @Test
  void failsOutOfStockWithoutChargingWhenTheReservationConditionFails() {
    Execution execution = orders
        .withTask("Reserve stock", failing("DynamoDB.ConditionalCheckFailedException",
            "The conditional request failed"))
        .run(ORDER);

    assertThat(execution).failed().hasError("Order.OutOfStock")
        .hasCause("not enough stock to reserve")
        .tookPath("Validate order", "Order valid?", "Reserve stock", "Out of stock")
        .hasRetried("Reserve stock", 0)
        .didNotCall("Charge card");
  }

  @Test
  void retriesAThrottledReservationAfterAJitteredBackOff() {
    Execution execution = orders
        .withTask("Reserve stock", (input, ctx) -> {
          if (ctx.retryCount() < 2) {
            throw new TaskFailure("DynamoDB.ProvisionedThroughputExceededException", "slow down");
          }
          return Json.object();
        })
        .run(ORDER);

    assertThat(execution).succeeded().hasRetried("Reserve stock", 2);
    // Full jitter waits a random time up to 1 s, then up to 2 s: on the virtual clock, so the
    // test does not wait, but the calls' times show the back-off.
    List<Duration> backOffs = gaps(execution.taskCalls().stream()
        .filter(call -> call.stateName().equals("Reserve stock")).map(TaskCall::time).toList());
    assertThat(backOffs).hasSize(2);
    assertThat(backOffs.get(0)).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
    assertThat(backOffs.get(1)).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void givesUpOnTheReservationAfterFiveThrottledRetries() {
    Execution execution = orders
        .withTask("Reserve stock",
            failing("DynamoDB.ProvisionedThroughputExceededException", "slow down"))
        .run(ORDER);

    // Not caught: nothing was reserved or charged, so there is nothing to undo.
    assertThat(execution).failed().hasError("DynamoDB.ProvisionedThroughputExceededException")
        .hasRetried("Reserve stock", 5)
        .didNotCall("Charge card").didNotCall("Release stock");
    assertThat(execution).calledTask("Reserve stock").times(6);
  }

  @Test
  void chargesAgainFiveSecondsAfterTheCardServiceTimesOut() {
    Execution execution = orders
        .withTask("Charge card", (input, ctx) -> {
          if (ctx.retryCount() == 0) {
            ctx.sleep(Duration.ofMinutes(1)); // longer than the state's 30 s TimeoutSeconds
          }
          return Json.parse("{\"chargeId\": \"ch-2\"}");
        })
        .run(ORDER);

    assertThat(execution).succeeded().hasRetried("Charge card", 1)
        .hasOutputAt("$.charge.chargeId", "ch-2");
    Instant timedOut = timesOf(execution, "Charge card", HistoryEventType.TASK_TIMED_OUT).get(0);
    assertThat(execution.taskCalls()).filteredOn(call -> call.attempt() == 2)
        .singleElement().satisfies(retry -> {
          assertThat(retry.stateName()).isEqualTo("Charge card");
          assertThat(retry.time()).isEqualTo(timedOut.plusSeconds(5));
        });
  }

  @Test
  void timesTheChargeOutWhenThirtySecondsHavePassed() {
    Execution execution = orders
        .withTask("Charge card",
            answeringAfter(Duration.ofMinutes(1), "{\"chargeId\": \"ch-2\"}"))
        .run(ORDER);

    Instant entered = timesOf(execution, "Charge card", HistoryEventType.TASK_STATE_ENTERED)
        .get(0);
    assertThat(timesOf(execution, "Charge card", HistoryEventType.TASK_TIMED_OUT))
        .containsExactly(entered.plusSeconds(30), entered.plusSeconds(65),
            entered.plusSeconds(105));
  }

  @Test
  void releasesTheStockWhenTheCardIsDeclined() {
    Execution execution = orders
        .withTask("Charge card", failing("Payment.Declined", "insufficient funds"))
        .run(ORDER);

    assertThat(execution).failed().hasError("Payment.Declined").hasCause("insufficient funds")
        .tookPath("Validate order", "Order valid?", "Reserve stock", "Charge card",
            "Release stock", "Order failed")
        .hasRetried("Charge card", 0);
    assertThat(execution).calledTask("Release stock").once().withInput("""
        {"TableName": "inventory", "Key": {"sku": {"S": "BOOK-7"}},
         "UpdateExpression": "SET reserved = reserved - :quantity",
         "ExpressionAttributeValues": {":quantity": {"N": "2"}}}""");
  }

  @Test
  void releasesTheStockWhenTheChargeKeepsTimingOut() {
    Execution execution = orders
        // Too late, but still a Charge: every answer is checked against the result record.
        .withTask("Charge card",
            answeringAfter(Duration.ofMinutes(1), "{\"chargeId\": \"ch-2\"}"))
        .run(ORDER);

    assertThat(execution).failed().hasError("States.Timeout").hasRetried("Charge card", 2)
        .visited("Charge card", "Release stock", "Order failed").didNotCall("Refund payment");
  }

  @Test
  void refundsAndReleasesTheStockWhenShippingFails() {
    Execution execution = orders
        .withTask("Ship order", failing("SQS.QueueDoesNotExist", "no such queue"))
        .run(ORDER);

    // Compensation runs in reverse order of the work: refund the charge, then release stock.
    assertThat(execution).failed().hasError("SQS.QueueDoesNotExist").hasCause("no such queue")
        .tookPath("Validate order", "Order valid?", "Reserve stock", "Charge card", "Ship order",
            "Refund payment", "Release stock", "Order failed");
    assertThat(execution).calledTask("Refund payment").once().withInput("""
        {"FunctionName": "refund-payment", "Payload": {"orderId": "o-1", "chargeId": "ch-1"}}
        """);
  }

  @Test
  void failsWithoutCompensationWhenOnlyTheNotificationFails() {
    Execution execution = orders
        .withTask("Notify customer", failing("SNS.NotFound", "no such topic"))
        .run(ORDER);

    // The parcel is on its way: a lost e-mail is no reason to refund it.
    assertThat(execution).failed().hasError("SNS.NotFound")
        .didNotCall("Refund payment").didNotCall("Release stock");
  }
}
