/**
 * Not an API: the implementations of the DSL's value types ({@code Payload}, {@code Retry},
 * {@code Catch}, {@code Call}, {@code LambdaCall}, {@code ItemSource}, {@code Batching},
 * {@code ResultSink}) and the checks of the arguments users give. Public only so that the
 * builders in {@code io.statecraft.dsl.internal} can render them; it may change in any release.
 *
 * <pre>{@code
 * PayloadImpl request = PayloadImpl.of(payload);
 * JsonNode parameters =
 *     request.render(QueryLanguage.JSONPATH, "/States/Charge/Parameters", problems);
 * }</pre>
 */
package io.statecraft.dsl.internal.value;
