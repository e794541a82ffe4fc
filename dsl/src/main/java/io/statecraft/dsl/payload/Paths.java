package io.statecraft.dsl.payload;

import io.statecraft.dsl.internal.record.Accessors;

/**
 * JSONPaths written against records instead of as text, so that renaming a record component
 * breaks compilation where the path is used rather than the execution that reads it. Each step
 * is a method reference to a record component; a component named by {@code @JsonProperty} gives
 * that name.
 *
 * <pre>{@code
 * record Customer(String email, boolean vip) {}
 * record Line(String sku, int quantity) {}
 * record Order(String id, Customer customer, List<Line> lines, BigDecimal total) {}
 *
 * Paths.of(Order::total).path();                               // $.total
 * Paths.of(Order::customer).then(Customer::email).path();      // $.customer.email
 * Paths.of(Order::lines).at(0).then(Line::sku).path();         // $.lines[0].sku
 * Paths.of(Order::lines).each().then(Line::quantity).path();   // $.lines[*].quantity
 * Paths.of(Order::lines).path();                               // $.lines
 * }</pre>
 *
 * <p>{@link io.statecraft.dsl.Steps#path(Accessor)} is the short form of the first line, ready
 * for conditions and payloads: {@code path(Order::total).gt(100)}.
 */
public final class Paths {

  private Paths() {}

  /**
   * The path of a record component: {@code $.name}.
   *
   * @throws IllegalArgumentException when {@code accessor} is not a method reference to a record
   *     component
   */
  public static <R, V> RecordPath<V> of(Accessor<R, V> accessor) {
    return new RecordPath<>("$" + Accessors.step(accessor));
  }

  /**
   * The path of a {@code record} value found at {@code where}, for paths into it written against
   * the record: {@code Paths.at(path("$.charge"), Charge.class).then(Charge::chargeId)} is
   * {@code $.charge.chargeId}. Nothing checks that the value there is such a record.
   */
  public static <R extends Record> RecordPath<R> at(JsonPath where, Class<R> record) {
    java.util.Objects.requireNonNull(where, "where == null");
    java.util.Objects.requireNonNull(record, "record == null");
    return new RecordPath<>(where.expression());
  }

  /**
   * The path of a list or set component, whose items {@link ItemsPath#at(int)} and
   * {@link ItemsPath#each()} reach: {@code $.name}.
   *
   * @throws IllegalArgumentException when {@code accessor} is not a method reference to a record
   *     component
   */
  public static <R, E> ItemsPath<E> of(ItemsAccessor<R, E> accessor) {
    return new ItemsPath<>("$" + Accessors.step(accessor));
  }
}
