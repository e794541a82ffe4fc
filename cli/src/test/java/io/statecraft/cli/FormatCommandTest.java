package io.statecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatCommandTest {

  private static final String SCRAMBLED =
      "{\"States\":{\"Done\":{\"Type\":\"Succeed\"}},\"StartAt\":\"Done\"}";
  private static final String CANONICAL = """
      {
        "StartAt": "Done",
        "States": {
          "Done": {
            "Type": "Succeed"
          }
        }
      }
      """;

  @TempDir Path dir;

  @Test
  void printsOneFileInCanonicalForm() throws IOException {
    Path file = Files.writeString(dir.resolve("a.asl.json"), SCRAMBLED);
    String out = CommandLineRun.succeeds("fmt", file.toString());
    assertThat(out).isEqualTo(CANONICAL);
    assertThat(Files.readString(file)).isEqualTo(SCRAMBLED);
  }

  @Test
  void checkListsFilesThatAreNotCanonicalAndExitsOne() throws IOException {
    Files.writeString(dir.resolve("messy.asl.json"), SCRAMBLED);
    Files.writeString(dir.resolve("tidy.asl.json"), CANONICAL);
    Files.writeString(dir.resolve("not-a-definition.json"), "[]");
    CommandLineRun run = CommandLineRun.of("fmt", "--check", dir.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(dir.resolve("messy.asl.json") + System.lineSeparator());
  }

  @Test
  void checkExitsZeroWhenEverythingIsCanonical() throws IOException {
    Files.writeString(dir.resolve("tidy.asl.json"), CANONICAL);
    assertThat(CommandLineRun.of("fmt", "--check", dir.toString()).exitCode()).isZero();
  }

  @Test
  void writeRewritesOnlyFilesThatChange() throws IOException {
    Path messy = Files.writeString(dir.resolve("messy.asl.json"), SCRAMBLED);
    String tidy = CommandLineRun.file(dir, "tidy.asl.json", CANONICAL);
    String out = CommandLineRun.succeeds("fmt", "--write", dir.toString());
    assertThat(out).contains("formatted " + messy).doesNotContain(tidy);
    assertThat(Files.readString(messy)).isEqualTo(CANONICAL);
  }

  @Test
  void unreadableDefinitionPrintsEachDiagnosticWithFileAndPointer() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.asl.json"),
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Ende\":true}}}");
    String err = CommandLineRun.failsWith(1, "fmt", file.toString());
    assertThat(err).isEqualTo(file + ":/States/A/Ende: error READ_UNKNOWN_FIELD: "
        + "Pass state \"A\" has no field \"Ende\" (did you mean \"End\"?)" + System.lineSeparator());
  }

  @Test
  void usageErrorsExitTwo() throws IOException {
    String file = CommandLineRun.file(dir, "a.asl.json", CANONICAL);
    assertThat(CommandLineRun.of("fmt").exitCode()).isEqualTo(2);
    assertThat(CommandLineRun.of("fmt", "--write", "--check", file).exitCode())
        .isEqualTo(2);
    assertThat(CommandLineRun.of("fmt", "--nonsense", file).exitCode()).isEqualTo(2);
    assertThat(CommandLineRun.of("fmt", file, file).exitCode()).isEqualTo(2);
    assertThat(CommandLineRun.of().exitCode()).isEqualTo(2);
    assertThat(CommandLineRun.of("no-such-verb").exitCode()).isEqualTo(2);
  }
}
