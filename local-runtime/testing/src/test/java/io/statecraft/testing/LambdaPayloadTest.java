package io.statecraft.testing;

import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.local.Execution;
import io.statecraft.local.Json;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.task.TaskHandler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A Lambda handler returns the function's result; the runtime wraps it as AWS does. */
class LambdaPayloadTest {

  static final String FLOW = """
      {"StartAt": "Charge", "States": {"Charge": {"Type": "Task",
        "Resource": "arn:aws:states:::lambda:invoke",
        "Parameters": {"FunctionName": "charge", "Payload.$": "$"}, "End": true}}}""";

  private static Execution run(TaskHandler handler) {
    try (LocalStepFunctions runtime = LocalStepFunctions.builder().task("Charge", handler)
        .build()) {
      return runtime.load("Flow", FLOW).run("{\"total\": 42}");
    }
  }

  @Test
  void should_wrap_the_payload_a_handler_returns_in_lambdas_invoke_response() {
    Execution execution = run((payload, ctx) -> Json.parse("{\"paid\": " + payload.get("total")
        + "}"));

    assertThat(execution).succeeded()
        .hasOutputAt("$.Payload.paid", 42)
        .hasOutputAt("$.StatusCode", 200)
        .hasOutputAt("$.ExecutedVersion", "$LATEST");
  }

  @Test
  void should_give_a_raw_handler_the_whole_request_and_keep_its_response_as_is() {
    Execution execution = run(TaskHandler.raw((request, ctx) -> Json.parse(
        "{\"StatusCode\": 200, \"FunctionError\": \"Unhandled\", \"Payload\": "
            + request.get("FunctionName") + "}")));

    assertThat(execution).succeeded().hasOutput(
        "{\"StatusCode\": 200, \"FunctionError\": \"Unhandled\", \"Payload\": \"charge\"}");
  }

  @Test
  void should_record_http_metadata_in_the_order_aws_records_it() {
    Execution execution = run((payload, ctx) -> payload);
    JsonNode output = execution.history().events().stream()
        .filter(event -> event.type().awsName().equals("TaskSucceeded"))
        .map(HistoryEvent::value).findFirst().orElseThrow();

    // As in the conformance cases recorded on AWS (services/test_lambda_task_service).
    assertThat(names(output)).containsExactly("ExecutedVersion", "Payload", "SdkHttpMetadata",
        "SdkResponseMetadata", "StatusCode");
    assertThat(names(output.get("SdkHttpMetadata").get("AllHttpHeaders"))).containsExactly(
        "X-Amz-Executed-Version", "x-amzn-Remapped-Content-Length", "Connection",
        "x-amzn-RequestId", "Content-Length", "Date", "X-Amzn-Trace-Id", "Content-Type");
    assertThat(names(output.get("SdkHttpMetadata").get("HttpHeaders"))).containsExactly(
        "Connection", "Content-Length", "Content-Type", "Date", "X-Amz-Executed-Version",
        "x-amzn-Remapped-Content-Length", "x-amzn-RequestId", "X-Amzn-Trace-Id");
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.propertyNames().forEach(names::add);
    return names;
  }
}
