/**
 * The AWS Step Functions HTTP API over the local runtime, for the AWS SDKs, boto3 and the aws
 * CLI unchanged. Entry point: {@link io.statecraft.emulator.StepFunctionsEmulator}; the package
 * {@code internal} is not API.
 *
 * <pre>{@code
 * try (StepFunctionsEmulator emulator = StepFunctionsEmulator.builder()
 *     .task("Charge", (input, ctx) -> Json.parse("{\"charged\":true}"))
 *     .start()) {
 *   SfnClient sfn = SfnClient.builder().endpointOverride(emulator.endpoint()) ... .build();
 * }
 * }</pre>
 */
package io.statecraft.emulator;
