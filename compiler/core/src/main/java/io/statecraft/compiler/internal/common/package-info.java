/**
 * What the compiler's internal packages share: JSON text in and out ({@link
 * io.statecraft.compiler.internal.common.JsonText}), the first difference between two JSON values
 * ({@link io.statecraft.compiler.internal.common.JsonDiff}, also behind the testing module's
 * assertions), "did you mean" hints ({@link io.statecraft.compiler.internal.common.Spelling}),
 * CloudFormation functions standing for a Task's Resource, and what the syntax errors of intrinsic
 * functions and JSONata expressions share ({@link
 * io.statecraft.compiler.internal.common.ExpressionSyntaxException}).
 *
 * <pre>{@code
 * String difference = JsonDiff.first(expected, actual);   // "/total: expected 42 but was 41"
 * }</pre>
 *
 * <p>Internal: may change without notice.
 */
package io.statecraft.compiler.internal.common;
