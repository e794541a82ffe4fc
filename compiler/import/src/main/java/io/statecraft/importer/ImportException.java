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

  ImportException(String message, String pointer, Throwable cause) {
    super(message, cause);
    this.pointer = pointer;
  }

  /** The JSON pointer of the state that cannot be imported, e.g. {@code /States/Charge}. */
  public String pointer() {
    return pointer;
  }
}
