package io.statecraft.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.statecraft.compiler.Asl;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuntimeCheckTest {

  private static final String PASS = """
      {"StartAt": "Hello", "States": {"Hello": {"Type": "Pass", "End": true}}}""";

  /** A distributed Map, which the local runtime does not run. */
  private static final String DISTRIBUTED = """
      {"StartAt": "Fan", "States": {"Fan": {"Type": "Map", "End": true,
        "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"},
          "StartAt": "Item", "States": {"Item": {"Type": "Pass", "End": true}}}}}}""";

  private static List<Definitions.Definition> definitions(Map<String, String> asl) {
    return Definitions.deployable(asl.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(entry -> new CompiledWorkflow(entry.getKey(), "com.example." + entry.getKey(),
            Asl.read(entry.getValue()), List.of()))
        .toList(), Map.of());
  }

  @Test
  void acceptsWhatTheRuntimeRuns() {
    assertThatCode(() -> RuntimeCheck.requireRunnable(
        definitions(Map.of("Greeting", PASS)), "nothing was started")).doesNotThrowAnyException();
  }

  @Test
  void refusesEveryWorkflowTheRuntimeCannotRunNamingTheWorkflowStateAndPointer() {
    WorkflowException thrown = catchThrowableOfType(WorkflowException.class,
        () -> RuntimeCheck.requireRunnable(definitions(Map.of("Greeting", PASS,
            "Scatter", DISTRIBUTED, "Spread", DISTRIBUTED)), "nothing was started"));

    assertThat(thrown.workflows()).isEqualTo(2);
    assertThat(thrown.getMessage()).startsWith("The local runtime cannot run 2 workflows;"
        + " nothing was started:\n");
    assertThat(thrown.problems()).hasSize(2);
    assertThat(thrown.problems().get(0)).startsWith("Scatter (com.example.Scatter):"
        + " /States/Fan/ItemProcessor/ProcessorConfig/Mode: error RUN_UNSUPPORTED: State 'Fan'");
    assertThat(thrown.problems().get(1)).startsWith("Spread (com.example.Spread): /States/Fan/");
  }
}
