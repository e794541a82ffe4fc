package io.statecraft.dsl.payload;

import java.io.Serializable;

/**
 * A method reference to a component of a record, such as {@code Order::total}, from which
 * {@link Paths} writes the JSONPath of that field ({@code $.total}). It is serializable only so
 * that the DSL can read which component it names; a lambda that is not a method reference to a
 * record component is refused when the path is made.
 *
 * <pre>{@code
 * record Order(String id, BigDecimal total) {}
 * JsonPath total = Paths.of(Order::total).path();     // $.total
 * }</pre>
 *
 * @param <R> the record
 * @param <V> the component's type
 */
@FunctionalInterface
public interface Accessor<R, V> extends Serializable {

  /** The component's value in {@code record}. */
  V get(R record);
}
