/**
 * What a Task state calls: an {@link io.statecraft.dsl.integration.Integration}, either a
 * {@link io.statecraft.dsl.integration.LambdaCall} or a {@link io.statecraft.dsl.integration.Call}
 * of a service, an activity or any other resource. The integration methods of
 * {@link io.statecraft.dsl.Steps} pick the integration pattern by name.
 *
 * <pre>{@code
 * Integration charge = lambdaInvoke("charge").payload(path("$.payment")).withRecommendedRetry();
 * Call notify = snsPublish("${AlertsTopic}", path("$.message"))
 *     .with("Subject", "Order update");
 * }</pre>
 */
@CheckReturnValue
package io.statecraft.dsl.integration;

import io.statecraft.dsl.payload.CheckReturnValue;
