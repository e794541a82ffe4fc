package io.statecraft.importer.internal;

/**
 * Something in a definition the DSL cannot write as it is, with the JSON pointer of its state once
 * known. {@code Importer} turns it into the public {@code ImportException}.
 *
 * <pre>{@code
 * throw new InexpressibleException("a Task request of " + request + " has no DSL equivalent");
 * }</pre>
 */
public final class InexpressibleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final String reason;

  InexpressibleException(String reason) {
    this(null, reason);
  }

  private InexpressibleException(String pointer, String reason) {
    super(pointer == null ? reason : pointer + ": " + reason);
    this.pointer = pointer;
    this.reason = reason;
  }

  /** The JSON pointer of the state that cannot be imported, or null when not yet known. */
  public String pointer() {
    return pointer;
  }

  /** Why, without the pointer. */
  public String reason() {
    return reason;
  }

  /** This problem located at {@code statePointer}, unless it already names a state. */
  InexpressibleException at(String statePointer) {
    return pointer != null ? this : new InexpressibleException(statePointer, reason);
  }
}
