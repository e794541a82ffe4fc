/**
 * The values {@link io.statecraft.compiler.Policies} derives: a
 * {@link io.statecraft.compiler.policy.StateMachinePolicy} of
 * {@link io.statecraft.compiler.policy.PolicyStatement}s and
 * {@link io.statecraft.compiler.policy.PolicyNote}s, for the deploy settings given as
 * {@link io.statecraft.compiler.policy.PolicyOptions}.
 *
 * <pre>{@code
 * StateMachinePolicy policy = Policies.of(Asl.read(Path.of("order.asl.json")));
 * System.out.print(policy.toText());
 * }</pre>
 */
package io.statecraft.compiler.policy;
