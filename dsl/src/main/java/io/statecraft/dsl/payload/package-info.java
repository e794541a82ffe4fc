/**
 * What goes into a state's JSON fields: a {@link io.statecraft.dsl.payload.Payload} template of
 * literal values and {@link io.statecraft.dsl.payload.Expression}s evaluated when the state runs,
 * a {@link io.statecraft.dsl.payload.JsonPath} (which also builds Choice conditions), a
 * {@link io.statecraft.dsl.payload.Jsonata} expression or an
 * {@link io.statecraft.dsl.payload.Intrinsic} function call. All are immutable values, made by
 * {@link io.statecraft.dsl.Steps}.
 *
 * <pre>{@code
 * Payload order = payload()
 *     .put("id", path("$.order.id"))                        // "id.$": "$.order.id"
 *     .put("greeting", format("Hello {}", path("$.name")))  // "greeting.$": "States.Format(...)"
 *     .put("channel", "web");
 * Condition big = path("$.total").gt(100);
 * }</pre>
 *
 * <p>{@link io.statecraft.dsl.payload.CheckReturnValue} marks the DSL's packages: their methods
 * return new values and leave the receiver unchanged.
 */
@CheckReturnValue
package io.statecraft.dsl.payload;
