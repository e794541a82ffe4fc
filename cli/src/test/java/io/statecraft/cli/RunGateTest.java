package io.statecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code statecraft run} refuses what {@code statecraft validate} refuses, in the same lines. */
class RunGateTest {

  private static final List<String> REFUSED = List.of(
      """
      {"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [], "Default": "P"},
        "P": {"Type": "Pass", "End": true}}}""",
      """
      {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"},
        "B": {"Type": "Pass", "Next": "A"}}}""",
      """
      {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": false}}}""",
      """
      {"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "E", "ErrorPath": "$.e"}}}""",
      """
      {"StartAt": "W", "States": {"W": {"Type": "Wait", "End": true}}}""");

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4})
  void runRefusesWithTheErrorsValidatePrints(int which) {
    String file = CommandLineRun.file(dir, "refused.json", REFUSED.get(which));
    CommandLineRun validate = CommandLineRun.of("validate", file);
    List<String> errors = Arrays.stream(validate.out().split("\n"))
        .filter(line -> line.contains(": error ")).toList();
    assertThat(validate.exitCode()).isEqualTo(1);
    assertThat(errors).isNotEmpty();

    CommandLineRun run = CommandLineRun.of("run", file);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).doesNotContain("status:");
    assertThat(run.err().lines().toList()).containsExactlyInAnyOrderElementsOf(errors);
  }
}
