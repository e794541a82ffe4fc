package io.statecraft.testing;

import io.statecraft.local.Execution;
import io.statecraft.local.RunningExecution;

/**
 * Entry point of Statecraft's AssertJ assertions, for {@code import static}.
 *
 * <pre>{@code
 * import static io.statecraft.testing.StatecraftAssertions.assertThat;
 *
 * assertThat(flow.run("{\"total\": 42}")).succeeded().hasOutputAt("$.total", 42);
 * assertThat(flow.start("order-7", input)).isWaitingAt("Approve");
 * assertThat(Replayer.of(definition).check(history)).isConsistent();
 * }</pre>
 */
public final class StatecraftAssertions {

  private StatecraftAssertions() {}

  /** Assertions on {@code execution}. */
  public static ExecutionAssert assertThat(Execution execution) {
    return new ExecutionAssert(execution);
  }

  /** Assertions on {@code replay}: consistent, or where it diverges. */
  public static ReplayAssert assertThat(io.statecraft.local.replay.ReplayResult replay) {
    return new ReplayAssert(replay);
  }

  /** Assertions on {@code running}: where it waits now. */
  public static RunningExecutionAssert assertThat(RunningExecution running) {
    return new RunningExecutionAssert(running);
  }
}
