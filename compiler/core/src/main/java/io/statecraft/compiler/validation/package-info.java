/**
 * The stable codes of validation diagnostics: {@link io.statecraft.compiler.validation.Rule} names
 * every rule {@link io.statecraft.compiler.Validator} checks, with its severity and a summary (the
 * reader's {@code READ_*} codes, for a document that does not read into the model, come on top).
 *
 * <pre>{@code
 * boolean unreachable = Validator.validate(machine).stream()
 *     .anyMatch(d -> d.code().equals(Rule.STATE_UNREACHABLE.code()));
 * }</pre>
 *
 * <p>The rules themselves are in {@code io.statecraft.compiler.internal.validation}; this package
 * holds only their names, so that the rules can report them without depending on the API that
 * runs them.
 */
package io.statecraft.compiler.validation;
