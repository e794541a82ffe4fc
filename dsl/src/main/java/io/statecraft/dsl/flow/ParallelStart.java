package io.statecraft.dsl.flow;

import io.statecraft.dsl.payload.CheckReturnValue;

/**
 * A Parallel state that takes branches: {@code parallel(name)} returns one before its first
 * branch, and it becomes a {@link ParallelStep} (itself one) with it. Use {@code parallel(name)}
 * when the first branch has a {@code Comment}, otherwise {@code parallel(name, branch, more...)}
 * reads shorter.
 *
 * <pre>{@code
 * parallel("Fulfil")
 *     .branch("Bill the customer", task("Charge", lambdaInvoke("charge")))
 *     .branch("Ship the parcel", task("Ship", lambdaInvoke("ship")));
 * }</pre>
 */
@CheckReturnValue
public interface ParallelStart {

  /** Adds a branch, run in parallel with any others; its states form a scope of their own. */
  ParallelStep branch(Flow branch);

  /**
   * Adds a branch with a {@code Comment} of its own: {@code .branch("Bill the customer", bill)}.
   */
  ParallelStep branch(String comment, Flow branch);
}
