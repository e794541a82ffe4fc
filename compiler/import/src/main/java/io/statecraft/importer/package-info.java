/**
 * ASL to Java: {@link io.statecraft.importer.Importer} turns a definition into the source
 * of one {@link io.statecraft.dsl.Workflow} class written with the DSL, laid out by JavaPoet;
 * {@link io.statecraft.importer.ImportException} says what the DSL cannot express and where.
 *
 * <pre>{@code
 * String source = Importer.toJava(Asl.read(file), "com.example.flows", "OrderFulfillment");
 * }</pre>
 *
 * <p>The code generation is in {@code io.statecraft.importer.internal}, which may change without
 * notice.
 */
package io.statecraft.importer;
