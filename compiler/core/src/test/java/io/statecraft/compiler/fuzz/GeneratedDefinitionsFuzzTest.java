package io.statecraft.compiler.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.internal.JsonMappers;
import io.statecraft.compiler.Asl;
import io.statecraft.compiler.Validator;
import io.statecraft.compiler.internal.common.JsonDiff;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated definitions that AWS would accept ({@link Definitions}): the validator finds no error
 * in them, and each reads and writes back equal as JSON. Random cases in every build
 * ({@link Tries}); coverage-guided cases with {@code JAZZER_FUZZ=1}.
 */
class GeneratedDefinitionsFuzzTest {

  @Test
  void should_accept_and_round_trip_random_definitions() {
    for (long seed : Tries.seeds(200)) {
      check(Definitions.machine(Choices.random(seed)), "seed " + seed);
    }
  }

  @FuzzTest(maxDuration = "2m")
  void should_accept_and_round_trip_generated_definitions(FuzzedDataProvider data) {
    check(Definitions.machine(Choices.of(data)), "a fuzzer's input");
  }

  private static void check(ObjectNode definition, String origin) {
    String text = JsonMappers.STRICT.writeValueAsString(definition);
    List<Diagnostic> errors =
        Validator.validate(text).stream().filter(Diagnostic::isError).toList();
    if (!errors.isEmpty()) {
      throw new AssertionError("the validator refuses a definition AWS accepts (" + origin
          + "): " + errors + "\n  definition: " + text);
    }
    String written = Asl.write(Asl.read(text));
    String difference = JsonDiff.first(definition, JsonMappers.STRICT.readTree(written));
    if (difference != null) {
      throw new AssertionError("does not write back equal (" + origin + "): " + difference
          + "\n  definition: " + text);
    }
  }
}
