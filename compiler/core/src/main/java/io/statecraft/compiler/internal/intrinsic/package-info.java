/**
 * Step Functions' intrinsic functions ({@code States.Format(...)} and the 17 others): a parser, the
 * checks that need no input data, and an evaluator that gives AWS's results and AWS's errors.
 * {@link io.statecraft.compiler.internal.intrinsic.IntrinsicFunctions} is the entry point, shared
 * by the validator and the local runtime.
 *
 * <pre>{@code
 * JsonNode parts = IntrinsicFunctions.parse("States.StringSplit($.csv, ',')").evaluate(resolver);
 * }</pre>
 *
 * <p>Internal: public for Statecraft's own modules, may change without notice.
 */
package io.statecraft.compiler.internal.intrinsic;
