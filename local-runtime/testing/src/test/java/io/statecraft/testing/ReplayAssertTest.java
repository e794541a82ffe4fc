package io.statecraft.testing;

import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.replay.ReplayResult;
import io.statecraft.local.replay.Replayer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class ReplayAssertTest {

  private static final String GREET = """
      {"StartAt": "Greet", "States": {
        "Greet": {"Type": "Pass", "Result": {"hello": "world"}, "Next": "Done"},
        "Done": {"Type": "Succeed"}}}""";
  private static final String HISTORY = history(GREET);

  @Test
  void should_pass_when_the_replay_is_consistent() {
    ReplayResult replay = Replayer.ofJson(GREET).checkJson(HISTORY);

    assertThat(replay).isConsistent();
  }

  @Test
  void should_fail_with_the_divergence_when_the_replay_is_not_consistent() {
    ReplayResult replay = Replayer.ofJson(GREET.replace("world", "moon")).checkJson(HISTORY);

    assertThatThrownBy(() -> assertThat(replay).isConsistent())
        .isInstanceOf(AssertionError.class)
        .hasMessage("""

            Expecting the replay to be consistent, but it is divergent at event 3 (state 'Greet')
              history:    state 'Greet' produced output {"hello":"world"}
              definition: state 'Greet' produces output {"hello":"moon"} \
            (first difference at output/hello)""");
    assertThat(replay).divergesAt(3).inState("Greet");
  }

  @Test
  void should_fail_when_the_replay_diverges_elsewhere_or_not_at_all() {
    ReplayResult divergent = Replayer.ofJson(GREET.replace("world", "moon"))
        .checkJson(HISTORY);
    ReplayResult consistent = Replayer.ofJson(GREET).checkJson(HISTORY);

    assertThatThrownBy(() -> assertThat(divergent).divergesAt(4))
        .hasMessageStartingWith("\nExpecting the replay to diverge at event 4, but it is"
            + " divergent at event 3 (state 'Greet')");
    assertThatThrownBy(() -> assertThat(divergent).inState("Done"))
        .hasMessageStartingWith("\nExpecting the replay to diverge in state 'Done', but it is"
            + " divergent at event 3");
    assertThatThrownBy(() -> assertThat(consistent).divergesAt(3))
        .hasMessage("\nExpecting the replay to diverge at event 3, but it is consistent"
            + " (6 events)");
  }

  @Test
  void should_make_one_test_per_history_file_that_fails_on_a_divergence(@TempDir Path dir)
      throws Throwable {
    Files.writeString(dir.resolve("a.json"), HISTORY);
    Files.writeString(dir.resolve("b.json"), history(GREET.replace("world", "moon")));
    Files.writeString(dir.resolve("greet.asl.json"), GREET);

    List<DynamicTest> tests = ReplayTests.of(Replayer.ofJson(GREET), dir).toList();

    org.assertj.core.api.Assertions.assertThat(
        tests.stream().map(DynamicTest::getDisplayName).toList())
        .containsExactly("a.json", "b.json");
    tests.get(0).getExecutable().execute();
    assertThatThrownBy(() -> tests.get(1).getExecutable().execute())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("divergent at event 3 (state 'Greet')");
  }

  @TestFactory
  Stream<DynamicTest> recorded_histories_replay_with_the_definition(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("run-1.json"), HISTORY);
    return ReplayTests.of(Replayer.ofJson(GREET), dir);
  }

  private static String history(String definition) {
    try (LocalStepFunctions sfn = LocalStepFunctions.newInstance()) {
      return sfn.load("Greet", definition).run("{}").history().toJson().toString();
    }
  }
}
