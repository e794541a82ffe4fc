package io.statecraft.maven;

import java.util.List;

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

  /** A setting that cannot work, or one problem that concerns no workflow in particular. */
  WorkflowException(String message) {
    super(message);
    this.workflows = 0;
    this.problems = List.of();
  }

  /**
   * @param headline what the problems mean, without a final colon
   * @param workflows how many workflows the problems concern
   * @param problems one line each, each naming its workflow
   */
  WorkflowException(String headline, int workflows, List<String> problems) {
    super(headline + ":\n" + String.join("\n", problems));
    this.workflows = workflows;
    this.problems = List.copyOf(problems);
  }

  /** Problems with {@code workflows} workflows, under the headline "2 workflows are invalid". */
  static WorkflowException invalid(int workflows, List<String> problems) {
    return new WorkflowException(count(workflows) + (workflows == 1 ? " is" : " are")
        + " invalid", workflows, problems);
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

  /** "1 workflow", "2 workflows". */
  static String count(int workflows) {
    return workflows + (workflows == 1 ? " workflow" : " workflows");
  }
}
