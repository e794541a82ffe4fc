package io.statecraft.diagrams;

import io.statecraft.asl.StateMachine;
import io.statecraft.diagrams.internal.Drawing;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Pictures of workflows: Mermaid flowchart text, a self-contained SVG laid out by Eclipse ELK,
 * the same SVG with an execution drawn over it, and an HTML execution report. Output is
 * deterministic: the same definition gives the same bytes on every machine.
 *
 * <pre>{@code
 * StateMachine machine = Asl.read(Path.of("order.asl.json"));
 * Files.writeString(Path.of("order.mmd"), Diagrams.mermaid(machine));
 * Files.writeString(Path.of("order.svg"), Diagrams.svg(machine));
 * ExecutionOverlay run = ExecutionOverlay.fromHistory(Files.readString(Path.of("run.json")));
 * Files.writeString(Path.of("run.html"), Diagrams.html(machine, run));
 * Files.writeString(Path.of("covered.svg"), Diagrams.svg(machine, coverageOverlay));
 * }</pre>
 *
 * <p>Tasks show their service and action ({@code Lambda · charge-card},
 * {@code SQS · SendMessage (wait for token)}), Choice edges a readable rule
 * ({@code $.total > 100 and $.vip}), Catch edges are dashed with their errors, states with Retry a
 * {@code ↻ 3 retries} mark, Map and Parallel states are clusters holding their inner
 * states. Mermaid needs no layout engine; SVG and HTML load ELK on first use (about half a second).
 *
 * <p>Big machines draw in time linear in their size: past about 1,200 states, transitions and
 * layers crossed by long transitions, or with Map and Parallel states nested more than 40 deep,
 * the SVG is laid out in plain rows in document order instead of by ELK, and a note at its top
 * says so. Mermaid text past Mermaid's default limits (500 edges, 50,000 characters) starts with
 * a {@code %%} comment saying so.
 */
public final class Diagrams {

  private Diagrams() {}

  /** Mermaid {@code flowchart TD} text of {@code machine}, ending with a newline. */
  public static String mermaid(StateMachine machine) {
    Objects.requireNonNull(machine, "machine == null");
    return Drawing.mermaid(machine);
  }

  /** A self-contained SVG document of {@code machine}. */
  public static String svg(StateMachine machine) {
    Objects.requireNonNull(machine, "machine == null");
    return Drawing.svg(machine, null);
  }

  /**
   * The SVG of {@code machine} with {@code execution} drawn over it: states that ran green, the
   * one that failed red with its error, caught errors orange, states not reached grey, the
   * transitions taken bold, retries and repeated entries counted.
   */
  public static String svg(StateMachine machine, ExecutionOverlay execution) {
    Objects.requireNonNull(machine, "machine == null");
    Objects.requireNonNull(execution, "execution == null");
    return Drawing.svg(machine, execution.trace());
  }

  /**
   * The SVG of {@code machine} with {@code coverage} drawn over it: covered states green, missed
   * ones red, covered transitions bold, missed ones red and dashed, each state's note drawn.
   */
  public static String svg(StateMachine machine, CoverageOverlay coverage) {
    Objects.requireNonNull(machine, "machine == null");
    Objects.requireNonNull(coverage, "coverage == null");
    return Drawing.coverageSvg(machine, coverage.marks());
  }

  /**
   * A self-contained HTML execution report: the overlay diagram, the event timeline, and each
   * state's input and output when it is clicked. No network access is needed to view it.
   */
  public static String html(StateMachine machine, ExecutionOverlay execution) {
    Objects.requireNonNull(machine, "machine == null");
    Objects.requireNonNull(execution, "execution == null");
    return Drawing.html(machine, execution.trace());
  }

  /** {@link #html(StateMachine, ExecutionOverlay)} of a GetExecutionHistory document. */
  public static String html(StateMachine machine, JsonNode history) {
    return html(machine, ExecutionOverlay.fromHistory(history));
  }
}
