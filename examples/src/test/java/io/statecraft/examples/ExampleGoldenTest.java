package io.statecraft.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.asl.StateMachine;
import io.statecraft.compiler.Asl;
import io.statecraft.compiler.RecordSchemas;
import io.statecraft.dsl.TypedWorkflow;
import io.statecraft.dsl.Workflow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each example's ASL is committed under {@code src/test/resources/golden/<name>.asl.json}; the DSL
 * must keep emitting exactly it, and it must read back to the same model. A typed workflow's input
 * and output schemas are committed beside it ({@code <name>.input.schema.json},
 * {@code <name>.output.schema.json}), as are those of the result records its tasks declare
 * ({@code <name>.<state>.result.schema.json}).
 *
 * <p>After a deliberate change, regenerate the files with
 * {@code mvn -pl examples -am verify -Dstatecraft.updateGoldens=true} and review the diff.
 */
class ExampleGoldenTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final boolean UPDATE = Boolean.getBoolean("statecraft.updateGoldens");

  static Stream<Workflow> workflows() {
    return Stream.of(new OrderFulfillment(), new DataProcessing(), new HumanApproval(),
        new ActivityWorker(), new ParallelEtl());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("workflows")
  void emitsExactlyTheGoldenAsl(Workflow workflow) throws IOException {
    String emitted = Asl.write(workflow.define());
    Path golden = GOLDEN.resolve(workflow.name() + ".asl.json");
    if (UPDATE) {
      Files.writeString(golden, emitted, StandardCharsets.UTF_8);
    }

    assertThat(golden).as("golden file; create it with -Dstatecraft.updateGoldens=true").exists();
    assertThat(emitted).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  /** A workflow's input, output and task result schemas, as the build writes them. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("workflows")
  void writesTheGoldenSchemasOfItsInputOutputAndTaskResults(Workflow workflow) throws IOException {
    Map<String, String> schemas = RecordSchemas.files(workflow);
    for (Map.Entry<String, String> schema : schemas.entrySet()) {
      Path golden = GOLDEN.resolve(schema.getKey());
      if (UPDATE) {
        Files.writeString(golden, schema.getValue(), StandardCharsets.UTF_8);
      }
      assertThat(golden).as("golden file; create it with -Dstatecraft.updateGoldens=true")
          .exists();
      assertThat(schema.getValue()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
    assertThat(schemas.isEmpty()).as("typed").isEqualTo(!(workflow instanceof TypedWorkflow));
    if (workflow instanceof OrderFulfillment) {
      assertThat(schemas).containsKey("OrderFulfillment.Charge card.result.schema.json");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("workflows")
  void readsTheGoldenAslBackToTheSameModel(Workflow workflow) {
    Path golden = GOLDEN.resolve(workflow.name() + ".asl.json");
    StateMachine read = Asl.read(golden);

    assertThat(read).isEqualTo(workflow.define());
  }
}
