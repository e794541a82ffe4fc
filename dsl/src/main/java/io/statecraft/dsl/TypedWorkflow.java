package io.statecraft.dsl;

import io.statecraft.dsl.internal.TypeArguments;

/**
 * A {@link Workflow} whose execution input and output are records. The build writes a JSON Schema
 * of each beside the ASL ({@code <name>.input.schema.json}, {@code <name>.output.schema.json}); the
 * local runtime checks every execution's input against the input record and reads the output as
 * the output record; and paths can be written against the records
 * ({@code path(Order::total)}), so renaming a component breaks compilation, not an execution.
 *
 * <pre>{@code
 * public record Order(String orderId, String sku, int quantity, BigDecimal total) {}
 * public record Receipt(String orderId, String chargeId) {}
 *
 * public final class OrderFulfillment implements TypedWorkflow<Order, Receipt> {
 *   @Override
 *   public StateMachine define() {
 *     return stateMachine()
 *         .startWith(task("Charge card", lambdaInvoke("charge")
 *                 .payload(payload().put("amount", path(Order::total))))
 *             .resultSelector(payload()
 *                 .put("orderId", path(Order::orderId))
 *                 .put("chargeId", path("$.Payload.chargeId")))
 *             .next(succeed("Done")))
 *         .build();
 *   }
 * }
 * }</pre>
 *
 * <p>The records are read from the type arguments of {@code TypedWorkflow}; a class that cannot
 * name them there (a generic workflow) overrides {@link #inputType()} and {@link #outputType()}.
 *
 * @param <I> the execution input
 * @param <O> the execution output
 */
public interface TypedWorkflow<I extends Record, O extends Record> extends Workflow {

  /**
   * The record of the execution input: by default the first type argument of
   * {@code TypedWorkflow}.
   *
   * @throws IllegalStateException when the class does not name a record there
   */
  @SuppressWarnings("unchecked")
  default Class<I> inputType() {
    return (Class<I>) TypeArguments.of(getClass(), TypedWorkflow.class, 0, "inputType()");
  }

  /**
   * The record of the execution output: by default the second type argument of
   * {@code TypedWorkflow}.
   *
   * @throws IllegalStateException when the class does not name a record there
   */
  @SuppressWarnings("unchecked")
  default Class<O> outputType() {
    return (Class<O>) TypeArguments.of(getClass(), TypedWorkflow.class, 1, "outputType()");
  }
}
