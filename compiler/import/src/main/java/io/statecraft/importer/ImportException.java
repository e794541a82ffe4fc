package io.statecraft.importer;

/**
 * A definition that the DSL cannot express as written: the JSON pointer of the state and why.
 *
 * <pre>{@code
 * try {
 *   String source = Importer.toJava(machine, "com.example.flows", "Orders");
 * } catch (ImportException e) {
 *   System.err.println(e.getMessage()); // /States/Acquire Lock: State 'Acquire Lock' cannot ...
 * }
 * }</pre>
 */
public final class ImportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final String reason;

  ImportException(String reason) {
    this(null, reason);
  }

  private ImportException(String pointer, String reason) {
    super(pointer == null ? reason : pointer + ": " + reason);
    this.pointer = pointer;
    this.reason = reason;
  }

  /** The JSON pointer of the state that cannot be imported, e.g. {@code /States/Charge}. */
  public String pointer() {
    return pointer;
  }

  /** This problem located at {@code pointer}, unless it already names a state. */
  ImportException at(String statePointer) {
    return pointer != null ? this : new ImportException(statePointer, reason);
  }
}
