package io.statecraft.dsl.payload;

import io.statecraft.dsl.internal.record.Accessors;

/**
 * A JSONPath to a value of type {@code T}, made by {@link Paths} from record components. An
 * immutable value: {@link #then} returns a new path.
 *
 * <pre>{@code
 * RecordPath<Customer> customer = Paths.of(Order::customer);
 * JsonPath email = customer.then(Customer::email).path();    // $.customer.email
 * Condition vip = customer.then(Customer::vip).path().isTrue();
 * }</pre>
 *
 * @param <T> the type of the value the path reaches
 */
public final class RecordPath<T> {

  private final String expression;

  RecordPath(String expression) {
    this.expression = expression;
  }

  /** The path of the component {@code accessor} names, inside the value this path reaches. */
  public <V> RecordPath<V> then(Accessor<? super T, V> accessor) {
    return new RecordPath<>(expression + Accessors.step(accessor));
  }

  /** The path of the list or set component {@code accessor} names, inside this value. */
  public <E> ItemsPath<E> then(ItemsAccessor<? super T, E> accessor) {
    return new ItemsPath<>(expression + Accessors.step(accessor));
  }

  /** This path as a {@link JsonPath}, for conditions, payloads and path fields. */
  public JsonPath path() {
    return new JsonPath(expression);
  }

  /** The path as text, e.g. {@code $.customer.email}. */
  public String expression() {
    return expression;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecordPath<?> path && path.expression.equals(expression);
  }

  @Override
  public int hashCode() {
    return expression.hashCode();
  }

  @Override
  public String toString() {
    return expression;
  }
}
