package io.statecraft.diagrams.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.asl.StateMachine;
import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.compiler.Asl;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The plain layout of big machines draws a correct picture (no overlaps, no line through a box,
 * labels clear of states) on every real-world definition, and only machines past the threshold
 * get it: the corpus keeps its detailed ELK layout.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SimpleLayoutTest {

  @Test
  void should_lay_out_every_corpus_definition_without_problems_when_forced_to_plain_rows()
      throws IOException {
    // GIVEN
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Path file : LayoutGeometryTest.corpusFiles()) {
      FlowGraph graph = graphOf(file);
      if (graph == null) {
        continue;
      }
      // WHEN
      Geometry geometry = SimpleLayout.layout(graph, Map.of(), "note");
      // THEN
      for (String problem : LayoutGeometryTest.problems(geometry)) {
        problems.add(file.getFileName() + ": " + problem);
      }
      assertThat(geometry.boxes()).hasSize(graph.allElements().size());
      assertThat(geometry.routes()).hasSize(graph.allEdges().size());
      checked++;
    }
    assertThat(problems).as("layout problems").isEmpty();
    assertThat(checked).isGreaterThan(250);
  }

  @Test
  void should_keep_the_detailed_layout_for_every_corpus_definition() throws IOException {
    for (Path file : LayoutGeometryTest.corpusFiles()) {
      FlowGraph graph = graphOf(file);
      if (graph != null) {
        assertThat(Layouts.simpleNote(graph)).as(file.getFileName().toString()).isNull();
      }
    }
  }

  @Test
  void should_lay_out_a_loop_heavy_machine_past_the_threshold_without_problems() {
    // GIVEN: 150 rounds of Choice -> Work -> back to the Choice, plus a catch into one handler
    StringBuilder json = new StringBuilder("{\"StartAt\":\"C0\",\"States\":{");
    int rounds = 150;
    for (int i = 0; i < rounds; i++) {
      String next = i == rounds - 1 ? "Done" : "C" + (i + 1);
      json.append("\"C").append(i).append("\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":")
          .append("\"$.again\",\"BooleanEquals\":true,\"Next\":\"W").append(i)
          .append("\"}],\"Default\":\"").append(next).append("\"},");
      json.append("\"W").append(i).append("\":{\"Type\":\"Task\",\"Resource\":")
          .append("\"arn:aws:states:::lambda:invoke\",\"Parameters\":{\"FunctionName\":\"w\"},")
          .append("\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Next\":\"Failed\"}],")
          .append("\"Next\":\"C").append(i).append("\"},");
    }
    json.append("\"Failed\":{\"Type\":\"Fail\"},\"Done\":{\"Type\":\"Succeed\"}}}");
    FlowGraph graph = GraphBuilder.build(Asl.read(json.toString()));
    // WHEN
    String note = Layouts.simpleNote(graph);
    Geometry geometry = Layouts.layout(graph, Map.of());
    // THEN
    assertThat(note).startsWith("302 states, 603 transitions: drawn in plain rows");
    assertThat(geometry.note()).isEqualTo(note);
    assertThat(LayoutGeometryTest.problems(geometry)).isEmpty();
  }

  @Test
  void should_draw_plain_rows_when_long_catch_edges_pass_over_more_than_250_layers() {
    // GIVEN: n Tasks in a chain, each catching into one handler below them all
    FlowGraph twenty = GraphBuilder.build(catching(20));
    FlowGraph thirty = GraphBuilder.build(catching(30));
    // WHEN / THEN: 190 layers passed over keep ELK, 435 do not
    assertThat(Layouts.simpleNote(twenty)).isNull();
    assertThat(Layouts.simpleNote(thirty)).startsWith("31 states, 62 transitions: drawn in plain rows");
  }

  private static StateMachine catching(int tasks) {
    StringBuilder json = new StringBuilder("{\"StartAt\":\"T0\",\"States\":{");
    for (int i = 0; i < tasks; i++) {
      json.append("\"T").append(i).append("\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:")
          .append("states:::lambda:invoke\",\"Parameters\":{\"FunctionName\":\"f\"},\"Catch\":")
          .append("[{\"ErrorEquals\":[\"States.ALL\"],\"Next\":\"Handler\"}],")
          .append(i == tasks - 1 ? "\"End\":true}," : "\"Next\":\"T" + (i + 1) + "\"},");
    }
    return Asl.read(json.append("\"Handler\":{\"Type\":\"Fail\"}}}").toString());
  }

  @Test
  void should_break_loops_where_the_walk_in_document_order_meets_them() {
    // GIVEN: Start -> A -> B -> A, B -> End
    FlowGraph graph = GraphBuilder.build(Asl.read("""
        {"StartAt": "A", "States": {
          "A": {"Type": "Pass", "Next": "B"},
          "B": {"Type": "Choice", "Choices": [
            {"Variable": "$.again", "BooleanEquals": true, "Next": "A"}], "Default": "Done"},
          "Done": {"Type": "Succeed"}}}"""));
    // WHEN
    Layers layers = Layers.of(graph.root());
    // THEN: elements are __start, A, B, Done, __end; edges Start, A->B, B->A, B->Done, Done->End
    assertThat(List.of(layers.layer(0), layers.layer(1), layers.layer(2), layers.layer(3),
        layers.layer(4))).containsExactly(0, 1, 2, 3, 4);
    List<Boolean> backward = new ArrayList<>();
    for (int e = 0; e < graph.root().edges().size(); e++) {
      backward.add(layers.backward(e));
    }
    assertThat(backward).containsExactly(false, false, true, false, false);
    assertThat(layers.skipped()).isEqualTo(0);
  }

  private static FlowGraph graphOf(Path file) {
    try {
      StateMachine machine = Asl.read(file);
      return GraphBuilder.build(machine);
    } catch (InvalidDefinitionException refused) {
      return null;   // LayoutGeometryTest lists what the reader refuses
    }
  }
}
