package io.statecraft.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.statecraft.compiler.Asl;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefinitionsTest {

  private static CompiledWorkflow workflow(String name, String pause) {
    return new CompiledWorkflow(name, "com.example." + name, Asl.read("""
        {"StartAt": "Pause", "States": {
          "Pause": {"Type": "Wait", "Seconds": "%s", "Next": "Done"},
          "Done": {"Type": "Succeed"}}}""".formatted(pause)), List.of());
  }

  @Test
  void substitutesEveryWorkflowInOrder() {
    List<Definitions.Definition> definitions = Definitions.deployable(
        List.of(workflow("Orders", "${Pause}"), workflow("Refunds", "${Pause}")),
        Map.of("Pause", "5"));

    assertThat(definitions).extracting(Definitions.Definition::name)
        .containsExactly("Orders", "Refunds");
    assertThat(definitions.get(1).json().at("/States/Pause/Seconds").asInt()).isEqualTo(5);
  }

  @Test
  void refusesEveryWorkflowWithAProblemOneLineEachNamingTheWorkflow() {
    WorkflowException thrown = catchThrowableOfType(WorkflowException.class,
        () -> Definitions.deployable(List.of(workflow("Orders", "${Pause}"),
            workflow("Refunds", "${Delay}"), workflow("Returns", "${Pause}")),
            Map.of("Pause", "soon")));

    assertThat(thrown.workflows()).isEqualTo(3);
    assertThat(thrown.problems()).containsExactly(
        "Orders (com.example.Orders) with <definitionSubstitutions> applied: /States/Pause/Seconds:"
            + " error NUMBER_EXPECTED: Seconds must be a number, not the string \"soon\"",
        "Refunds (com.example.Refunds): no value for ${Delay}: add it to"
            + " <definitionSubstitutions>, e.g. <Delay>value</Delay>",
        "Returns (com.example.Returns) with <definitionSubstitutions> applied:"
            + " /States/Pause/Seconds: error NUMBER_EXPECTED: Seconds must be a number, not the"
            + " string \"soon\"");
    assertThat(thrown.refused("no state machine was created or updated").getMessage())
        .startsWith("Statecraft's checks refused 3 workflows; no state machine was created or"
            + " updated:\nOrders (com.example.Orders) with ");
  }
}
