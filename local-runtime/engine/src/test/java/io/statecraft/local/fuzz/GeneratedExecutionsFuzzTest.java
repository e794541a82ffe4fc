package io.statecraft.local.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.statecraft.asl.internal.JsonMappers;
import io.statecraft.compiler.fuzz.Choices;
import io.statecraft.compiler.fuzz.Definitions;
import io.statecraft.compiler.fuzz.Tries;
import io.statecraft.local.Execution;
import io.statecraft.local.ExecutionStatus;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.task.TaskFailure;
import io.statecraft.local.task.TaskHandler;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Generated definitions AWS would accept ({@link Definitions}), run with generated input: each
 * execution ends, SUCCEEDED with an output or FAILED with an error name (States.* errors included),
 * and no Java exception escapes the runtime. Task states answer with their input, a fixed value
 * or a failure. Random cases in every build ({@link Tries}); coverage-guided cases with
 * {@code JAZZER_FUZZ=1}.
 */
class GeneratedExecutionsFuzzTest {

  @Test
  void should_end_every_random_execution_with_an_output_or_an_error() {
    for (long seed : Tries.seeds(20)) {
      check(Choices.random(seed), "seed " + seed);
    }
  }

  @FuzzTest(maxDuration = "2m")
  void should_end_every_generated_execution_with_an_output_or_an_error(FuzzedDataProvider data) {
    check(Choices.of(data), "a fuzzer's input");
  }

  private static void check(Choices choices, String origin) {
    String definition = JsonMappers.STRICT.writeValueAsString(Definitions.machine(choices));
    JsonNode input = Definitions.input(choices);
    TaskHandler handler = handler(choices.below(4));
    try (LocalStepFunctions runtime = LocalStepFunctions.newInstance()) {
      LocalStateMachine machine = runtime.load("Generated", definition);
      if (definition.contains(Definitions.TASK_RESOURCE)) {
        machine = machine.withResource(Definitions.TASK_RESOURCE, handler);
      }
      Execution execution;
      try {
        execution = machine.run(input);
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError("the run threw (" + origin + ")\n  definition: " + definition
            + "\n  input: " + input, e);
      }
      boolean ended = execution.status() == ExecutionStatus.SUCCEEDED
          ? execution.output() != null
          : execution.error() != null && !execution.error().isEmpty();
      if (!ended) {
        throw new AssertionError("an execution " + execution.status() + " without "
            + (execution.status() == ExecutionStatus.SUCCEEDED ? "output" : "error") + " ("
            + origin + ")\n  definition: " + definition + "\n  input: " + input);
      }
    }
  }

  /** Task states answer with their input, a fixed value, a failure, or by input. */
  private static TaskHandler handler(int kind) {
    return switch (kind) {
      case 0 -> (input, context) -> input;
      case 1 -> (input, context) -> JsonMappers.STRICT.readTree("{\"n\": 7, \"s\": \"a,b\"}");
      case 2 -> (input, context) -> {
        throw new TaskFailure("Work.Failed", "generated failure");
      };
      default -> (input, context) -> {
        if (input.hashCode() % 2 == 0) {
          throw new TaskFailure("Work.Failed", "generated failure");
        }
        return input;
      };
    };
  }
}
