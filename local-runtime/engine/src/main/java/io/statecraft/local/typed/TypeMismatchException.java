package io.statecraft.local.typed;

import io.statecraft.asl.diagnostic.Diagnostic;
import java.util.List;

/**
 * A JSON value does not fit the record it was meant to be: an execution input that does not fit
 * the input record of a {@link io.statecraft.dsl.TypedWorkflow}, or an output read as a record
 * by {@link io.statecraft.local.Execution#output(Class)}. The message names every field that does not fit by its
 * JSON pointer; {@link #diagnostics()} has them as values.
 *
 * <pre>{@code
 * try {
 *   orders.run("{\"orderId\": \"o-1\", \"quantity\": \"2\"}");
 * } catch (TypeMismatchException e) {
 *   // the input does not fit Order, the input record of OrderFulfillment:
 *   //   /quantity must be a whole number, not the string "2"
 *   //   the object needs the field "sku"
 * }
 * }</pre>
 */
public final class TypeMismatchException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final Class<?> record;
  private final transient List<Diagnostic> diagnostics;

  /**
   * An exception whose message is {@code what}, a colon, and each diagnostic's message on a line
   * of its own.
   *
   * @param what what does not fit what: {@code the input does not fit Order}
   * @param record the record the value was checked against
   * @param diagnostics one error per field that does not fit
   */
  public TypeMismatchException(String what, Class<?> record, List<Diagnostic> diagnostics) {
    super(message(what, diagnostics));
    this.record = record;
    this.diagnostics = List.copyOf(diagnostics);
  }

  private static String message(String what, List<Diagnostic> diagnostics) {
    StringBuilder message = new StringBuilder(what).append(':');
    for (Diagnostic diagnostic : diagnostics) {
      message.append(System.lineSeparator()).append("  ").append(diagnostic.message());
    }
    return message.toString();
  }

  /** The record the value was checked against. */
  public Class<?> record() {
    return record;
  }

  /** One error per field that does not fit, each with its JSON pointer. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
