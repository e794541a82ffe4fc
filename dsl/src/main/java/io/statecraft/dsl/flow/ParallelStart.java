package io.statecraft.dsl.flow;

import io.statecraft.dsl.payload.CheckReturnValue;

/**
 * A Parallel state before its first branch; it becomes a {@link ParallelStep} with one. Use it
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

  /** Adds the first branch; its states form a scope of their own. */
  ParallelStep branch(Flow branch);

  /** Adds the first branch with a {@code Comment} of its own. */
  ParallelStep branch(String comment, Flow branch);
}
