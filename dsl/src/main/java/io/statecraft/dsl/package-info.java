/**
 * The Statecraft DSL: Step Functions workflows as type-checked Java that builds the
 * {@link io.statecraft.asl} model. Start from {@link io.statecraft.dsl.Steps}
 * ({@code import static io.statecraft.dsl.Steps.*}).
 *
 * <pre>{@code
 * StateMachine machine = stateMachine()
 *     .startWith(task("Charge card", lambdaInvoke("charge").withRecommendedRetry())
 *         .catchAll(fail("Payment failed"))
 *         .next(succeed("Done")))
 *     .build();
 * }</pre>
 *
 * <ul>
 *   <li>States are named once and wired by object: {@code next}, Choice rules and catchers take
 *       the state (or flow) to go to, never its name.</li>
 *   <li>What Java's types can rule out does not compile: {@code next} after Succeed or Fail, retry
 *       and catch outside Task, Parallel and Map, a Choice without a rule, JSONPath fields on a
 *       JSONata state and vice versa.</li>
 *   <li>What they cannot is reported by {@link io.statecraft.dsl.StateMachineBuilder#build()},
 *       all problems at once, each with the Java file and line that declared the state.</li>
 *   <li>Every builder is an immutable value; each call returns a new one.</li>
 * </ul>
 *
 * <p>This package holds the entry point, {@link io.statecraft.dsl.Workflow} and the state machine
 * builders; what the entry point returns and takes has packages of its own, to import when a
 * workflow names a type: {@code io.statecraft.dsl.flow} (flows and the builders of each kind of
 * state: {@code Flow}, {@code OpenFlow}, {@code TaskStep}, ...), {@code io.statecraft.dsl.payload}
 * ({@code Payload} and the expressions in it), {@code io.statecraft.dsl.integration} (what a Task
 * calls), {@code io.statecraft.dsl.error} ({@code Retry}, {@code Catch}) and
 * {@code io.statecraft.dsl.map} (a distributed Map's reader, batching and writer).
 */
@CheckReturnValue
package io.statecraft.dsl;

import io.statecraft.dsl.payload.CheckReturnValue;
