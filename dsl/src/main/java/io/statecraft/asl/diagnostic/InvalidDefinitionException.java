package io.statecraft.asl.diagnostic;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a definition cannot be read or built; carries every {@link Diagnostic} found, not
 * just the first.
 */
public final class InvalidDefinitionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  public InvalidDefinitionException(List<Diagnostic> diagnostics) {
    super(describe(diagnostics));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Every problem found, in document order. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static String describe(List<Diagnostic> diagnostics) {
    String count = diagnostics.size() == 1 ? "1 problem" : diagnostics.size() + " problems";
    return "invalid state machine definition, " + count + ":\n  "
        + diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n  "));
  }
}
