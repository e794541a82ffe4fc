/**
 * How {@code io.statecraft.diagrams} draws. A definition becomes a {@code FlowGraph} (what is
 * drawn, with its text), Mermaid is written straight from it, and SVG goes through
 * {@code ElkLayout} (Eclipse ELK's layered algorithm, the only class touching ELK), or for
 * machines too big for it {@code SimpleLayout} (plain rows, linear time), as {@code Layouts}
 * decides, to a {@code Geometry} that {@code SvgWriter} paints; an execution is replayed by
 * {@code HistoryReader} into a {@link io.statecraft.diagrams.internal.Trace} and painted over it.
 * {@link io.statecraft.diagrams.internal.Drawing} is the entry point.
 *
 * <pre>{@code
 * String html = Drawing.html(machine, Trace.fromHistory(history));
 * }</pre>
 *
 * <p>Internal: public only for {@code io.statecraft.diagrams}; may change without notice.
 */
package io.statecraft.diagrams.internal;
