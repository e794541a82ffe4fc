package io.statecraft.dsl.integration;

/**
 * What a Task state calls: its {@code Resource} and the request it sends ({@code Parameters} in a
 * JSONPath state, {@code Arguments} in a JSONata one). Created by the integration methods of
 * {@link io.statecraft.dsl.Steps}, which pick the integration pattern by name
 * ({@code startExecutionSync}, {@code sqsSendMessageWaitForTaskToken}, ...), never by a string
 * suffix.
 *
 * <pre>{@code
 * Integration charge = lambdaInvoke("arn:aws:lambda:eu-west-1:123456789012:function:charge")
 *     .payload(path("$.payment"));
 * task("Charge card", charge);
 * }</pre>
 */
public sealed interface Integration permits Call, LambdaCall {

  /** The {@code Resource} ARN, e.g. {@code arn:aws:states:::sqs:sendMessage}. */
  String resource();
}
