/**
 * How {@link io.statecraft.compiler.Validator} decides: {@link
 * io.statecraft.compiler.internal.validation.Validation} applies our ASL JSON Schema ({@code
 * asl.schema.json}, draft 2020-12, with networknt) and then the semantic rules, and reports every
 * problem as an {@link io.statecraft.asl.diagnostic.Diagnostic} whose code is one of {@link
 * io.statecraft.compiler.validation.Rule}. {@link
 * io.statecraft.compiler.internal.validation.ValidatorService} is the DSL's {@code ServiceLoader}
 * hook.
 *
 * <pre>{@code
 * List<Diagnostic> problems = Validation.validate(machine);
 * }</pre>
 *
 * <p>Rules are grouped by subject (graph, error handling, fields, Map, JSONPath, JSONata) and
 * report through one collector, {@code Findings}. Internal: may change without notice.
 */
package io.statecraft.compiler.internal.validation;
