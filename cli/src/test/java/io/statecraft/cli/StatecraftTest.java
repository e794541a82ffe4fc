package io.statecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

class StatecraftTest {

  @Test
  void should_name_each_verb_as_its_command_does() {
    // GIVEN
    String[] names = Statecraft.VERBS;
    // WHEN
    String[] commandNames = Arrays.stream(names)
        .map(name -> Statecraft.verb(name).getClass().getAnnotation(Command.class).name())
        .toArray(String[]::new);
    // THEN
    assertThat(commandNames).containsExactly(names);
  }

  @Test
  void should_list_every_verb_when_asked_for_help() {
    // WHEN
    String usage = CommandLineRun.succeeds("--help");
    // THEN
    for (String verb : Statecraft.VERBS) {
      assertThat(usage).contains("\n  " + verb + " ");
    }
    assertThat(usage).contains("\n  help ");
  }

  @Test
  void should_give_a_verb_named_first_help_and_version_options() {
    // WHEN
    String help = CommandLineRun.succeeds("run", "--help");
    String version = CommandLineRun.succeeds("run", "--version");
    // THEN
    assertThat(help).startsWith("Usage: statecraft run ").contains("--version");
    assertThat(version).startsWith("statecraft ");
  }

  @Test
  void should_suggest_a_verb_when_the_first_argument_names_none() {
    // WHEN
    String err = CommandLineRun.failsWith(2, "rnu", "x.asl.json");
    // THEN
    assertThat(err).contains("rnu").contains("run");
  }

  @Test
  void should_explain_a_verb_through_the_help_verb() {
    // WHEN
    String help = CommandLineRun.succeeds("help", "validate");
    // THEN
    assertThat(help).startsWith("Usage: statecraft validate ");
  }

  @Test
  void should_sum_up_each_verb_in_the_verb_list_with_a_whole_sentence() {
    for (String name : Statecraft.VERBS) {
      // WHEN
      String summary = Statecraft.verb(name).getClass().getAnnotation(Command.class)
          .description()[0];
      // THEN the list shows the first paragraph alone: it must not stop mid-sentence
      assertThat(summary).as(name).endsWith(".");
    }
  }

  @Test
  void should_print_placeholders_and_context_paths_in_help_as_written() {
    // WHEN
    String run = CommandLineRun.succeeds("run", "--help");
    String replay = CommandLineRun.succeeds("replay", "--help");
    // THEN
    assertThat(run).contains("${KEY} placeholders").doesNotContain("null");
    assertThat(replay).contains("$$.Execution.Id").doesNotContain(" $.");
  }
}
