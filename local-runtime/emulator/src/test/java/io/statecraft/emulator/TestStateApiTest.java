package io.statecraft.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.emulator.internal.Wire;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;
import software.amazon.awssdk.services.sfn.model.InvalidExecutionInputException;
import software.amazon.awssdk.services.sfn.model.TestExecutionStatus;
import software.amazon.awssdk.services.sfn.model.TestStateResponse;
import software.amazon.awssdk.services.sfn.model.ValidationException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * TestState over HTTP: the wire types of its response (JSON texts, numbers, members left out),
 * the refusals of members that do not parse or break the API model, the runtime's refusals with
 * AWS's codes, the emulator's handlers answering an unmocked Task, and the aws CLI as a client.
 */
@Timeout(120)
class TestStateApiTest {

  private static final String ROLE = "arn:aws:iam::123456789012:role/test";

  @RegisterExtension
  static final EmulatorApi API = EmulatorApi.with(builder -> builder.resource(
      "arn:aws:lambda:us-east-1:123456789012:function:double",
      (input, ctx) -> JsonNodeFactory.instance.numberNode(input.get("n").asInt() * 2)));

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** TestState with {@code body} as the raw request; the raw response body, parsed. */
  private static JsonNode post(String body) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(API.emulator().endpoint().resolve("/"))
        .header("Content-Type", "application/x-amz-json-1.0")
        .header("X-Amz-Target", "AWSStepFunctions.TestState")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return Wire.MAPPER.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
  }

  private static String quoted(String json) {
    return Wire.MAPPER.writeValueAsString(JsonNodeFactory.instance.stringNode(json));
  }

  @Test
  void answersDataAsJsonTextAndMapSettingsAsNumbers() throws Exception {
    String map = """
        {"Type": "Map", "MaxConcurrency": 2, "ToleratedFailureCount": 1,
         "ToleratedFailurePercentage": 50,
         "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                           "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}},
         "End": true}""";

    JsonNode response = post("{\"definition\": " + quoted(map) + ", \"input\": "
        + quoted("[1, 2]") + ", \"inspectionLevel\": \"DEBUG\", \"mock\": {\"result\": "
        + quoted("[3, 4]") + "}}");

    assertThat(response.path("status").asString()).as(response.toString())
        .isEqualTo("SUCCEEDED");
    assertThat(response.get("output").isString()).isTrue();
    assertThat(Wire.MAPPER.readTree(response.get("output").asString()))
        .isEqualTo(Wire.MAPPER.readTree("[3, 4]"));
    assertThat(response.has("nextState")).as("End: true has no next state").isFalse();
    JsonNode data = response.get("inspectionData");
    assertThat(data.get("input").isString()).isTrue();
    assertThat(data.get("maxConcurrency").isIntegralNumber()).isTrue();
    assertThat(data.get("maxConcurrency").asInt()).isEqualTo(2);
    assertThat(data.get("toleratedFailureCount").asInt()).isEqualTo(1);
    assertThat(data.get("toleratedFailurePercentage").isNumber()).isTrue();
    assertThat(data.get("toleratedFailurePercentage").asDouble()).isEqualTo(50.0);
    assertThat(response.toString()).doesNotContain("null");
  }

  @Test
  void answersARetriableErrorWithErrorDetailsAsNumbersAndNoOutput() throws Exception {
    String task = """
        {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
         "Parameters": {"FunctionName": "f"}, "End": true,
         "Retry": [{"ErrorEquals": ["Throttled"], "IntervalSeconds": 2, "MaxAttempts": 3,
                    "BackoffRate": 2.0}]}""";

    JsonNode response = post("{\"definition\": " + quoted(task) + ", \"inspectionLevel\":"
        + " \"DEBUG\", \"mock\": {\"errorOutput\": {\"error\": \"Throttled\","
        + " \"cause\": \"slow\"}}, \"stateConfiguration\": {\"retrierRetryCount\": 1}}");

    assertThat(response.get("status").asString()).as(response.toString()).isEqualTo("RETRIABLE");
    assertThat(response.get("error").asString()).isEqualTo("Throttled");
    assertThat(response.get("cause").asString()).isEqualTo("slow");
    assertThat(response.has("output")).isFalse();
    JsonNode details = response.get("inspectionData").get("errorDetails");
    assertThat(details.get("retryIndex").isIntegralNumber()).isTrue();
    assertThat(details.get("retryIndex").asInt()).isZero();
    assertThat(details.get("retryBackoffIntervalSeconds").asInt()).isEqualTo(4);
    assertThat(details.has("catchIndex")).isFalse();
  }

  @Test
  void answersTheNextStateAndNoInspectionDataAtInfo() {
    TestStateResponse response = API.sfn().testState(b -> b
        .definition("{\"Type\": \"Pass\", \"Result\": {\"ok\": true}, \"Next\": \"Ship\"}"));

    assertThat(response.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
    assertThat(response.output()).isEqualTo("{\"ok\":true}");
    assertThat(response.nextState()).isEqualTo("Ship");
    assertThat(response.inspectionData()).isNull();
  }

  @Test
  void callsTheEmulatorsHandlerForATaskWithoutAMock() {
    TestStateResponse response = API.sfn().testState(b -> b.roleArn(ROLE).input("{\"n\": 21}")
        .definition("{\"Type\": \"Task\", \"Resource\":"
            + " \"arn:aws:lambda:us-east-1:123456789012:function:double\", \"End\": true}"));

    assertThat(response.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
    assertThat(response.output()).isEqualTo("42");
  }

  @Test
  void refusesAMockResultThatIsNotJson() {
    assertThatThrownBy(() -> API.sfn().testState(b -> b
        .definition("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\","
            + " \"End\": true}")
        .mock(m -> m.result("not JSON").fieldValidationMode("NONE"))))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("Mocked result must be valid JSON");
  }

  @Test
  void refusesAnInputThatIsNotJsonWithInvalidExecutionInput() {
    assertThatThrownBy(() -> API.sfn().testState(b -> b
        .definition("{\"Type\": \"Pass\", \"End\": true}").input("{oops")))
        .isInstanceOf(InvalidExecutionInputException.class)
        .hasMessageStartingWith("Invalid State Machine Execution Input: '");
  }

  @Test
  void refusesADefinitionThatIsNotAJsonObjectWithInvalidDefinition() {
    assertThatThrownBy(() -> API.sfn().testState(b -> b.definition("{\"Type\": ")))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageStartingWith("Invalid State Machine Definition: '");
    assertThatThrownBy(() -> API.sfn().testState(b -> b.definition("[1]")))
        .isInstanceOf(InvalidDefinitionException.class);
  }

  @Test
  void refusesMembersThatBreakTheApiModelsConstraints() throws Exception {
    JsonNode response = post("{\"definition\": " + quoted("{\"Type\": \"Pass\", \"End\": true}")
        + ", \"stateName\": \"\", \"inspectionLevel\": \"LOUD\","
        + " \"stateConfiguration\": {\"retrierRetryCount\": -1}}");

    assertThat(response.get("__type").asString()).isEqualTo("ValidationException");
    assertThat(response.get("message").asString()).isEqualTo("3 validation errors detected:"
        + " Value '' at 'stateName' failed to satisfy constraint: Member must have length greater"
        + " than or equal to 1; Value 'LOUD' at 'inspectionLevel' failed to satisfy constraint:"
        + " Member must satisfy enum value set: [INFO, DEBUG, TRACE]; Value '-1' at"
        + " 'stateConfiguration.retrierRetryCount' failed to satisfy constraint: Member must have"
        + " value greater than or equal to 0");
  }

  @Test
  void refusesWhatTheRuntimeRefusesWithAwsCodeAndMessage() {
    String map = "{\"Type\": \"Map\", \"ItemProcessor\": {\"StartAt\": \"P\", \"States\":"
        + " {\"P\": {\"Type\": \"Pass\", \"End\": true}}}, \"End\": true}";

    assertThatThrownBy(() -> API.sfn().testState(b -> b.definition(map)))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageStartingWith("TestState API does not support Map or Parallel states.");
    assertThatThrownBy(() -> API.sfn().testState(b -> b
        .definition("{\"Type\": \"Pass\", \"End\": true}").mock(m -> m.result("{}"))))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("State type 'Pass' is not supported when a mock is specified");
  }

  @Test
  void testsAMockedTaskThroughTheAwsCli() throws Exception {
    Assumptions.assumeTrue(AwsCli.installed(),
        "the aws CLI is not installed; skipping the aws stepfunctions test-state check");
    String task = "{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\","
        + " \"Parameters\": {\"FunctionName\": \"price\", \"Payload.$\": \"$\"},"
        + " \"ResultSelector\": {\"total.$\": \"$.Payload.total\"}, \"Next\": \"Ship\"}";
    String mock = "{\"result\": \"{\\\"Payload\\\": {\\\"total\\\": 42}}\"}";

    AwsCli run = AwsCli.run(API.emulator().endpoint(), "test-state", "--definition", task,
        "--input", "{\"order\": 7}", "--inspection-level", "DEBUG", "--mock", mock);

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode response = Wire.MAPPER.readTree(run.out());
    assertThat(response.get("status").asString()).isEqualTo("SUCCEEDED");
    assertThat(response.get("output").asString()).isEqualTo("{\"total\":42}");
    assertThat(response.get("nextState").asString()).isEqualTo("Ship");
    assertThat(response.get("inspectionData").get("afterParameters").asString())
        .isEqualTo("{\"FunctionName\":\"price\",\"Payload\":{\"order\":7}}");
  }
}
