package io.statecraft.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.compiler.Asl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole generated source of a few real-world definitions, compared with golden files in
 * {@code src/test/resources/import}. After a deliberate change to the generator, regenerate them
 * with {@code -Dstatecraft.import.regenerate=true} and review the diff.
 */
class ImportGoldenTest {

  private static final boolean REGENERATE = Boolean.getBoolean("statecraft.import.regenerate");
  private static final Path GOLDEN = Path.of("src/test/resources/import");

  static List<String> definitions() {
    return List.of(
        "serverless-patterns/stepfunctions-eventbridge-onpremise-tf__modules__state_machine__state-machine.asl.json",
        "sfn-workflows-collection/explicit-failure-with-parallel-states__statemachine__statemachine.asl.json",
        "sfn-workflows-collection/scatter-gather__statemachine__statemachine.asl.json",
        "sfn-examples/sam__demo-manage-glue-crawlers-with-step-functions__template__StateMachineUtilRunGlueCrawler.asl.json");
  }

  @ParameterizedTest
  @MethodSource("definitions")
  void generatesTheGoldenSource(String relative) throws IOException {
    Path file = Corpus.realWorld().get(0).getParent().getParent().resolve(relative);
    String className = Importer.className(file.getFileName().toString());
    String source = Importer.toJava(Asl.read(file), "com.example.imported", className);
    Path golden = GOLDEN.resolve(className + ".java.txt");
    if (REGENERATE) {
      Files.writeString(golden, source, StandardCharsets.UTF_8);
    }
    assertThat(source).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @MethodSource("definitions")
  void generatesTheSameSourceEveryTime(String relative) throws IOException {
    Path file = Corpus.realWorld().get(0).getParent().getParent().resolve(relative);
    assertThat(Importer.toJava(Asl.read(file), "p", "C"))
        .isEqualTo(Importer.toJava(Asl.read(file), "p", "C"));
  }
}
