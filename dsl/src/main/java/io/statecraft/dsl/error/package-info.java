/**
 * Error handling of Task, Parallel and Map states: a {@link io.statecraft.dsl.error.Retry} policy
 * for the errors it names, and a {@link io.statecraft.dsl.error.Catch} that sends them to a
 * handler. The error names Step Functions raises are the constants of
 * {@link io.statecraft.dsl.Steps.States}.
 *
 * <pre>{@code
 * task("Charge card", lambdaInvoke("charge"))
 *     .retry(retryOn(States.TIMEOUT).interval(Duration.ofSeconds(2)).maxAttempts(3))
 *     .catching(errors("Payment.Declined").resultPath("$.error"), fail("Declined"))
 *     .catchAll(refund);
 * }</pre>
 */
@CheckReturnValue
package io.statecraft.dsl.error;

import io.statecraft.dsl.payload.CheckReturnValue;
