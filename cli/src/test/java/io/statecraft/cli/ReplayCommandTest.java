package io.statecraft.cli;

import static io.statecraft.cli.CommandLineRun.file;
import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.local.LocalStepFunctions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ReplayCommandTest {

  private static final String GREET = """
      {"StartAt": "Greet", "States": {
        "Greet": {"Type": "Pass", "Result": {"hello": "world"}, "Next": "Done"},
        "Done": {"Type": "Succeed"}}}""";

  @TempDir Path dir;

  @Test
  void should_exit_zero_and_say_consistent_when_the_definition_reproduces_the_history() {
    String definition = file(dir, "greet.asl.json", GREET);
    String history = file(dir, "run-1.json", history(GREET).toString());

    String out = CommandLineRun.succeeds("replay", "--definition", definition, history);

    assertThat(out).isEqualTo(history + ": consistent (6 events)\n1 consistent, 0 divergent\n");
  }

  @Test
  void should_replay_every_history_of_a_folder_and_exit_one_when_one_diverges()
      throws IOException {
    Path histories = Files.createDirectories(dir.resolve("histories"));
    String definition = file(dir, "greet.asl.json", GREET);
    file(histories, "a.json", history(GREET).toString());
    file(histories, "b.json", history(GREET.replace("world", "moon")).toString());
    file(histories, "greet.asl.json", GREET);

    CommandLineRun run = CommandLineRun.of("replay", "--definition", definition,
        histories.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(histories.resolve("a.json") + ": consistent (6 events)\n"
        + histories.resolve("b.json") + ": divergent at event 3 (state 'Greet')\n"
        + "  history:    state 'Greet' produced output {\"hello\":\"moon\"}\n"
        + "  definition: state 'Greet' produces output {\"hello\":\"world\"}"
        + " (first difference at output/hello)\n"
        + "1 consistent, 1 divergent\n");
  }

  @Test
  void should_read_a_history_in_reverse_order_and_in_pages() {
    String definition = file(dir, "greet.asl.json", GREET);
    List<JsonNode> events = new ArrayList<>();
    history(GREET).get("events").forEach(events::add);
    Collections.reverse(events);
    String pages = "{\"events\": " + events.subList(0, 3) + ", \"nextToken\": \"t\"}\n"
        + "{\"events\": " + events.subList(3, 6) + "}\n";
    String history = file(dir, "paged.json", pages);

    String out = CommandLineRun.succeeds("replay", "--definition", definition, history);

    assertThat(out).startsWith(history + ": consistent (6 events)");
  }

  @Test
  void should_exit_two_when_a_file_is_no_history() {
    String definition = file(dir, "greet.asl.json", GREET);
    String good = file(dir, "good.json", history(GREET).toString());
    String bad = file(dir, "bad.json", "{\"executions\": []}");

    CommandLineRun run = CommandLineRun.of("replay", "--definition", definition, good, bad);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(bad + ": not an execution history: expected"
        + " {\"events\":[...]} or an array of events, found {\"executions\":[]}\n");
    assertThat(run.out()).endsWith("1 consistent, 0 divergent, 1 not histories\n");
  }

  @Test
  void should_exit_two_when_the_definition_cannot_be_read() {
    String history = file(dir, "run.json", history(GREET).toString());
    String definition = file(dir, "broken.asl.json", "{\"StartAt\": ");

    String err = CommandLineRun.failsWith(2, "replay", "--definition", definition, history);

    assertThat(err).startsWith(definition + ":");
  }

  @Test
  void should_exit_two_when_a_history_does_not_exist() {
    String definition = file(dir, "greet.asl.json", GREET);

    String err = CommandLineRun.failsWith(2, "replay", "--definition", definition,
        dir.resolve("missing.json").toString());

    assertThat(err).startsWith(dir.resolve("missing.json") + " does not exist");
  }

  private static JsonNode history(String definition) {
    try (LocalStepFunctions sfn = LocalStepFunctions.newInstance()) {
      return sfn.load("Greet", definition).run("{}").history().toJson();
    }
  }
}
