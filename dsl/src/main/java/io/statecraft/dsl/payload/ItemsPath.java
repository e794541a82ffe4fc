package io.statecraft.dsl.payload;

/**
 * A JSONPath to a list or set of {@code E}, made by {@link Paths}: it reaches one item by its
 * index or every item, or stands for the whole list. An immutable value.
 *
 * <pre>{@code
 * ItemsPath<Line> lines = Paths.of(Order::lines);
 * lines.path();                          // $.lines   (e.g. a Map state's items)
 * lines.at(0).then(Line::sku).path();    // $.lines[0].sku
 * lines.each().then(Line::sku).path();   // $.lines[*].sku
 * }</pre>
 *
 * @param <E> the type of the items
 */
public final class ItemsPath<E> {

  private final String expression;

  ItemsPath(String expression) {
    this.expression = expression;
  }

  /**
   * The item at {@code index} (from 0).
   *
   * @throws IllegalArgumentException when {@code index} is negative
   */
  public RecordPath<E> at(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0, was " + index);
    }
    return new RecordPath<>(expression + "[" + index + "]");
  }

  /** Every item ({@code [*]}): a path that selects a list of values, one per item. */
  public RecordPath<E> each() {
    return new RecordPath<>(expression + "[*]");
  }

  /** The whole list as a {@link JsonPath}. */
  public JsonPath path() {
    return new JsonPath(expression);
  }

  /** The path as text, e.g. {@code $.lines}. */
  public String expression() {
    return expression;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ItemsPath<?> path && path.expression.equals(expression);
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
