package io.statecraft.compiler.importer;

/**
 * A definition that the DSL cannot express as written, with the state and the reason.
 *
 * <pre>{@code
 * try {
 *   String source = Importer.toJava(machine, "com.example.flows", "Orders");
 * } catch (ImportException e) {
 *   System.err.println(e.getMessage());
 * }
 * }</pre>
 */
public final class ImportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ImportException(String message) {
    super(message);
  }
}
