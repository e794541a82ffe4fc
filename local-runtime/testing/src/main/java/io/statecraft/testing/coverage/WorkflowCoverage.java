package io.statecraft.testing.coverage;

import io.statecraft.asl.StateMachine;
import io.statecraft.testing.coverage.internal.Item;
import io.statecraft.testing.coverage.internal.Workflow;
import java.util.ArrayList;
import java.util.List;

/**
 * What the executions of one workflow covered: each state (entered or not), each transition
 * ({@code Next}, {@code End}, each Choice rule's and the Default's, each catcher's), each Choice
 * rule and Default (matched or not), each retrier (retried at least once or not) and each catcher
 * (caught or not), at every depth (Parallel branches, Map processors). Items are named as reports
 * name them: {@code Validate}, {@code Route -> Ship (Choices[1])}, {@code Charge (End)},
 * {@code Route Default}, {@code Charge Retry[0]}, {@code Charge Catch[0]}.
 *
 * <pre>{@code
 * try (CoverageRecorder recorder = CoverageRecorder.start()) {
 *   sfn.load(Path.of("order.asl.json")).run("{\"total\": 42}");
 *   WorkflowCoverage order = recorder.workflow("order");
 *   assertThat(order.missed(WorkflowCoverage.Kind.TRANSITION))
 *       .containsExactly("Charge -> Declined (Catch[0])");
 *   System.out.println(order.total(WorkflowCoverage.Kind.STATE));   // 5/6 (83.3%)
 * }
 * }</pre>
 */
public final class WorkflowCoverage {

  /** The kinds of item, in the order reports list them. */
  public enum Kind {
    /** A state, covered when entered. */
    STATE,
    /** A transition out of a state (or its End), covered when taken. */
    TRANSITION,
    /** A Choice rule or a Choice's Default, covered when it decided. */
    CHOICE_RULE,
    /** A retrier, covered when it retried at least once. */
    RETRIER,
    /** A catcher, covered when it caught an error. */
    CATCHER
  }

  /**
   * How many items of a kind were covered, of how many.
   *
   * @param covered the items covered
   * @param total all items of the kind
   */
  public record Total(int covered, int total) {

    /** The covered share in percent; NaN when there is nothing of the kind. */
    public double percent() {
      return total == 0 ? Double.NaN : covered * 100.0 / total;
    }

    /** {@code 5/6 (83.3%)}, or {@code 0/0} when there is nothing of the kind. */
    @Override
    public String toString() {
      return total == 0 ? "0/0"
          : covered + "/" + total + " (" + String.format(java.util.Locale.ROOT, "%.1f", percent())
              + "%)";
    }
  }

  private final Workflow workflow;

  WorkflowCoverage(Workflow workflow) {
    this.workflow = workflow;
  }

  /** The name the definition was loaded under. */
  public String name() {
    return workflow.name();
  }

  /** The SHA-256 of its canonical ASL text, in hex: runs add up only for the same hash. */
  public String definitionHash() {
    return workflow.hash();
  }

  /** The definition. */
  public StateMachine definition() {
    return workflow.definition();
  }

  /** How many executions this coverage adds up. */
  public long executions() {
    return workflow.executions();
  }

  /** How many items of {@code kind} were covered, of how many. */
  public Total total(Kind kind) {
    int[] total = workflow.total(Item.Kind.valueOf(kind.name()));
    return new Total(total[0], total[1]);
  }

  /** The items of {@code kind} that were covered, in document order. */
  public List<String> covered(Kind kind) {
    return labels(kind, true);
  }

  /** The items of {@code kind} that were not covered, in document order. */
  public List<String> missed(Kind kind) {
    return labels(kind, false);
  }

  /**
   * How often the item labelled {@code label} was hit: entries of a state, times a transition
   * was taken, a rule decided, a retrier retried, a catcher caught.
   *
   * @throws IllegalArgumentException when the workflow has no such item
   */
  public long hits(Kind kind, String label) {
    for (int i = 0; i < workflow.items().size(); i++) {
      Item item = workflow.items().get(i);
      if (item.kind().name().equals(kind.name()) && item.label().equals(label)) {
        return workflow.hits(i);
      }
    }
    throw new IllegalArgumentException("label must name a " + kind + " of " + name()
        + ", was '" + label + "'; there are " + labels(kind, null));
  }

  private List<String> labels(Kind kind, Boolean covered) {
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < workflow.items().size(); i++) {
      Item item = workflow.items().get(i);
      if (item.kind().name().equals(kind.name())
          && (covered == null || covered == workflow.hits(i) > 0)) {
        labels.add(item.label());
      }
    }
    return labels;
  }

  @Override
  public String toString() {
    return "WorkflowCoverage " + name() + ": states " + total(Kind.STATE) + ", transitions "
        + total(Kind.TRANSITION);
  }
}
