/**
 * The JSONata {@code {% %}} expressions of Step Functions, evaluated as AWS evaluates them: parse a
 * field's text once with {@link io.statecraft.compiler.internal.jsonata.JsonataExpression#parse},
 * then evaluate it for every state that reaches it with the state's
 * {@link io.statecraft.compiler.internal.jsonata.JsonataBindings}. Errors carry AWS's wording.
 */
package io.statecraft.compiler.internal.jsonata;
