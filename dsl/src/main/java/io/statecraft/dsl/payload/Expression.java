package io.statecraft.dsl.payload;

/**
 * A value computed when the state runs rather than written literally: a {@link JsonPath} (or a
 * context path such as {@code $$.Task.Token}), an {@link Intrinsic} function call, or a
 * {@link Jsonata} expression. Placed in a {@link Payload}, the first two give JSONPath keys their
 * {@code .$} suffix; a JSONata expression is written as {@code "{% ... %}"}.
 *
 * <pre>{@code
 * Expression id = path("$.order.id");
 * Expression greeting = format("Hello {}", path("$.name"));
 * Expression total = jsonata("$sum($states.input.items.price)");
 * }</pre>
 */
public sealed interface Expression permits JsonPath, Intrinsic, Jsonata {

  /** The expression as it appears in ASL, e.g. {@code $.id} or {@code {% $x %}}. */
  String text();
}
