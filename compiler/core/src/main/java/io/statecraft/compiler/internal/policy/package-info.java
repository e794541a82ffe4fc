/**
 * IAM policy inference: the walk over a definition ({@code Inference}), one class per kind of
 * call (optimized integrations, SDK calls, HTTP Tasks, distributed Maps), and the merge of grants
 * into statements. Public only for {@link io.statecraft.compiler.Policies} and the policy values.
 */
package io.statecraft.compiler.internal.policy;
