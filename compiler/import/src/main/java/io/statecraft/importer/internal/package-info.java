/**
 * How {@code io.statecraft.importer.Importer} writes Java. {@link
 * io.statecraft.importer.internal.WorkflowWriter} is the entry point; {@code ScopePlanner} orders
 * the declarations of one scope so that every builder exists before it is used (immutable builders
 * take their targets as objects), {@code StateCode} writes one state's builder chain, {@code
 * Integrations} picks the typed service factory, {@code Conditions} and {@code JsonCode} write
 * Choice rules and payloads, {@code MapParts} the distributed Map's reader, batcher and writer.
 * What the DSL cannot express is an {@link
 * io.statecraft.importer.internal.InexpressibleException} located at its state; planning goes on
 * and the whole list comes out as {@link io.statecraft.importer.internal.InexpressibleProblems}.
 *
 * <pre>{@code
 * JavaFile file = WorkflowWriter.toJavaFile(machine, "com.acme", "OrderFulfillment");
 * }</pre>
 *
 * <p>Internal: public only for {@code io.statecraft.importer}; may change without notice.
 */
package io.statecraft.importer.internal;
