package io.statecraft.diagrams;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.diagrams.CoverageOverlay.Edge;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class CoverageOverlayTest {

  private static CoverageOverlay declinedCardCoverage() {
    return CoverageOverlay.builder()
        .state("Validate Order", true, "entered 1×")
        .transition("Validate Order", Edge.NEXT, 0, true)
        .state("Needs Review?", true, null)
        .transition("Needs Review?", Edge.CHOICE_RULE, 0, false)
        .transition("Needs Review?", Edge.CHOICE_RULE, 1, false)
        .transition("Needs Review?", Edge.DEFAULT, -1, true)
        .state("Charge Card", true, null)
        .transition("Charge Card", Edge.NEXT, 0, false)
        .transition("Charge Card", Edge.CATCH, 0, true)
        .state("Payment Declined", true, null)
        .state("Save Order", false, "not entered")
        .build();
  }

  /** The order-fulfillment diagram painted with {@link #declinedCardCoverage()}. */
  private static String declinedCardSvg() throws IOException {
    return Diagrams.svg(DiagramsGoldenTest.orderFulfillment(), declinedCardCoverage());
  }

  @Test
  void should_paint_covered_states_green_and_missed_ones_red_with_their_notes() throws IOException {
    String svg = declinedCardSvg();

    assertThat(svg)
        .contains("class=\"statecraft sc-overlay sc-coverage\"")
        .contains("class=\"sc-state sc-task sc-covered\" data-state=\"Validate Order\"")
        .contains("class=\"sc-state sc-task sc-missed\" data-state=\"Save Order\"")
        .contains("class=\"sc-state sc-fail sc-covered\" data-state=\"Payment Declined\"")
        // Not mentioned: neither colour.
        .contains("class=\"sc-state sc-task\" data-state=\"Manual Review\"")
        .contains(">entered 1×</text>").contains(">not entered</text>")
        .contains("<marker id=\"sc-arrow-missed\"");
  }

  @Test
  void should_tell_choice_rules_and_catchers_apart_by_their_order() throws IOException {
    String svg = declinedCardSvg();

    // Two rules and Charge Card's Next missed; Default and the Catch covered.
    assertThat(svg.split("class=\"sc-edge sc-missed\"", -1)).hasSize(4);
    assertThat(svg).contains("class=\"sc-edge sc-catch sc-taken\"")
        .contains("<g class=\"sc-label sc-taken\"><rect")
        .contains("<g class=\"sc-label sc-missed\"><rect");
  }

  @Test
  void should_leave_plain_diagrams_without_the_coverage_styles() throws IOException {
    assertThat(Diagrams.svg(DiagramsGoldenTest.orderFulfillment())).doesNotContain("sc-missed").doesNotContain("sc-coverage");
  }

  @Test
  void should_answer_what_it_was_told_and_null_for_the_rest() {
    CoverageOverlay coverage = declinedCardCoverage();

    assertThat(coverage.state("Save Order")).isFalse();
    assertThat(coverage.state("Manual Review")).isNull();
    assertThat(coverage.note("Validate Order")).isEqualTo("entered 1×");
    assertThat(coverage.transition("Charge Card", Edge.CATCH, 0)).isTrue();
    assertThat(coverage.transition("Needs Review?", Edge.DEFAULT, 7)).isTrue();
    assertThat(coverage.transition("Charge Card", Edge.CATCH, 1)).isNull();
  }
}
