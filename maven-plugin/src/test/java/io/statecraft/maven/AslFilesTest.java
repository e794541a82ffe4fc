package io.statecraft.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.compiler.internal.sarif.JsonLocations;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AslFilesTest {

  @TempDir Path project;

  private static final String HELLO = """
      {"StartAt": "Done", "States": {"Done": {"Type": "Succeed"}}}""";

  private Path folder() {
    return project.resolve("src/main/statecraft");
  }

  private Path write(String relative, String text) throws Exception {
    Path file = folder().resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  @Test
  void should_read_every_asl_file_at_any_depth_named_after_the_file() throws Exception {
    // GIVEN
    write("b.asl.json", HELLO);
    write("orders/refunds/a.asl.json", HELLO);
    write("notes.json", "{}");

    // WHEN
    var workflows = AslFiles.read(folder(), project);

    // THEN
    assertThat(workflows).extracting(CompiledWorkflow::label).containsExactly(
        "b (src/main/statecraft/b.asl.json)",
        "a (src/main/statecraft/orders/refunds/a.asl.json)");
  }

  @Test
  void should_read_nothing_when_the_folder_does_not_exist() {
    assertThat(AslFiles.read(folder().resolve("absent"), project)).isEmpty();
  }

  @Test
  void should_name_file_line_and_pointer_of_every_error_of_every_file() throws Exception {
    // GIVEN
    Path bad = write("bad.asl.json", """
        {
          "StartAt": "Missing",
          "States": {
            "Done": {"Type": "Succeed"}
          }
        }
        """);
    Path broken = write("deeper/broken.asl.json", "{\n  \"StartAt\": \"Done\",\n  \"States\": {\n");
    write("good.asl.json", HELLO);

    // THEN
    assertThatThrownBy(() -> AslFiles.read(folder(), project))
        .isInstanceOf(WorkflowException.class)
        .hasMessageStartingWith("2 workflows are invalid:\n"
            + "bad (src/main/statecraft/bad.asl.json): " + bad + ":2: /StartAt: error ")
        .hasMessageContaining("\nbroken (src/main/statecraft/deeper/broken.asl.json): " + broken
            + ":4: /: error READ_SYNTAX: ");
  }

  @Test
  void should_refuse_a_file_name_aws_refuses_as_a_state_machine_name() throws Exception {
    write("two words.asl.json", HELLO);

    assertThatThrownBy(() -> AslFiles.read(folder(), project))
        .hasMessageStartingWith("1 workflow is invalid:\ntwo words"
            + " (src/main/statecraft/two words.asl.json): the file name gives the state machine"
            + " its name, and its name \"two words\" has a character AWS refuses");
  }

  @Test
  void should_keep_warnings_located_at_their_line() throws Exception {
    // GIVEN a Choice without Default, which the validator warns about
    write("choose.asl.json", """
        {
          "StartAt": "Pick",
          "States": {
            "Pick": {
              "Type": "Choice",
              "Choices": [{"Variable": "$.a", "IsPresent": true, "Next": "Done"}]
            },
            "Done": {"Type": "Succeed"}
          }
        }
        """);

    // WHEN
    var workflows = AslFiles.read(folder(), project);

    // THEN
    assertThat(workflows).singleElement().satisfies(workflow ->
        assertThat(workflow.warnings()).isNotEmpty().allSatisfy(warning ->
            assertThat(warning.source().line()).isBetween(4, 7)));
  }

  @Test
  void should_find_the_line_of_a_pointer_or_of_its_nearest_parent() {
    JsonLocations lines = JsonLocations.of("{\n  \"States\": {\n    \"A\": {\n      \"Next\": \"B\"\n"
        + "    },\n    \"L\": [1,\n 2]\n  }\n}");

    assertThat(lines.find("/States/A/Next").line()).isEqualTo(4);
    assertThat(lines.find("/States/A/End").line()).isEqualTo(3);
    assertThat(lines.find("/States/L/1").line()).isEqualTo(7);
    assertThat(lines.find("").line()).isEqualTo(1);
  }

  @Test
  void should_say_where_a_file_stops_being_utf8() throws Exception {
    Path file = write("latin1.asl.json", "");
    Files.write(file, new byte[] {'{', '\n', '"', (byte) 0xe9, '"', '}'});

    assertThatThrownBy(() -> AslFiles.read(folder(), project))
        .isInstanceOf(WorkflowException.class)
        .hasMessage("Cannot read " + file + ": not UTF-8 text: byte 3 (line 2) is 0xe9, which"
            + " UTF-8 does not allow there; save the file as UTF-8");
  }

  @Test
  void should_place_a_number_out_of_range_as_a_syntax_error() throws Exception {
    write("huge.asl.json", "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\","
        + " \"Result\": 1e999999999999, \"End\": true}}}");

    assertThatThrownBy(() -> AslFiles.read(folder(), project))
        .isInstanceOf(WorkflowException.class)
        .hasMessageContaining("READ_SYNTAX: malformed JSON at line 1, column ")
        .hasMessageContaining("the number 1e999999999999 is out of range");
  }
}
