package io.statecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.asl.internal.JsonMappers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ValidateCommandTest {

  private static final String VALID =
      "{\"StartAt\": \"Done\", \"States\": {\"Done\": {\"Type\": \"Succeed\"}}}";
  private static final String BROKEN = "{\"StartAt\": \"A\", \"States\": {"
      + "\"A\": {\"Type\": \"Pass\", \"Next\": \"Gone\"}, \"B\": {\"Type\": \"Succeed\"}}}";
  private static final String WARNED = "{\"StartAt\": \"C\", \"States\": {"
      + "\"C\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.x\", \"IsNull\": true,"
      + " \"Next\": \"D\"}]}, \"D\": {\"Type\": \"Succeed\"}}}";

  @TempDir Path dir;

  @Test
  void printsNothingAndExitsZeroForValidDefinition() throws IOException {
    String file = CommandLineRun.file(dir, "ok.asl.json", VALID);
    CommandLineRun run = CommandLineRun.of("validate", file);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void printsOneLinePerProblemAndExitsOne() throws IOException {
    Path file = Files.writeString(dir.resolve("broken.asl.json"), BROKEN);
    CommandLineRun run = CommandLineRun.of("validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines()).containsExactly(
        file + ":/States/A/Next: error TRANSITION_UNKNOWN: Next names \"Gone\", but there is no"
            + " state of that name (the states here are A, B)",
        file + ":/States/B: error STATE_UNREACHABLE: state \"B\" cannot be reached: no transition"
            + " from StartAt \"A\" leads to it");
  }

  @Test
  void exitsZeroWhenThereAreOnlyWarnings() throws IOException {
    Path file = Files.writeString(dir.resolve("warned.asl.json"), WARNED);
    String out = CommandLineRun.succeeds("validate", file.toString());
    assertThat(out).startsWith(file + ":/States/C: warning CHOICE_NO_DEFAULT: ");
  }

  @Test
  void validatesEveryDefinitionOfADirectory() throws IOException {
    Files.writeString(dir.resolve("ok.asl.json"), VALID);
    Files.writeString(dir.resolve("broken.asl.json"), BROKEN);
    CommandLineRun run = CommandLineRun.of("validate", dir.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines()).hasSize(2).allMatch(line -> line.contains("broken.asl.json"));
  }

  @Test
  void reportsAllFilesAsOneJsonDocument() throws IOException {
    String ok = CommandLineRun.file(dir, "ok.asl.json", VALID);
    String broken = CommandLineRun.file(dir, "broken.asl.json", BROKEN);
    CommandLineRun run = CommandLineRun.of("validate", "--format", "json", ok,
        broken);
    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode report = JsonMappers.STANDARD.readTree(run.out());
    assertThat(report.get("errors").asInt()).isEqualTo(2);
    assertThat(report.get("warnings").asInt()).isZero();
    assertThat(report.get("files").get(0).get("valid").asBoolean()).isTrue();
    JsonNode first = report.get("files").get(1).get("diagnostics").get(0);
    assertThat(first.get("code").asString()).isEqualTo("TRANSITION_UNKNOWN");
    assertThat(first.get("pointer").asString()).isEqualTo("/States/A/Next");
    assertThat(first.get("severity").asString()).isEqualTo("ERROR");
  }

  @Test
  void should_write_a_sarif_log_located_relative_to_the_sarif_root() throws IOException {
    // GIVEN
    Path folder = Files.createDirectories(dir.resolve("flows"));
    String broken = CommandLineRun.file(folder, "broken.asl.json", BROKEN);
    // WHEN
    CommandLineRun run = CommandLineRun.of("validate", "--format", "sarif", "--sarif-root",
        dir.toString(), broken);
    // THEN
    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode log = JsonMappers.STANDARD.readTree(run.out());
    assertThat(log.get("version").asString()).isEqualTo("2.1.0");
    JsonNode result = log.at("/runs/0/results/0");
    assertThat(result.get("ruleId").asString()).isEqualTo("TRANSITION_UNKNOWN");
    assertThat(result.get("level").asString()).isEqualTo("error");
    JsonNode location = result.at("/locations/0/physicalLocation");
    assertThat(location.at("/artifactLocation/uri").asString()).isEqualTo("flows/broken.asl.json");
    assertThat(location.at("/artifactLocation/uriBaseId").asString()).isEqualTo("%SRCROOT%");
    assertThat(location.at("/region/startLine").asInt()).isEqualTo(1);
    assertThat(location.at("/region/startColumn").asInt())
        .isEqualTo(BROKEN.indexOf("\"Next\"") + 1);
    assertThat(log.at("/runs/0/results")).hasSize(2);
  }

  @Test
  void reportsFileThatCannotBeReadAndExitsOne() {
    CommandLineRun run = CommandLineRun.of("validate", dir.resolve("missing.asl.json").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("error READ_IO: cannot read");
  }

  @Test
  void exitsTwoWithoutFiles() {
    assertThat(CommandLineRun.of("validate").exitCode()).isEqualTo(2);
    assertThat(CommandLineRun.of("validate", "--format", "yaml", "x.asl.json").exitCode())
        .isEqualTo(2);
  }
}
