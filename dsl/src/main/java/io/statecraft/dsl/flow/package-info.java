/**
 * Flows and the builders of their states. A {@link io.statecraft.dsl.flow.Flow} is one state or
 * states wired together; an {@link io.statecraft.dsl.flow.OpenFlow} can go on with {@code next}.
 * Each kind of state has builders whose methods follow ASL's grammar ({@code TaskStep},
 * {@code PassStep}, {@code WaitStep}, {@code ChoiceStart} to {@code ChoiceComplete},
 * {@code ParallelStart} and {@code ParallelStep}, {@code MapStep}, {@code SucceedStep},
 * {@code FailStep}); a JSONPath-only or JSONata-only call turns a builder into its
 * {@code JsonPath*} or {@code Jsonata*} variant, which offers only that language's fields (until
 * then the builder is both variants, e.g. a {@code TaskStep} is a {@code JsonPathTask} and a
 * {@code JsonataTask}). A {@link io.statecraft.dsl.flow.Forward} stands for a state declared further down, and a
 * {@link io.statecraft.dsl.flow.Rule} is a Choice rule with options of its own.
 *
 * <pre>{@code
 * OpenFlow charge = task("Charge card", lambdaInvoke("charge")).resultPath("$.charge");
 * Flow order = charge.next(succeed("Done"));   // order.next(...) does not compile: it has ended
 * StateMachine machine = stateMachine().startWith(order).build();
 * }</pre>
 *
 * <p>All are immutable values made by {@link io.statecraft.dsl.Steps}; do not implement these
 * interfaces.
 */
@CheckReturnValue
package io.statecraft.dsl.flow;

import io.statecraft.dsl.payload.CheckReturnValue;
