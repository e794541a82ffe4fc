/**
 * The local runtime: runs JSONPath-mode ASL as AWS Step Functions does, with Java handlers in
 * place of the services Task states call, on a virtual clock, recording AWS's history events.
 *
 * <pre>{@code
 * LocalStepFunctions sfn = LocalStepFunctions.builder()
 *     .task("Charge", (input, ctx) -> input)
 *     .build();
 * Execution execution = sfn.load(Path.of("order-flow.asl.json")).run("{\"total\": 42}");
 * StatecraftAssertions.assertThat(execution).succeeded().visited("Charge");
 * }</pre>
 *
 * <p>Entry points: {@link io.statecraft.local.LocalStepFunctions} (load and run),
 * {@link io.statecraft.testing.StatecraftExtension} and
 * {@link io.statecraft.testing.StatecraftAssertions} (JUnit 5), and
 * {@link io.statecraft.local.Conformance} (cases recorded against AWS).
 */
package io.statecraft.local;
