package io.statecraft.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.compiler.Asl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputsTest {

  @TempDir Path folder;

  private static final String HELLO = """
      {"StartAt": "Done", "States": {"Done": {"Type": "Succeed"}}}""";

  private static CompiledWorkflow hello() {
    return new CompiledWorkflow("hello", "com.example.Hello", Asl.read(HELLO), List.of());
  }

  @Test
  void writesTheDefinitionAndBothDiagramsOfEachWorkflow() throws Exception {
    List<Path> written = Outputs.writeAll(folder, List.of(hello()));

    assertThat(written).containsExactly(folder.resolve("hello.asl.json"),
        folder.resolve("hello.mmd"), folder.resolve("hello.svg"));
    assertThat(Files.readString(folder.resolve("hello.asl.json")))
        .isEqualTo(Asl.write(Asl.read(HELLO)));
    assertThat(Files.readString(folder.resolve("hello.mmd"))).startsWith("flowchart TD");
    assertThat(Files.readString(folder.resolve("hello.svg"))).contains("<svg");
  }

  @Test
  void writesTheSchemasOfATypedWorkflowBesideItsDefinition() throws Exception {
    CompiledWorkflow typed = new CompiledWorkflow("hello", "com.example.Hello", Asl.read(HELLO),
        List.of(), java.util.Map.of("hello.input.schema.json", "{\"type\": \"object\"}\n"));

    List<Path> written = Outputs.writeAll(folder, List.of(typed));

    assertThat(written).containsExactly(folder.resolve("hello.asl.json"),
        folder.resolve("hello.mmd"), folder.resolve("hello.svg"),
        folder.resolve("hello.input.schema.json"));
    assertThat(Files.readString(folder.resolve("hello.input.schema.json")))
        .isEqualTo("{\"type\": \"object\"}\n");
  }

  @Test
  void unchangedFilesAreNotRewritten() throws Exception {
    Outputs.writeAll(folder, List.of(hello()));
    FileTime old = FileTime.fromMillis(1_000_000);
    Files.setLastModifiedTime(folder.resolve("hello.asl.json"), old);

    Outputs.writeAll(folder, List.of(hello()));

    assertThat(Files.getLastModifiedTime(folder.resolve("hello.asl.json"))).isEqualTo(old);
  }
}
