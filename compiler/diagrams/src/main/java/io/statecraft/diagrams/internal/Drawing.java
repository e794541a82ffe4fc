package io.statecraft.diagrams.internal;

import io.statecraft.asl.StateMachine;
import java.util.Map;

/**
 * What {@code io.statecraft.diagrams.Diagrams} draws, from a definition and optionally an
 * execution: Mermaid straight from the {@link FlowGraph}, SVG through the {@link Geometry} of
 * {@link Layouts}, the HTML report around the overlay SVG.
 *
 * <pre>{@code
 * String svg = Drawing.svg(machine, Trace.fromHistory(history));
 * }</pre>
 */
public final class Drawing {

  private Drawing() {}

  /** Mermaid {@code flowchart TD} text, ending with a newline. */
  public static String mermaid(StateMachine machine) {
    return MermaidWriter.write(GraphBuilder.build(machine));
  }

  /** A self-contained SVG document; {@code execution} drawn over it unless it is null. */
  public static String svg(StateMachine machine, Trace execution) {
    FlowGraph graph = GraphBuilder.build(machine);
    Paint paint = execution == null ? Paint.NONE : Paint.of(graph, execution);
    return SvgWriter.write(graph, Layouts.layout(graph, paint.notes()), paint);
  }

  /** A self-contained SVG document with {@code coverage} drawn over it. */
  public static String coverageSvg(StateMachine machine, CoverageMarks coverage) {
    FlowGraph graph = GraphBuilder.build(machine);
    Paint paint = Paint.of(graph, coverage);
    return SvgWriter.write(graph, Layouts.layout(graph, paint.notes()), paint);
  }

  /** The HTML execution report: overlay diagram, timeline, each state's input and output. */
  public static String html(StateMachine machine, Trace execution) {
    return HtmlReport.write(machine, svg(machine, execution), execution);
  }

  /** The geometry the SVG is painted from, for tests of the layout. */
  static Geometry geometry(StateMachine machine) {
    return Layouts.layout(GraphBuilder.build(machine), Map.of());
  }
}
