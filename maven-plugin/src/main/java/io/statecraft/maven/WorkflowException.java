package io.statecraft.maven;

import io.statecraft.asl.diagnostic.Diagnostic;
import java.util.List;
import java.util.Map;

/**
 * What stops a goal before it changes anything: workflows that cannot be turned into valid
 * definitions (invalid ones, with every diagnostic; ones whose {@code define()} threw; classes
 * that look like workflows but cannot be instantiated), or a setting that cannot work. The message
 * is a headline, then one line per problem, each naming its workflow:
 *
 * <pre>
 * 1 workflow is invalid:
 * Broken (com.example.Broken): .../Broken.java:16: /States/Greet: error DSL_DUPLICATE_STATE_NAME: ...
 * </pre>
 */
final class WorkflowException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int workflows;
  private final List<String> problems;
  private final transient Map<String, List<Diagnostic>> diagnostics;

  /** A setting that cannot work, or one problem that concerns no workflow in particular. */
  WorkflowException(String message) {
    super(message);
    this.workflows = 0;
    this.problems = List.of();
    this.diagnostics = Map.of();
  }

  /**
   * @param headline what the problems mean, without a final colon
   * @param workflows how many workflows the problems concern
   * @param problems one line each, each naming its workflow
   */
  WorkflowException(String headline, int workflows, List<String> problems) {
    this(headline, workflows, problems, Map.of());
  }

  private WorkflowException(String headline, int workflows, List<String> problems,
      Map<String, List<Diagnostic>> diagnostics) {
    super(headline + ":\n" + String.join("\n", problems));
    this.workflows = workflows;
    this.problems = List.copyOf(problems);
    this.diagnostics = Map.copyOf(diagnostics);
  }

  /** Problems with {@code workflows} workflows, under the headline "2 workflows are invalid". */
  static WorkflowException invalid(int workflows, List<String> problems) {
    return invalid(workflows, problems, Map.of());
  }

  /**
   * {@link #invalid(int, List)}, keeping the diagnostics behind the lines by workflow class name
   * (located in the Java source), for reports such as SARIF.
   */
  static WorkflowException invalid(int workflows, List<String> problems,
      Map<String, List<Diagnostic>> diagnostics) {
    return new WorkflowException(count(workflows) + (workflows == 1 ? " is" : " are")
        + " invalid", workflows, problems, diagnostics);
  }

  /**
   * The same problems, said to be refused by Statecraft's checks before anything was changed:
   * "Statecraft's checks refused 1 workflow; {@code consequence}". A setting's problem stays as
   * it is.
   */
  WorkflowException refused(String consequence) {
    return workflows == 0 ? this : refused(workflows, problems, consequence);
  }

  /**
   * Problems with {@code workflows} workflows that Statecraft's checks found before anything was
   * changed, under the headline "Statecraft's checks refused 2 workflows; {@code consequence}".
   */
  static WorkflowException refused(int workflows, List<String> problems, String consequence) {
    return new WorkflowException("Statecraft's checks refused " + count(workflows) + "; "
        + consequence, workflows, problems);
  }

  /** How many workflows the problems concern; 0 for a setting. */
  int workflows() {
    return workflows;
  }

  /** One line per problem; empty for a setting. */
  List<String> problems() {
    return problems;
  }

  /**
   * The diagnostics of invalid workflows, by class name, located in the Java source; empty when
   * the problems are no diagnostics (a constructor that threw, a setting).
   */
  Map<String, List<Diagnostic>> diagnostics() {
    return diagnostics == null ? Map.of() : diagnostics;
  }

  /** "1 workflow", "2 workflows". */
  static String count(int workflows) {
    return workflows + (workflows == 1 ? " workflow" : " workflows");
  }
}
