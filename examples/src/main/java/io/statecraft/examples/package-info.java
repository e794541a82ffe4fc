/**
 * Five workflows written with the Statecraft DSL, each a {@link io.statecraft.dsl.Workflow}:
 * {@link io.statecraft.examples.OrderFulfillment} (Choice, Retry, Catch and compensation),
 * {@link io.statecraft.examples.DataProcessing} (Map with ItemSelector and ResultSelector),
 * {@link io.statecraft.examples.HumanApproval} (a task token sent through SQS, with heartbeat and
 * timeout), {@link io.statecraft.examples.ActivityWorker} (an activity polled by a worker) and
 * {@link io.statecraft.examples.ParallelEtl} (Parallel with nested {@code .sync:2} executions).
 *
 * <p>Deploy-time values (function names, queue URLs, ARNs) are {@code ${...}} placeholders, filled
 * from {@code DefinitionSubstitutions} by CloudFormation, SAM or CDK.
 */
package io.statecraft.examples;
