package io.statecraft.dsl.payload;

import java.io.Serializable;
import java.util.Collection;

/**
 * A method reference to a list or set component of a record, such as {@code Order::lines}, from
 * which {@link Paths} writes paths to its items ({@code $.lines[0]}, {@code $.lines[*]}).
 *
 * <pre>{@code
 * record Line(String sku, int quantity) {}
 * record Order(String id, List<Line> lines) {}
 * JsonPath firstSku = Paths.of(Order::lines).at(0).then(Line::sku).path();   // $.lines[0].sku
 * }</pre>
 *
 * @param <R> the record
 * @param <E> the type of the items
 */
@FunctionalInterface
public interface ItemsAccessor<R, E> extends Serializable {

  /** The component's items in {@code record}. */
  Collection<E> get(R record);
}
