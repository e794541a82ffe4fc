package io.statecraft.emulator;

import io.statecraft.emulator.internal.Wire;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What reaches the emulator below any SDK: bad bodies, unknown operations, the error shape. */
class EmulatorWireTest {

  @org.junit.jupiter.api.extension.RegisterExtension
  static final RawEmulator EMULATOR = new RawEmulator();

  private static HttpResponse<String> post(String target, String body)
      throws IOException, InterruptedException {
    return EMULATOR.post(target, body);
  }

  private static JsonNode json(HttpResponse<String> response) {
    return Wire.MAPPER.readTree(response.body());
  }

  @Test
  void answersMalformedJsonWithASerializationException() throws Exception {
    HttpResponse<String> response = post("AWSStepFunctions.ListStateMachines", "{\"oops\"");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/x-amz-json-1.0");
    assertThat(json(response).get("__type").asString())
        .isEqualTo("com.amazon.coral.service#SerializationException");
    assertThat(json(response).get("message").asString()).startsWith("Malformed JSON");
  }

  @Test
  void answersAnUnknownOperationWith400() throws Exception {
    HttpResponse<String> unknown = post("AWSStepFunctions.MakeCoffee", "{}");
    HttpResponse<String> untargeted = post(null, "{}");

    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(json(unknown).get("__type").asString())
        .isEqualTo("com.amazon.coral.service#UnknownOperationException");
    assertThat(json(unknown).get("message").asString()).isEqualTo("Unknown operation 'MakeCoffee'");
    assertThat(untargeted.statusCode()).isEqualTo(400);
  }

  @Test
  void answersAMissingRequiredMemberWithAValidationException() throws Exception {
    HttpResponse<String> response = post("AWSStepFunctions.StartExecution", "{}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("__type").asString()).isEqualTo("ValidationException");
    assertThat(json(response).get("message").asString()).isEqualTo("1 validation error detected:"
        + " Value null at 'stateMachineArn' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void acceptsAnyHostSuchAsTheSyncPrefix() throws Exception {
    HttpResponse<String> response = EMULATOR.post("AWSStepFunctions.ListActivities", "{}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).get("activities").isArray()).isTrue();
  }

  @Test
  void sendsTimestampsAsEpochSecondsAndDocumentsAsStrings() throws Exception {
    JsonNode created = json(post("AWSStepFunctions.CreateStateMachine", """
        {"name":"wire","roleArn":"arn:aws:iam::123456789012:role/r",
         "definition":"{\\"StartAt\\":\\"P\\",\\"States\\":{\\"P\\":{\\"Type\\":\\"Pass\\",\\"End\\":true}}}"}"""));
    JsonNode described = json(post("AWSStepFunctions.DescribeStateMachine",
        "{\"stateMachineArn\":\"" + created.get("stateMachineArn").asString() + "\"}"));

    assertThat(created.get("creationDate").isNumber()).isTrue();
    assertThat(created.get("creationDate").asDouble())
        .isCloseTo(System.currentTimeMillis() / 1000.0, org.assertj.core.data.Offset.offset(60.0));
    assertThat(described.get("definition").isString()).isTrue();
    assertThat(described.get("status").asString()).isEqualTo("ACTIVE");
  }
}
