package io.statecraft.examples;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The output of {@link OrderFulfillment}: the order as it came in, with the charge and the
 * shipping message the workflow added to it (the output also holds the validation, reservation
 * and notification results, which this record leaves out).
 *
 * <pre>{@code
 * FulfilledOrder done = execution.output(FulfilledOrder.class);
 * String chargeId = done.charge().chargeId();
 * }</pre>
 *
 * @param orderId the order's id
 * @param total what the card was charged
 * @param charge the card payment
 * @param shipment the message that asked the warehouse to ship
 */
public record FulfilledOrder(String orderId, BigDecimal total, Charge charge, Shipment shipment) {

  /**
   * The card payment, as the charge function answered.
   *
   * @param chargeId the payment provider's id, which a refund names
   */
  public record Charge(String chargeId) {}

  /**
   * The SQS message sent to the shipping queue.
   *
   * @param messageId SQS's id of the message ({@code MessageId} in SQS's answer)
   */
  public record Shipment(@JsonProperty("MessageId") String messageId) {}
}
