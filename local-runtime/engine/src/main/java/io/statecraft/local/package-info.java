/**
 * The local runtime: runs ASL as AWS Step Functions does, with Java handlers in place of the
 * services Task states call, on an injected clock, recording AWS's history events.
 *
 * <pre>{@code
 * try (LocalStepFunctions sfn = LocalStepFunctions.builder()
 *     .task("Charge", (input, ctx) -> input)
 *     .build()) {
 *   Execution execution = sfn.load(Path.of("order-flow.asl.json")).run("{\"total\": 42}");
 *   System.out.println(execution.status() + " via " + execution.path());
 * }
 * }</pre>
 *
 * <p>Entry point: {@link io.statecraft.local.LocalStepFunctions}. Handlers and what they see are
 * in {@code io.statecraft.local.task}, histories in {@code io.statecraft.local.history}, replays
 * of recorded histories against a definition in {@code io.statecraft.local.replay}, the runner
 * of AWS-recorded cases in {@code io.statecraft.local.conformance}; JUnit 5 support is the
 * {@code statecraft-testing} artifact. Packages named {@code internal} are not API.
 */
package io.statecraft.local;
