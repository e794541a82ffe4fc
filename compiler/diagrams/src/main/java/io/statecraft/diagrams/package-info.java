/**
 * Diagrams of workflows and of their executions; {@link io.statecraft.diagrams.Diagrams}
 * is the one entry point, {@link io.statecraft.diagrams.ExecutionOverlay} reads an
 * execution history to draw over a diagram.
 *
 * <pre>{@code
 * String svg = Diagrams.svg(Asl.read(Path.of("order.asl.json")));
 * }</pre>
 *
 * <p>The drawing itself is in {@code io.statecraft.diagrams.internal}, which may change without
 * notice.
 */
package io.statecraft.diagrams;
