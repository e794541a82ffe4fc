package io.statecraft.testing.coverage.internal;

import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.spi.ExecutionObserver.Decision;
import io.statecraft.local.spi.ExecutionObserver.Finished;
import io.statecraft.testing.coverage.internal.Item.Kind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts what the executions of one workflow covered, as they end. States entered and left come
 * from the history; the Choice rule, retrier or catcher behind a transition from the decisions the
 * runtime reports, since no history event names them. A state left by none of those took its
 * {@code Next} (or {@code End}). Thread-safe: executions end on many threads.
 *
 * <pre>{@code
 * Tally tally = new Tally(Workflow.empty("order", machine));
 * tally.add(finished);
 * Workflow covered = tally.snapshot();
 * }</pre>
 */
public final class Tally {

  private final Workflow empty;
  private final Map<String, Integer> index = new HashMap<>();
  /** The Choice states: those with rules (ASL requires at least one). */
  private final Set<String> choices = new HashSet<>();
  private final long[] hits;
  private long executions;

  public Tally(Workflow empty) {
    this.empty = empty;
    this.hits = new long[empty.items().size()];
    List<Item> items = empty.items();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      index.put(key(item.kind(), item.state(), item.via()), i);
      if (item.kind() == Kind.CHOICE_RULE) {
        choices.add(item.state());
      }
    }
  }

  private static String key(Kind kind, String state, String via) {
    return kind + "\u0000" + state + "\u0000" + via;
  }

  /** Adds what {@code execution}, a run of this workflow, covered. */
  public synchronized void add(Finished execution) {
    executions++;
    Map<String, Integer> left = new HashMap<>();
    for (HistoryEvent event : execution.history().events()) {
      if (event.type().isStateEntered()) {
        hit(Kind.STATE, event.stateName(), null);
      } else if (event.type().isStateExited()) {
        left.merge(event.stateName(), 1, Integer::sum);
      }
    }
    for (Decision decision : execution.decisions()) {
      String via = switch (decision.kind()) {
        case CHOICE_RULE -> "Choices[" + decision.index() + "]";
        case DEFAULT -> "Default";
        case RETRIER -> "Retry[" + decision.index() + "]";
        case CATCHER -> "Catch[" + decision.index() + "]";
      };
      switch (decision.kind()) {
        case CHOICE_RULE, DEFAULT -> hit(Kind.CHOICE_RULE, decision.state(), via);
        case RETRIER -> hit(Kind.RETRIER, decision.state(), via);
        case CATCHER -> hit(Kind.CATCHER, decision.state(), via);
      }
      if (decision.kind() != Decision.Kind.RETRIER) {
        hit(Kind.TRANSITION, decision.state(), via);
        left.merge(decision.state(), -1, Integer::sum);
      }
    }
    // A Choice leaves only by its rules or Default; for the others, what remains of their exits
    // went on by Next or End (a state has one of the two; the other is no item and not counted).
    left.forEach((state, exits) -> {
      if (exits > 0 && !choices.contains(state)) {
        hit(Kind.TRANSITION, state, "Next", exits);
        hit(Kind.TRANSITION, state, "End", exits);
      }
    });
  }

  private void hit(Kind kind, String state, String via) {
    hit(kind, state, via, 1);
  }

  /** Adds {@code times} to the item, if the definition has it (a state has Next or End). */
  private void hit(Kind kind, String state, String via, long times) {
    Integer at = index.get(key(kind, state, via));
    if (at != null) {
      hits[at] += times;
    }
  }

  /** The name of the workflow counted. */
  public String name() {
    return empty.name();
  }

  /** What was counted so far. */
  public synchronized Workflow snapshot() {
    return new Workflow(empty.name(), empty.hash(), empty.definition(), executions,
        empty.items(), hits);
  }
}
