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

  @Test
  void should_replay_every_recorded_history_as_consistent_with_its_definition()
      throws IOException {
    List<Path> files = SharedFolder.jsonFiles("conformance/cases");
    int replayed = 0;
    int withoutHistory = 0;
    int skipped = 0;
    List<String> failures = new ArrayList<>();
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
      if (result.consistent()) {
        replayed++;
      } else {
        failures.add(id + ": " + result.summary());
      }
    }
    System.out.println(replayed + " histories replayed as consistent, " + skipped
        + " skipped as the conformance runner skips them, " + withoutHistory + " cases without a history in id order");
    assertThat(failures).as("histories that do not replay as consistent").isEmpty();
    assertThat(replayed).isGreaterThanOrEqualTo(389);
  }
}
