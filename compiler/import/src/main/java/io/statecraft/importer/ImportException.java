package io.statecraft.importer;

import io.statecraft.asl.diagnostic.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A definition that is not imported, with every reason at once: the errors for which AWS would
 * refuse it (the validator's codes, e.g. {@code STATE_UNREACHABLE}) and each state the DSL cannot
 * write ({@code IMPORT_INEXPRESSIBLE}), each a {@link Diagnostic} with the JSON pointer of its state.
 *
 * <pre>{@code
 * try {
 *   String source = Importer.toJava(machine, "com.example.flows", "Orders");
 * } catch (ImportException e) {
 *   e.problems().forEach(System.err::println);
 *   // /States/Acquire Lock: error IMPORT_INEXPRESSIBLE: a Task request of ... has no DSL equivalent
 * }
 * }</pre>
 */
public final class ImportException extends RuntimeException {

  /** The code of a problem that the DSL cannot write as the definition has it. */
  public static final String INEXPRESSIBLE = "IMPORT_INEXPRESSIBLE";

  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> problems;

  ImportException(List<Diagnostic> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every reason the definition is not imported, in the order found; never empty. */
  public List<Diagnostic> problems() {
    return problems;
  }

  /** The JSON pointer of the first problem, e.g. {@code /States/Charge}. */
  public String pointer() {
    return problems.get(0).pointer();
  }

  private static String describe(List<Diagnostic> problems) {
    if (problems.size() == 1) {
      return problems.get(0).pointer() + ": " + problems.get(0).message();
    }
    return problems.size() + " problems:\n  " + problems.stream()
        .map(p -> p.pointer() + ": " + p.message()).collect(Collectors.joining("\n  "));
  }
}
