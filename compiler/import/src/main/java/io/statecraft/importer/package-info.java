/**
 * ASL to Java: {@link io.statecraft.importer.Importer} turns a definition into the source
 * of one {@link io.statecraft.dsl.Workflow} class written with the DSL, laid out by JavaPoet.
 *
 * <pre>{@code
 * String source = Importer.toJava(Asl.read(file), "com.example.flows", "OrderFulfillment");
 * }</pre>
 *
 * <p>How the pieces fit: {@code ScopePlanner} orders the declarations of one scope so that every
 * builder exists before it is used (immutable builders take their targets as objects), {@code
 * StateCode} writes one state's builder chain, {@code Integrations} picks the typed service
 * factory, {@code Conditions} and {@code JsonCode} write Choice rules and payloads, {@code
 * MapParts} the distributed Map's reader, batcher and writer.
 */
package io.statecraft.importer;
