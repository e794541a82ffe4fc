package io.statecraft.emulator.internal;

import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.TestStateException;
import io.statecraft.local.TestStateResult;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * TestState: one state run by the runtime, answered in AWS's response shape. {@code output} and
 * the data fields of {@code inspectionData} are JSON texts; its Map settings and
 * {@code errorDetails} are numbers; members that do not apply are left out, never null. The
 * state's service call goes to the request's mock, else to the runtime's handlers, as the
 * emulator's executions do; a mock configuration file does not apply, since TestState names no
 * state machine whose test case could be picked.
 *
 * <pre>{@code
 * ObjectNode request = Wire.object().put("definition", "{\"Type\": \"Pass\", \"End\": true}")
 *     .put("input", "{\"a\": 1}");
 * ObjectNode response = new TestStateOperation(runtime).call(request);
 * // {"status": "SUCCEEDED", "output": "{\"a\":1}"}
 * }</pre>
 */
public final class TestStateOperation {

  /** The data fields of {@code inspectionData}, JSON texts, in the API model's order. */
  private static final List<String> DATA_FIELDS = List.of("input", "afterArguments",
      "afterInputPath", "afterParameters", "result", "afterResultSelector", "afterResultPath",
      "variables", "afterItemsPath", "afterItemSelector", "afterItemBatcher", "afterItemsPointer");
  /** The Map settings a test evaluates, numbers on the wire. */
  private static final List<String> NUMBER_FIELDS = List.of("toleratedFailureCount",
      "toleratedFailurePercentage", "maxConcurrency");

  private final LocalStepFunctions runtime;

  /** TestState run by {@code runtime}, with its handlers. */
  public TestStateOperation(LocalStepFunctions runtime) {
    this.runtime = runtime;
  }

  /**
   * The response to {@code request} (TestState's members); throws {@link ApiException} with
   * AWS's code and message where AWS refuses the request.
   */
  public ObjectNode call(JsonNode request) {
    // The types first, as the HTTP front checks every request: a caller in this JVM (the
    // test-state command) gets the same answer.
    RequestShapes.check("TestState", request);
    TestStateResult result;
    try {
      result = runtime.testState(TestStateRequests.of(request));
    } catch (TestStateException e) {
      throw new ApiException(e.code(), e.getMessage());
    } catch (IllegalArgumentException e) {
      // The runtime cannot run the state (a feature it lacks): refused as CreateStateMachine is.
      throw new ApiException("InvalidDefinition",
          "Invalid State Machine Definition: '" + e.getMessage() + "'");
    }
    return response(result);
  }

  private static ObjectNode response(TestStateResult result) {
    ObjectNode response = Wire.object();
    response.put("status", result.status().name());
    if (result.output() != null) {
      response.put("output", Wire.text(result.output()));
    }
    putIfPresent(response, "error", result.error());
    putIfPresent(response, "cause", result.cause());
    putIfPresent(response, "nextState", result.nextState());
    ObjectNode inspection = inspectionData(result);
    if (!inspection.isEmpty()) {
      response.set("inspectionData", inspection);
    }
    return response;
  }

  private static ObjectNode inspectionData(TestStateResult result) {
    ObjectNode data = Wire.object();
    Map<String, JsonNode> inspected = result.inspection();
    for (String field : DATA_FIELDS) {
      JsonNode value = inspected.get(field);
      if (value != null) {
        data.put(field, Wire.text(value));
      }
    }
    result.errorDetails().ifPresent(details -> {
      ObjectNode errorDetails = data.putObject("errorDetails");
      putIfPresent(errorDetails, "catchIndex", details.catchIndex());
      putIfPresent(errorDetails, "retryIndex", details.retryIndex());
      putIfPresent(errorDetails, "retryBackoffIntervalSeconds",
          details.retryBackoffIntervalSeconds());
    });
    for (String field : NUMBER_FIELDS) {
      JsonNode value = inspected.get(field);
      if (value != null && value.isNumber()) {
        data.set(field, value);
      }
    }
    for (String field : List.of("request", "response")) {
      // An HTTP Task's TRACE: objects whose members are already text.
      JsonNode value = inspected.get(field);
      if (value != null && value.isObject()) {
        data.set(field, value);
      }
    }
    return data;
  }

  private static void putIfPresent(ObjectNode node, String member, String value) {
    if (value != null) {
      node.put(member, value);
    }
  }

  private static void putIfPresent(ObjectNode node, String member, Integer value) {
    if (value != null) {
      node.put(member, value);
    }
  }
}
