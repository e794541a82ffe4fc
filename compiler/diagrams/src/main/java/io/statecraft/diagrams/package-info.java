/**
 * Diagrams of workflows and of their executions; {@link io.statecraft.diagrams.Diagrams}
 * is the one entry point, {@link io.statecraft.diagrams.ExecutionOverlay} reads an
 * execution history to draw over a diagram.
 *
 * <p>Inside, a definition becomes a {@code FlowGraph} (what is drawn, with its text), Mermaid is
 * written straight from it, and SVG goes through {@code ElkLayout} (Eclipse ELK's layered
 * algorithm, the only class touching ELK) to a {@code Geometry} that {@code SvgWriter} paints.
 */
package io.statecraft.diagrams;
