package io.statecraft.diagrams.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.compiler.Asl;
import io.statecraft.diagrams.Diagrams;
import org.junit.jupiter.api.Test;

class MermaidWriterTest {

  @Test
  void escapesTextMermaidWouldReadAsSyntax() {
    assertThat(MermaidWriter.escape("a \"b\" <c> | #1 & d"))
        .isEqualTo("a #quot;b#quot; #lt;c#gt; #124; #35;1 #amp; d");
  }

  @Test
  void keepsIdsReadableUniqueAndOffMermaidKeywords() {
    String mermaid = Diagrams.mermaid(Asl.read("""
        {"StartAt": "end", "States": {
          "end": {"Type": "Pass", "Next": "End!"},
          "End!": {"Type": "Pass", "Next": "1st"},
          "1st": {"Type": "Succeed"}}}"""));
    assertThat(mermaid).contains("  s_end[\"end\"]\n", "  s_End[\"End!\"]\n",
        "  s_1st([\"1st\"])\n", "  s_end --> s_End\n", "  s_End --> s_1st\n");
  }

  @Test
  void drawsATransitionToAStateThatDoesNotExistToAMarkedNode() {
    String mermaid = Diagrams.mermaid(Asl.read("""
        {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "Nowhere"}}}"""));
    assertThat(mermaid).contains("  Nowhere[\"Nowhere<br/>no such state\"]\n", "  A --> Nowhere\n",
        "class Nowhere missing");
  }
}
