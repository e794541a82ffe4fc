/**
 * Step Functions' intrinsic functions ({@code States.Format(...)} and the 17 others): a parser, the
 * checks that need no input data, and an evaluator that gives AWS's results and AWS's errors.
 * {@link io.statecraft.compiler.intrinsic.IntrinsicFunctions} is the entry point.
 */
package io.statecraft.compiler.intrinsic;
