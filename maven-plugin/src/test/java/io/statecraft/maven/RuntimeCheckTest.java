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

  /**
   * A JSONPath state with JSONata's Output, which the local runtime refuses to run, in the
   * validator's words.
   */
  private static final String MIXED = """
      {"StartAt": "Fan", "States": {"Fan": {"Type": "Pass", "Output": "{% $states.input %}",
        "End": true}}}""";

  /**
   * The definitions as sent, unvalidated: the validator refuses what the runtime refuses today,
   * and the check stands for what the runtime may refuse that AWS accepts.
   */
  private static List<Definitions.Definition> definitions(Map<String, String> asl) {
    return asl.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(entry -> new Definitions.Definition(new CompiledWorkflow(entry.getKey(),
            "com.example." + entry.getKey(), Asl.read(entry.getValue()), List.of()),
            Asl.toJson(Asl.read(entry.getValue()))))
        .toList();
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
            "Scatter", MIXED, "Spread", MIXED)), "nothing was started"));

    assertThat(thrown.workflows()).isEqualTo(2);
    assertThat(thrown.getMessage()).startsWith("The local runtime cannot run 2 workflows;"
        + " nothing was started:\n");
    assertThat(thrown.problems()).hasSize(2);
    assertThat(thrown.problems().get(0)).startsWith("Scatter (com.example.Scatter):"
        + " /States/Fan/Output: error QUERY_LANGUAGE_FIELD: Output is a JSONata field, but"
        + " state \"Fan\" uses JSONPath");
    assertThat(thrown.problems().get(1)).startsWith("Spread (com.example.Spread): /States/Fan/");
  }
}
