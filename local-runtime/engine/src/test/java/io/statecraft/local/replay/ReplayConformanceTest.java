package io.statecraft.local.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.compiler.Asl;
import io.statecraft.compiler.SharedFolder;
import io.statecraft.local.conformance.Conformance;
import io.statecraft.local.internal.json.Values;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every execution recorded against AWS in ../shared/conformance/cases, replayed from its
 * recorded events with its definition: each is consistent.
 */
class ReplayConformanceTest {

  /** The conformance README: definitions use region us-east-1 and account 111111111111. */
  private static final String EXECUTION_ARN =
      "arn:aws:states:us-east-1:111111111111:execution:ConformanceCase:ConformanceExecution";

  /**
   * Recordings a replay cannot follow, with the divergence it reports: the case stays here only
   * as long as that is what it reports.
   */
  private static final Map<String, String> NOT_REPLAYABLE = Map.of(
      "scenarios/test_base_scenarios/test_map_state_legacy_config_distributed",
      "state 'MapState' is a distributed Map: its Map Run's child executions are not in this"
          + " history, so a replay cannot follow it.",
      "scenarios/test_base_scenarios/test_map_state_legacy_config_distributed_parameters",
      "state 'MapState' is a distributed Map: its Map Run's child executions are not in this"
          + " history, so a replay cannot follow it.",
      "timeouts/test_timeouts/test_service_lambda_map_timeout",
      "records TaskStarted in state 'LambdaInvoke' after event 9");

  @Test
  void should_replay_every_recorded_history_as_consistent_with_its_definition()
      throws IOException {
    List<Path> files = SharedFolder.jsonFiles("conformance/cases");
    int replayed = 0;
    int withoutHistory = 0;
    int skipped = 0;
    List<String> failures = new ArrayList<>();
    List<String> notReplayable = new ArrayList<>();
    for (Path file : files) {
      JsonNode testCase = Values.parse(Files.readString(file));
      String id = testCase.path("id").asString();
      JsonNode expected = testCase.path("expected");
      if (!expected.has("events") || expected.has("eventsNote")) {
        // No history (Express, operator tables), or one whose ids the recording re-sorted.
        withoutHistory++;
        continue;
      }
      if (Conformance.skipReason(file).isPresent()) {
        skipped++;
        continue;
      }
      ReplayResult result = Replayer.of(Asl.fromJson(testCase.get("definition")))
          .executionArn(EXECUTION_ARN)
          .input(Values.text(testCase.get("input")))
          .checkJson("{\"events\":" + Values.text(expected.get("events")) + "}");
      if (NOT_REPLAYABLE.containsKey(id)) {
        assertThat(result.divergence().orElseThrow().actual()).as(id)
            .isEqualTo(NOT_REPLAYABLE.get(id));
        notReplayable.add(id);
      } else if (result.consistent()) {
        replayed++;
      } else {
        failures.add(id + ": " + result.summary());
      }
    }
    System.out.println(replayed + " histories replayed as consistent, " + notReplayable.size()
        + " not replayable, " + skipped + " skipped as the conformance runner skips them, "
        + withoutHistory + " cases without a history in id order");
    assertThat(failures).as("histories that do not replay as consistent").isEmpty();
    assertThat(notReplayable).hasSize(NOT_REPLAYABLE.size());
    assertThat(replayed).isGreaterThan(380);
  }
}
