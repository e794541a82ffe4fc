package io.statecraft.dsl.internal.value;

/**
 * The implementation behind a DSL value the user passed in: only values made by
 * {@code io.statecraft.dsl.Steps} can be rendered.
 *
 * <pre>{@code
 * RetryImpl retry = Values.impl(userRetry, RetryImpl.class, "retries");
 * }</pre>
 */
public final class Values {

  private Values() {}

  /**
   * {@code value} as {@code type}.
   *
   * @throws IllegalArgumentException if {@code value} was not made by the DSL
   */
  public static <T> T impl(Object value, Class<T> type, String what) {
    if (type.isInstance(value)) {
      return type.cast(value);
    }
    throw new IllegalArgumentException(
        what + " must be created with io.statecraft.dsl.Steps, was " + value.getClass().getName());
  }
}
