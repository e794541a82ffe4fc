package io.statecraft.local;

import io.statecraft.local.internal.engine.TestStates;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** A TestState run's report as the request's inspection level shows it, AWS's fields only. */
final class TestStateResults {

  private TestStateResults() {}

  static TestStateResult of(TestStateRequest request, TestStates.Result result) {
    boolean debug = request.level != TestStateRequest.InspectionLevel.INFO;
    Map<String, JsonNode> inspection = new LinkedHashMap<>();
    Optional<TestStateResult.ErrorDetails> details = Optional.empty();
    if (debug) {
      inspection.put("input", request.input);
      inspection.putAll(result.inspected());
      if (!result.variables().isEmpty()) {
        inspection.put("variables", result.variables());
      }
      if (result.retryIndex() != null || result.catchIndex() != null) {
        details = Optional.of(new TestStateResult.ErrorDetails(result.retryIndex(),
            result.retryBackoffMillis() == null ? null
                : (int) (result.retryBackoffMillis() / 1000), result.catchIndex()));
      }
    }
    return new TestStateResult(TestStateResult.Status.valueOf(result.status()),
        result.output(), result.error(), result.cause(), result.nextState(),
        Map.copyOf(inspection), details);
  }
}
