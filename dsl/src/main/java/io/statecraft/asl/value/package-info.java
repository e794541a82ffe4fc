/**
 * Field values kept exactly as written that may be something other than the plain literal: a
 * {@link io.statecraft.asl.value.Path} ({@code InputPath}, {@code OutputPath}, {@code ResultPath})
 * may be JSON {@code null}, and a {@link io.statecraft.asl.value.NumberOrExpression}
 * ({@code TimeoutSeconds}, {@code MaxConcurrency}, a batch limit, ...) may be a JSONata expression
 * or a {@code ${...}} placeholder. States and the parts of a Map state share them.
 *
 * <pre>{@code
 * Path discard = Path.NULL;                                     // "ResultPath": null
 * NumberOrExpression timeout = NumberOrExpression.expression("{% $states.input.timeout %}");
 * }</pre>
 */
package io.statecraft.asl.value;
