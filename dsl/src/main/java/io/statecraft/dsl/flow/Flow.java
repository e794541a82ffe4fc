package io.statecraft.dsl.flow;

import io.statecraft.dsl.payload.CheckReturnValue;

/**
 * A piece of workflow: one state, or states wired together, that can be the target of a
 * transition. A plain {@code Flow} cannot be continued: it ends in {@code Succeed} or
 * {@code Fail}, or it is a Choice whose open branches join only through
 * {@link ChoiceRules#afterwards()}. An {@link OpenFlow} can.
 *
 * <pre>{@code
 * Flow done = succeed("Done");
 * OpenFlow charge = task("Charge card", lambdaInvoke("charge"));
 * Flow whole = charge.next(done);   // whole.next(...) does not compile
 * }</pre>
 *
 * <p>Flows are immutable values created by {@link io.statecraft.dsl.Steps}; do not implement this
 * interface.
 */
@CheckReturnValue
public interface Flow {}
