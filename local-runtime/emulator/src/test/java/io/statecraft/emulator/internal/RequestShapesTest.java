package io.statecraft.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.emulator.StepFunctionsEmulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** AWS's answers to requests that do not fit the API model, over HTTP below any SDK. */
class RequestShapesTest {

  static StepFunctionsEmulator emulator;
  static HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    emulator = StepFunctionsEmulator.start();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  private static HttpResponse<String> post(String operation, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/"))
        .header("Content-Type", "application/x-amz-json-1.0")
        .header("X-Amz-Target", "AWSStepFunctions." + operation)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void assertError(HttpResponse<String> response, String code, String message) {
    JsonNode json = Wire.MAPPER.readTree(response.body());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json.path("__type").asString()).isEqualTo(code);
    assertThat(json.path("message").asString()).isEqualTo(message);
  }

  private static final String SERIALIZATION = "com.amazon.coral.service#SerializationException";

  @Test
  void should_answer_SerializationException_when_a_number_member_is_a_boolean_or_string()
      throws Exception {
    assertError(post("ListStateMachines", "{\"maxResults\": true}"), SERIALIZATION,
        "TRUE_VALUE can not be converted to an Integer");
    assertError(post("ListStateMachines", "{\"maxResults\": \"10\"}"), SERIALIZATION,
        "STRING_VALUE can not be converted to an Integer");
  }

  @Test
  void should_say_why_a_body_or_input_is_not_json_without_jacksons_settings() throws Exception {
    assertError(post("ListStateMachines", "{\"maxResults\": ["), SERIALIZATION,
        "Malformed JSON in the request body: Unexpected end-of-input: expected close marker for"
            + " Array");
    assertError(post("ListStateMachines", "{\"a\": " + "[".repeat(600) + "]".repeat(600) + "}"),
        SERIALIZATION, "Malformed JSON in the request body: the JSON nests arrays and objects"
            + " more than 500 levels deep, the most Statecraft reads");
    assertError(post("StartExecution", "{\"stateMachineArn\": \"arn:aws:states:us-east-1:"
        + "123456789012:stateMachine:none\", \"input\": \"{\\\"a\\\": NaN}\"}"),
        "InvalidExecutionInput", "Invalid State Machine Execution Input: 'Non-standard token"
            + " 'NaN': JSON does not allow it'");
  }

  @Test
  void should_create_a_machine_whose_maps_nest_as_deep_as_json_allows() throws Exception {
    // GIVEN a Map in a Map ... 165 deep: 497 levels of JSON, which AWS accepts
    tools.jackson.databind.node.ObjectNode processor = Wire.object();
    processor.put("StartAt", "Leaf").putObject("States").putObject("Leaf").put("Type", "Pass")
        .put("End", true);
    for (int level = 0; level < 165; level++) {
      tools.jackson.databind.node.ObjectNode outer = Wire.object();
      outer.put("StartAt", "M" + level).putObject("States").putObject("M" + level)
          .put("Type", "Map").put("End", true).set("ItemProcessor", processor);
      processor = outer;
    }
    tools.jackson.databind.node.ObjectNode request = Wire.object().put("name", "deep")
        .put("definition", processor.toString())
        .put("roleArn", "arn:aws:iam::123456789012:role/r");
    // WHEN
    HttpResponse<String> response = post("CreateStateMachine", request.toString());
    // THEN
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  @Test
  void should_answer_SerializationException_when_a_number_is_beyond_the_members_type()
      throws Exception {
    assertError(post("ListStateMachines", "{\"maxResults\": 1e400}"), SERIALIZATION,
        "NUMBER_VALUE can not be converted to an Integer");
    assertError(post("TestState", "{\"definition\": \"{\\\"Type\\\": \\\"Pass\\\","
        + " \\\"End\\\": true}\", \"stateConfiguration\": {\"retrierRetryCount\":"
        + " 3000000000}}"), SERIALIZATION, "NUMBER_VALUE can not be converted to an Integer");
  }

  @Test
  void should_answer_SerializationException_when_a_string_member_is_a_number_list_or_object()
      throws Exception {
    assertError(post("DescribeExecution", "{\"executionArn\": 5}"), SERIALIZATION,
        "NUMBER_VALUE can not be converted to a String");
    assertError(post("DescribeExecution", "{\"executionArn\": []}"), SERIALIZATION,
        "Start of list found where not expected");
    assertError(post("DescribeExecution", "{\"executionArn\": {}}"), SERIALIZATION,
        "Start of structure or map found where not expected.");
  }

  @Test
  void should_answer_SerializationException_when_a_list_member_is_not_a_list() throws Exception {
    assertError(post("UntagResource", "{\"resourceArn\": \"arn:x\", \"tagKeys\": \"k\"}"),
        SERIALIZATION, "Expected list or null");
    assertError(post("TagResource", "{\"resourceArn\": \"arn:x\", \"tags\": [{\"key\": 1}]}"),
        SERIALIZATION, "NUMBER_VALUE can not be converted to a String");
  }

  @Test
  void should_combine_every_violated_constraint_in_one_ValidationException() throws Exception {
    String name = "n".repeat(81);
    assertError(post("CreateStateMachine", "{\"name\": \"" + name + "\", \"definition\": \"{}\","
            + " \"roleArn\": \"arn:aws:iam::123456789012:role/r\", \"type\": \"FAST\"}"),
        "ValidationException",
        "2 validation errors detected: Value '" + name + "' at 'name' failed to satisfy"
            + " constraint: Member must have length less than or equal to 80; Value 'FAST' at"
            + " 'type' failed to satisfy constraint: Member must satisfy enum value set:"
            + " [STANDARD, EXPRESS]");
  }

  @Test
  void should_name_list_elements_as_aws_does_when_a_tag_breaks_its_constraints()
      throws Exception {
    assertError(post("TagResource", "{\"resourceArn\": \"arn:x\", \"tags\": [{\"key\": \"a\"},"
            + " {\"key\": \"\"}]}"), "ValidationException",
        "1 validation error detected: Value '' at 'tags.2.member.key' failed to satisfy"
            + " constraint: Member must have length greater than or equal to 1");
  }

  @Test
  void should_refuse_execution_input_over_262144_utf8_bytes_without_showing_it()
      throws Exception {
    // 131,073 two-byte characters: within 262,144 characters, over 262,144 bytes.
    String input = "\\\"" + "é".repeat(131_073) + "\\\"";
    assertError(post("StartExecution", "{\"stateMachineArn\": \"arn:aws:states:us-east-1:"
            + "123456789012:stateMachine:m\", \"input\": \"" + input + "\"}"),
        "ValidationException", "1 validation error detected: Value at 'input' failed to satisfy"
            + " constraint: Member must have size less than or equal to 262144 bytes in UTF-8"
            + " encoding");
  }

  private static final String ALIAS_PATTERN = "^(?=.*[a-zA-Z_\\-\\.])[a-zA-Z0-9_\\-\\.]+$";

  private static HttpResponse<String> createAlias(String name) throws Exception {
    return post("CreateStateMachineAlias", "{\"name\": \"" + name + "\", \"routingConfiguration\":"
        + " [{\"stateMachineVersionArn\": \"arn:aws:states:us-east-1:123456789012:stateMachine:"
        + "m:1\", \"weight\": 100}]}");
  }

  @Test
  void should_refuse_an_alias_name_outside_the_models_pattern_in_awss_recorded_words()
      throws Exception {
    // As test_sfn_api_aliasing::test_error_create_alias_invalid_name recorded them on AWS.
    for (String name : new String[] {"123", "INVALID ALIAS", "!INVALID", "ALIAS@"}) {
      assertError(createAlias(name), "ValidationException", "1 validation error detected: Value '"
          + name + "' at 'name' failed to satisfy constraint: Member must satisfy regular"
          + " expression pattern: " + ALIAS_PATTERN);
    }
    String long81 = "A".repeat(81);
    assertError(createAlias(long81), "ValidationException", "1 validation error detected: Value '"
        + long81 + "' at 'name' failed to satisfy constraint: Member must have length less than"
        + " or equal to 80");
  }

  @org.junit.jupiter.api.Timeout(10)
  @Test
  void should_check_a_pattern_on_a_value_as_long_as_a_request_without_backtracking()
      throws Exception {
    // Digits only pass the character class but fail the look-ahead: the worst input there is
    // for the look-ahead's ".*", as long as the request size quota lets a name be.
    String digits = "1".repeat(1_000_000);
    assertError(createAlias(digits), "ValidationException", "2 validation errors detected:"
        + " Value '" + digits + "' at 'name' failed to satisfy constraint: Member must satisfy"
        + " regular expression pattern: " + ALIAS_PATTERN + "; Value '" + digits + "' at 'name'"
        + " failed to satisfy constraint: Member must have length less than or equal to 80");
  }

  @Test
  void should_refuse_a_trace_header_and_a_client_token_outside_the_models_patterns()
      throws Exception {
    assertError(post("StartExecution", "{\"stateMachineArn\": \"arn:aws:states:us-east-1:"
            + "123456789012:stateMachine:m\", \"traceHeader\": \"Root=é\"}"),
        "ValidationException", "1 validation error detected: Value 'Root=é' at 'traceHeader'"
            + " failed to satisfy constraint: Member must satisfy regular expression pattern:"
            + " \\p{ASCII}*");
    assertError(post("RedriveExecution", "{\"executionArn\": \"arn:aws:states:us-east-1:"
            + "123456789012:execution:m:e\", \"clientToken\": \"a b\"}"),
        "ValidationException", "1 validation error detected: Value 'a b' at 'clientToken'"
            + " failed to satisfy constraint: Member must satisfy regular expression pattern:"
            + " [!-~]+");
  }

  @Test
  void should_refuse_a_body_over_the_request_size_quota_before_reading_it_whole()
      throws Exception {
    String body = "{\"definition\": \"" + "a".repeat(HttpFront.MAX_REQUEST_BYTES) + "\"}";

    HttpResponse<String> response = post("ValidateStateMachineDefinition", body);

    assertError(response, "ValidationException", "Request size exceeded the limit of "
        + HttpFront.MAX_REQUEST_BYTES + " bytes");
  }
}
