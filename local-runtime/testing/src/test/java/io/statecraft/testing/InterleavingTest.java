package io.statecraft.testing;

import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.compiler.SharedFolder;
import io.statecraft.local.Execution;
import io.statecraft.local.Interleaving;
import io.statecraft.local.Json;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.history.HistoryEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Branches and iterations interleave by the runtime's seed: reproducible, and legal. */
class InterleavingTest {

  /** Three branches that wait different times between Pass states, and a Map of five items. */
  private static final String FORK = """
      {"StartAt": "Fork", "States": {"Fork": {"Type": "Parallel", "Next": "Each", "Branches": [
        {"StartAt": "A1", "States": {"A1": {"Type": "Pass", "Next": "A2"},
          "A2": {"Type": "Wait", "Seconds": 3, "Next": "A3"}, "A3": {"Type": "Pass", "End": true}}},
        {"StartAt": "B1", "States": {"B1": {"Type": "Pass", "Next": "B2"},
          "B2": {"Type": "Wait", "Seconds": 1, "Next": "B3"}, "B3": {"Type": "Pass", "End": true}}},
        {"StartAt": "C1", "States": {"C1": {"Type": "Pass", "Next": "C2"},
          "C2": {"Type": "Pass", "Next": "C3"}, "C3": {"Type": "Pass", "End": true}}}]},
        "Each": {"Type": "Map", "ItemsPath": "$[0]", "End": true, "ItemProcessor": {
          "StartAt": "Nap", "States": {"Nap": {"Type": "Wait", "SecondsPath": "$", "Next": "Up"},
            "Up": {"Type": "Pass", "End": true}}}}}}""";

  @Test
  void theSameSeedGivesAByteIdenticalHistoryRunAfterRun() {
    List<String> histories = new ArrayList<>();
    for (int run = 0; run < 3; run++) {
      LocalStepFunctions runtime = LocalStepFunctions.builder().seed(7).build();
      histories.add(Json.text(runtime.load("Fork", FORK).run("[2, 0, 1, 0, 2]").history()
          .toJson()));
    }

    assertThat(histories).containsOnly(histories.get(0));
  }

  @Test
  void theSameRuntimeRepeatsARunExactly() {
    LocalStepFunctions runtime = LocalStepFunctions.builder().seed(7).build();

    Execution first = runtime.load("Fork", FORK).run("[2, 0, 1, 0, 2]");
    Execution second = runtime.load("Fork", FORK).run("[2, 0, 1, 0, 2]");

    assertThat(Json.text(second.history().toJson())).isEqualTo(Json.text(first.history().toJson()));
  }

  @Test
  void otherSeedsGiveOtherOrdersOfTheSameEvents() {
    Set<List<String>> orders = new HashSet<>();
    Set<List<String>> sortedEvents = new HashSet<>();
    for (long seed = 1; seed <= 12; seed++) {
      Execution execution = LocalStepFunctions.builder().seed(seed).build()
          .load("Fork", FORK).run("[2, 0, 1, 0, 2]");
      assertThat(execution).succeeded();
      List<String> order = execution.history().events().stream()
          .map(event -> event.type().awsName() + " " + event.stateName()).toList();
      orders.add(order);
      sortedEvents.add(order.stream().sorted().toList());
    }

    assertThat(orders).as("distinct interleavings among 12 seeds").hasSizeGreaterThan(3);
    assertThat(sortedEvents).as("every interleaving records the same events").hasSize(1);
  }

  @Test
  void aSeededInterleavingRecordsEventsInTimeOrder() {
    for (long seed = 1; seed <= 12; seed++) {
      Execution execution = LocalStepFunctions.builder().seed(seed).build()
          .load("Fork", FORK).run("[2, 0, 1, 0, 2]");

      Instant previous = Instant.MIN;
      for (HistoryEvent event : execution.history().events()) {
        assertThat(event.timestamp()).as("event %d with seed %d", event.id(), seed)
            .isAfterOrEqualTo(previous);
        previous = event.timestamp();
      }
      // Each line's events follow one another: every event follows an earlier one.
      for (HistoryEvent event : execution.history().events()) {
        assertThat(event.previousEventId()).isLessThan(event.id());
      }
    }
  }

  @Test
  void oneAtATimeRunsEachBranchToItsEndBeforeTheNext() {
    Execution execution = LocalStepFunctions.builder()
        .interleaving(Interleaving.ONE_AT_A_TIME).build()
        .load("Fork", FORK).run("[2, 0, 1, 0, 2]");

    assertThat(execution).succeeded();
    List<String> entered = execution.path();
    assertThat(entered.subList(0, 10)).containsExactly("Fork", "A1", "A2", "A3", "B1", "B2",
        "B3", "C1", "C2", "C3");
  }

  @Test
  void theSharedParallelWorkloadRepeatsToTheByte() throws Exception {
    Path workloads = SharedFolder.resolve("bench/workloads");
    String definition = Files.readString(workloads.resolve("w4-parallel.asl.json"));
    String input = Files.readString(workloads.resolve("w4-parallel.input.json"));

    String first = Json.text(LocalStepFunctions.newInstance().load("w4", definition).run(input)
        .history().toJson());
    String second = Json.text(LocalStepFunctions.newInstance().load("w4", definition).run(input)
        .history().toJson());

    assertThat(second).isEqualTo(first);
  }
}
