package io.statecraft.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.asl.StateMachine;
import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.asl.internal.JsonMappers;
import io.statecraft.compiler.internal.common.JsonDiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CorpusRoundTripTest {

  /** Files that are not ASL as written, with the reason; the corpus README names them. */
  private static final Map<String, String> NOT_ASL = Map.of(
      "shared-fallback-state-jsonata__statemachine__statemachine.asl.json",
      "puts \"QueryLanguage\": \"JSONata\" inside States, where only states may stand");

  @Test
  void everyCorpusDefinitionReadsAndWritesBackEqualAsJson() throws IOException {
    List<Path> files = corpusFiles();
    List<String> differences = new ArrayList<>();
    int checked = 0;
    for (Path file : files) {
      String name = file.getFileName().toString();
      String text = Files.readString(file);
      StateMachine machine;
      try {
        machine = Asl.read(text);
      } catch (InvalidDefinitionException e) {
        if (!NOT_ASL.containsKey(name)) {
          differences.add(file + " does not read: " + e.getMessage());
        }
        continue;
      }
      String difference = JsonDiff.first(JsonMappers.STRICT.readTree(text),
          JsonMappers.STRICT.readTree(Asl.write(machine)));
      if (difference != null) {
        differences.add(file + ": " + difference);
      }
      checked++;
    }
    assertThat(differences).as("files that do not round-trip").isEmpty();
    assertThat(checked).isEqualTo(files.size() - NOT_ASL.size()).isGreaterThan(300);
  }

  @Test
  void writingIsDeterministicAndCanonicalOutputIsAFixedPoint() throws IOException {
    for (Path file : corpusFiles()) {
      if (NOT_ASL.containsKey(file.getFileName().toString())) {
        continue;
      }
      String once = Asl.write(Asl.read(file));
      assertThat(Asl.write(Asl.read(file))).isEqualTo(once);
      assertThat(Asl.write(Asl.read(once))).as(file.toString()).isEqualTo(once);
    }
  }

  static List<Path> corpusFiles() {
    return SharedFolder.jsonFiles("asl-corpus/real-world", "asl-corpus/validator/valid");
  }

  static JsonNode tree(String text) {
    return JsonMappers.STRICT.readTree(text);
  }
}
