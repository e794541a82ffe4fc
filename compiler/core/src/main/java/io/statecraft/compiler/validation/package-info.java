/**
 * Whether AWS Step Functions would accept a definition: {@link
 * io.statecraft.compiler.validation.Validator} applies our ASL JSON Schema ({@code
 * asl.schema.json}, draft 2020-12, with networknt) and then the semantic rules, and reports every
 * problem as an {@link io.statecraft.asl.Diagnostic} whose code is one of {@link
 * io.statecraft.compiler.validation.Rule} (or the reader's {@code READ_*} codes for a document
 * that does not read into the model).
 *
 * <pre>{@code
 * for (Diagnostic problem : Validator.validate(Files.readString(Path.of("order.asl.json")))) {
 *   System.out.println(problem);
 * }
 * }</pre>
 *
 * <p>Everything but the entry point, the rule list and the {@code ServiceLoader} hook is
 * package-private: rules are grouped by subject (graph, error handling, fields, Map, JSONPath,
 * JSONata) and report through one collector.
 */
package io.statecraft.compiler.validation;
