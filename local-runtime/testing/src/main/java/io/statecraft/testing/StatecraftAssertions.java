package io.statecraft.testing;

import io.statecraft.local.Execution;

/**
 * Entry point of Statecraft's AssertJ assertions, for {@code import static}.
 *
 * <pre>{@code
 * import static io.statecraft.testing.StatecraftAssertions.assertThat;
 *
 * assertThat(flow.run("{\"total\": 42}")).succeeded().hasOutputAt("$.total", 42);
 * }</pre>
 */
public final class StatecraftAssertions {

  private StatecraftAssertions() {}

  /** Assertions on {@code execution}. */
  public static ExecutionAssert assertThat(Execution execution) {
    return new ExecutionAssert(execution);
  }
}
