package io.statecraft.testing;

import io.statecraft.local.RunningExecution;
import io.statecraft.local.WaitingState;
import io.statecraft.local.history.HistoryEvent;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link RunningExecution}: where it waits once it has nothing left to
 * do but wait (see {@link RunningExecution#waitingAt()}). Time does not move while they look.
 *
 * <pre>{@code
 * RunningExecution running = machine.start("order-7", Json.parse("{}"));
 * assertThat(running).isWaitingAt("Approve", WaitingState.Reason.TASK_TOKEN)
 *     .isNotWaitingAt("Ship");
 * }</pre>
 */
public class RunningExecutionAssert
    extends AbstractAssert<RunningExecutionAssert, RunningExecution> {

  /** Use {@link StatecraftAssertions#assertThat(RunningExecution)}. */
  protected RunningExecutionAssert(RunningExecution actual) {
    super(actual, RunningExecutionAssert.class);
  }

  /**
   * It waits in state {@code stateName}, for whatever reason.
   *
   * @throws AssertionError if it does not, or it has ended
   */
  public final RunningExecutionAssert isWaitingAt(String stateName) {
    return isWaitingAt(stateName, null);
  }

  /**
   * It waits in state {@code stateName} for {@code reason} (a task token, an activity worker, a
   * time, ...).
   *
   * @throws AssertionError if it does not, or it has ended
   */
  public final RunningExecutionAssert isWaitingAt(String stateName, WaitingState.Reason reason) {
    isNotNull();
    List<WaitingState> waiting = actual.waitingAt();
    boolean found = waiting.stream().anyMatch(state -> state.stateName().equals(stateName)
        && (reason == null || state.reason() == reason));
    if (!found) {
      fail("to wait at '" + stateName + "'" + (reason == null ? "" : " for " + reason),
          actual.isDone() ? "but it has ended " + actual.result().orElseThrow().status()
              : "but it waits at " + describe(waiting));
    }
    return this;
  }

  /**
   * It does not wait in state {@code stateName} (it may have ended).
   *
   * @throws AssertionError if it does
   */
  public final RunningExecutionAssert isNotWaitingAt(String stateName) {
    isNotNull();
    List<WaitingState> waiting = actual.waitingAt();
    if (waiting.stream().anyMatch(state -> state.stateName().equals(stateName))) {
      fail("not to wait at '" + stateName + "'", "but it waits at " + describe(waiting));
    }
    return this;
  }

  private static String describe(List<WaitingState> waiting) {
    if (waiting.isEmpty()) {
      return "no state";
    }
    List<String> parts = new ArrayList<>();
    for (WaitingState state : waiting) {
      parts.add("'" + state.stateName() + "' (" + state.reason()
          + (state.until() == null ? "" : " until " + state.until()) + ")");
    }
    return String.join(", ", parts);
  }

  private void fail(String expectation, String outcome) {
    List<String> path = new ArrayList<>();
    for (HistoryEvent event : actual.events()) {
      if (event.type().isStateEntered()) {
        path.add(event.stateName());
      }
    }
    failWithMessage("%s", ExecutionAssert.message(actual.name(), path, expectation, outcome));
  }
}
