package io.statecraft.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every case recorded against AWS in ../shared/conformance/cases, run and compared. */
class ConformanceTest {

  /**
   * Cases we know we do not reproduce yet, each with why. The test fails if one of them starts
   * passing (so the list only shrinks) and if any other case fails.
   */
  private static final Map<String, String> KNOWN_DIVERGENCES = Map.of(
      "activities/test_activities/test_activity_task",
      "the worker's name (ActivityStarted.workerName) is not part of the recorded task results",
      "activities/test_activities/test_activity_task_failure",
      "the worker's name (ActivityStarted.workerName) is not part of the recorded task results",
      "activities/test_activities/test_activity_task_on_deleted",
      "the activity was deleted before the execution; the runtime keeps no registry of"
          + " activities (the emulator does), so it schedules the task instead of failing",
      "credentials/test_credentials_base/test_cross_account_states_start_sync_execution"
          + "[SFN_START_EXECUTION_SYNC_ROLE_ARN_PATH]",
      "Credentials with RoleArn.$ are recorded as written; AWS resolves the path");

  @Test
  void everyRecordedCaseMatchesAwsOrIsSkippedForALaterIssue() {
    Path cases = SharedFolder.resolve("conformance/cases");
    List<Conformance.Result> results = Conformance.run(List.of(cases), result -> { });
    Map<String, Map<Conformance.Outcome, Long>> perGroup = new TreeMap<>(results.stream()
        .collect(Collectors.groupingBy(r -> r.id().substring(0, r.id().indexOf('/')),
            Collectors.groupingBy(Conformance.Result::outcome, Collectors.counting()))));
    perGroup.forEach((group, counts) -> System.out.println(group + ": " + counts));
    System.out.println(Conformance.summary(results));

    List<String> unexpected = results.stream()
        .filter(r -> r.outcome() == Conformance.Outcome.FAIL)
        .filter(r -> !KNOWN_DIVERGENCES.containsKey(r.id()))
        .map(Conformance.Result::line)
        .toList();
    assertThat(unexpected).as("cases that differ from AWS's recording").isEmpty();
    List<String> fixed = results.stream()
        .filter(r -> KNOWN_DIVERGENCES.containsKey(r.id()))
        .filter(r -> r.outcome() != Conformance.Outcome.FAIL)
        .map(Conformance.Result::id)
        .toList();
    assertThat(fixed).as("known divergences that no longer fail: remove them from the list")
        .isEmpty();
  }

  @Test
  void skipsOnlyJsonataAndFeaturesOfLaterIssuesOrUnreproducibleRecordings() {
    Path cases = SharedFolder.resolve("conformance/cases");
    List<Conformance.Result> skipped = Conformance.run(List.of(cases), result -> { }).stream()
        .filter(r -> r.outcome() == Conformance.Outcome.SKIP)
        .toList();
    assertThat(skipped).allSatisfy(result -> assertThat(result.detail()).containsAnyOf(
        "JSONata", "issue 8", "a later issue", "placeholder <timestamp>", "RedriveCount"));
  }
}
