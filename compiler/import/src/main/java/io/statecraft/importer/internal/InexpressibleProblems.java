package io.statecraft.importer.internal;

import java.util.List;

/**
 * Every state of a definition the DSL cannot write, found in one planning pass, each an
 * {@link InexpressibleException} located at its state. {@code Importer} turns it into the public
 * {@code ImportException}.
 *
 * <pre>{@code
 * catch (InexpressibleProblems e) { e.problems().forEach(p -> System.err.println(p.getMessage())); }
 * }</pre>
 */
public final class InexpressibleProblems extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<InexpressibleException> problems;

  InexpressibleProblems(List<InexpressibleException> problems) {
    super(problems.size() + " problems", null, false, false);
    this.problems = List.copyOf(problems);
  }

  /** Each problem, located, in the order the plan met them. */
  public List<InexpressibleException> problems() {
    return problems;
  }
}
