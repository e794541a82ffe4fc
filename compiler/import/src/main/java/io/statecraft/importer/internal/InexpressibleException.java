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

  /** The state's pointer once known; the message then starts with it. */
  private final String pointer;
  private final String reason;

  InexpressibleException(String reason) {
    super(reason);
    this.pointer = null;
    this.reason = reason;
  }

  private InexpressibleException(String pointer, InexpressibleException unlocated) {
    super(pointer + ": " + unlocated.getMessage());
    this.pointer = pointer;
    this.reason = unlocated.reason;
  }

  /** Why, without the pointer. */
  public String reason() {
    return reason;
  }

  /** The JSON pointer of the state that cannot be imported, or null when not yet known. */
  public String pointer() {
    return pointer;
  }

  /** This problem located at {@code statePointer}, unless it already names a state. */
  InexpressibleException at(String statePointer) {
    return pointer != null ? this : new InexpressibleException(statePointer, this);
  }
}
