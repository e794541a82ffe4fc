package io.statecraft.examples;

import java.math.BigDecimal;

/**
 * The input of {@link OrderFulfillment}: one product, how many, and what the customer pays.
 *
 * <pre>{@code
 * Order order = new Order("o-1", "BOOK-7", 2, new BigDecimal("30"));
 * }</pre>
 *
 * @param orderId the order's id, also the idempotency key's scope of the charge
 * @param sku the product
 * @param quantity how many are reserved and shipped
 * @param total what the card is charged
 */
public record Order(String orderId, String sku, int quantity, BigDecimal total) {}
