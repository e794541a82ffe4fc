package io.statecraft.local.internal.states;

import io.statecraft.asl.ErrorNames;
import io.statecraft.local.internal.expr.StatesError;
import io.statecraft.local.internal.kernel.Inspection;
import io.statecraft.local.internal.kernel.Line;
import tools.jackson.databind.JsonNode;

/**
 * TestState of a Map or Parallel state: AWS does not run its branches or iterations but takes the
 * mocked result (or error) as theirs, after the state's own fields were evaluated and reported;
 * a Map's {@code mapIterationFailureCount} is held against its tolerated failures.
 */
final class MockedFanouts {

  private MockedFanouts() {}

  /** The test's inspection when the state runs under TestState with a mock, else null. */
  static Inspection mocked(Line line) {
    Inspection inspection = line.run().inspection;
    return inspection != null
        && (inspection.mockedResult() != null || inspection.mockedError() != null)
        ? inspection : null;
  }

  /** Ends the attempt of a mocked Parallel: the mocked error, or the mocked branch outputs. */
  static void parallel(RetryingNode node, JsonNode input, Line line,
      RetryingNode.Attempt attempt, Inspection inspection) {
    throwMockedError(inspection);
    attempt.succeeded(node.shape(input, inspection.mockedResult(), line));
  }

  /**
   * Ends the attempt of a mocked Map, its fields evaluated: {@code concurrency} as written (0 when
   * unset), the tolerated failures (null when unset).
   */
  static void map(RetryingNode node, JsonNode input, Line line, RetryingNode.Attempt attempt,
      Inspection inspection, int concurrency, Long toleratedCount, Double toleratedPercentage) {
    inspection.recordNumber("maxConcurrency", concurrency);
    if (toleratedCount != null) {
      inspection.recordNumber("toleratedFailureCount", toleratedCount);
    }
    if (toleratedPercentage != null) {
      inspection.recordNumber("toleratedFailurePercentage", toleratedPercentage.floatValue());
    }
    throwMockedError(inspection);
    JsonNode result = inspection.mockedResult();
    Integer failures = inspection.mapIterationFailures();
    if (failures != null && failures > 0) {
      int iterations = Math.max(1, result.size());
      boolean exceeded = toleratedCount != null && failures > toleratedCount
          || toleratedPercentage != null && failures * 100.0 / iterations > toleratedPercentage;
      if (exceeded) {
        throw new StatesError(ErrorNames.EXCEED_TOLERATED_FAILURE_THRESHOLD,
            MapRunner.THRESHOLD_CAUSE);
      }
    }
    attempt.succeeded(node.shape(input, result, line));
  }

  private static void throwMockedError(Inspection inspection) {
    String[] error = inspection.mockedError();
    if (error != null) {
      throw new StatesError(error[0], error[1]);
    }
  }
}
