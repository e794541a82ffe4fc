/**
 * For programs that embed the local runtime behind an API of their own, such as the Step
 * Functions emulator: a {@link io.statecraft.local.spi.RuntimeHost} says where child executions
 * run and which activities exist; an {@link io.statecraft.local.spi.EmbeddedRuntime} starts
 * executions with per-execution mocks or as Express executions, and serves activity workers.
 * Tests of workflows do not need it. For tools that watch every runtime of the JVM (workflow
 * coverage), an {@link io.statecraft.local.spi.ExecutionObserver} sees each execution that ends,
 * with the Choice rules, retriers and catchers that decided.
 */
package io.statecraft.local.spi;
