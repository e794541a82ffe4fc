package io.statecraft.local;

import io.statecraft.local.internal.engine.Engine;
import io.statecraft.local.internal.engine.TestStates;
import io.statecraft.local.internal.tasks.TaskDispatcher;
import io.statecraft.local.task.TaskHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** A TestState run's report as the request's inspection level shows it, AWS's fields only. */
final class TestStateResults {

  private TestStateResults() {}

  /** Runs {@code request} in {@code engine}: its mock, its checks, its report. */
  static TestStateResult run(Engine engine, TestStateRequest request) {
    TaskDispatcher tasks = null;
    boolean mocked = request.mockResult != null || request.mockErrorGiven;
    if (mocked) {
      TaskHandler mock = TaskHandler.raw((input, ctx) -> {
        if (request.mockErrorGiven) {
          throw new io.statecraft.local.task.TaskFailure(request.mockError, request.mockCause);
        }
        checkMock(ctx.resource(), request);
        return request.mockResult.deepCopy();
      });
      tasks = new io.statecraft.local.internal.tasks.MockedTasks(
          Map.of(TestStates.STATE_NAME, mock), engine.dispatcher(Map.of()));
    }
    TestStates.Result result;
    try {
      result = TestStates.run(engine, new TestStates.Request(request.definition,
          request.stateName, request.roleArn, request.input, request.variables, request.context,
          request.mockResult, request.mockError, request.mockCause, request.mockErrorGiven,
          request.retrierRetryCount, request.mapIterationFailureCount, request.revealSecrets,
          tasks));
    } catch (TestStates.Refused refused) {
      throw new TestStateException(refused.code(), refused.getMessage());
    }
    return of(request, result);
  }

  /**
   * Checks a mocked result against the service's API shape as AWS does: the first problem AWS
   * would reject (not an unknown member, which AWS lets through) refuses the test.
   */
  private static void checkMock(String resource, TestStateRequest request) {
    io.statecraft.shapes.FieldValidation mode = request.fieldValidation;
    for (io.statecraft.shapes.ShapeProblem problem : Shapes.BUNDLED.check(resource,
        request.mockResult, mode)) {
      if (problem.rejectedByAws()) {
        throw new TestStateException("ValidationException",
            "Mock result schema validation error: " + problem.message());
      }
    }
  }

  /** The service shapes, read when a mock is first checked. */
  private static final class Shapes {
    static final io.statecraft.shapes.ServiceShapes BUNDLED =
        io.statecraft.shapes.ServiceShapes.load();
  }

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
      if (request.level == TestStateRequest.InspectionLevel.TRACE && result.resource() != null
          && result.resource().endsWith(":states:::http:invoke")) {
        HttpTrace.add(inspection);
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
