package io.statecraft.testing.teststate;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.local.Json;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.TestStateRequest;
import io.statecraft.local.TestStateRequest.InspectionLevel;
import io.statecraft.local.TestStateResult;
import io.statecraft.local.TestStateResult.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One state tested alone, as AWS's TestState API tests it. */
class TestStateTest {

  final LocalStepFunctions runtime = LocalStepFunctions.newInstance();

  @AfterEach
  void close() {
    runtime.close();
  }

  static final String CHARGE = """
      {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
       "Parameters": {"FunctionName": "charge", "Payload.$": "$.order"},
       "ResultSelector": {"total.$": "$.Payload.total"}, "ResultPath": "$.charged",
       "Retry": [{"ErrorEquals": ["Throttled"], "IntervalSeconds": 2, "BackoffRate": 3,
                  "MaxAttempts": 2}],
       "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Refund"}],
       "Next": "Ship"}""";

  @Test
  void a_pass_state_reports_each_processing_step_and_its_next_state() {
    TestStateResult result = runtime.testState(TestStateRequest.of("""
        {"Type": "Pass", "InputPath": "$.order", "Parameters": {"id.$": "$.id"},
         "ResultPath": "$.picked", "Next": "Charge"}""")
        .input("{\"order\": {\"id\": 7, \"total\": 3}}")
        .inspectionLevel(InspectionLevel.DEBUG));

    assertThat(result.status()).isEqualTo(Status.SUCCEEDED);
    assertThat(result.nextState()).isEqualTo("Charge");
    assertThat(result.output()).isEqualTo(
        Json.parse("{\"order\": {\"id\": 7, \"total\": 3}, \"picked\": {\"id\": 7}}"));
    assertThat(result.inspection().get("afterInputPath"))
        .isEqualTo(Json.parse("{\"id\": 7, \"total\": 3}"));
    assertThat(result.inspection().get("afterParameters")).isEqualTo(Json.parse("{\"id\": 7}"));
    assertThat(result.inspection().get("afterResultPath")).isEqualTo(result.output());
  }

  @Test
  void a_task_with_a_mocked_result_goes_through_its_result_selector_and_result_path() {
    TestStateResult result = runtime.testState(TestStateRequest.of(CHARGE)
        .input("{\"order\": {\"id\": 7}}")
        .mockResult("{\"Payload\": {\"total\": 42}, \"StatusCode\": 200}")
        .inspectionLevel(InspectionLevel.DEBUG));

    assertThat(result.status()).isEqualTo(Status.SUCCEEDED);
    assertThat(result.nextState()).isEqualTo("Ship");
    assertThat(result.inspection().get("afterParameters"))
        .isEqualTo(Json.parse("{\"FunctionName\": \"charge\", \"Payload\": {\"id\": 7}}"));
    assertThat(result.inspection().get("afterResultSelector"))
        .isEqualTo(Json.parse("{\"total\": 42}"));
    assertThat(result.output())
        .isEqualTo(Json.parse("{\"order\": {\"id\": 7}, \"charged\": {\"total\": 42}}"));
  }

  @Test
  void a_mocked_error_a_retrier_retries_is_retriable_with_its_back_off() {
    TestStateResult result = runtime.testState(TestStateRequest.of(CHARGE)
        .input("{\"order\": {\"id\": 7}}")
        .mockError("Throttled", "slow down").retrierRetryCount(1)
        .inspectionLevel(InspectionLevel.DEBUG));

    assertThat(result.status()).as(result.toString()).isEqualTo(Status.RETRIABLE);
    assertThat(result.error()).isEqualTo("Throttled");
    assertThat(result.errorDetails().orElseThrow().retryIndex()).isZero();
    assertThat(result.errorDetails().orElseThrow().retryBackoffIntervalSeconds()).isEqualTo(6);
  }

  @Test
  void a_mocked_error_past_its_retries_is_caught_and_goes_to_the_catchers_next_state() {
    TestStateResult result = runtime.testState(TestStateRequest.of(CHARGE)
        .input("{\"order\": {\"id\": 7}}")
        .mockError("Throttled", "slow down").retrierRetryCount(2)
        .inspectionLevel(InspectionLevel.DEBUG));

    assertThat(result.status()).isEqualTo(Status.CAUGHT_ERROR);
    assertThat(result.nextState()).isEqualTo("Refund");
    assertThat(result.output()).isEqualTo(Json.parse(
        "{\"order\": {\"id\": 7}, \"error\": {\"Error\": \"Throttled\", \"Cause\": \"slow down\"}}"));
    assertThat(result.errorDetails().orElseThrow().catchIndex()).isZero();
  }

  @Test
  void a_state_of_a_whole_machine_is_tested_by_name_with_its_variables() {
    TestStateResult result = runtime.testState(TestStateRequest.of("""
        {"StartAt": "Start", "States": {
          "Start": {"Type": "Pass", "Next": "Route"},
          "Route": {"Type": "Choice", "Choices": [
              {"Variable": "$limit", "NumericGreaterThan": 5, "Next": "Big"}],
            "Default": "Small"},
          "Big": {"Type": "Succeed"}, "Small": {"Type": "Succeed"}}}""")
        .stateName("Route").variables("{\"limit\": 9}"));

    assertThat(result.status()).isEqualTo(Status.SUCCEEDED);
    assertThat(result.nextState()).isEqualTo("Big");
    assertThat(result.inspection()).isEmpty();
  }

  @Test
  void a_fail_state_fails_with_its_error_and_cause() {
    TestStateResult result = runtime.testState(TestStateRequest.of("""
        {"Type": "Fail", "Error": "Order.Invalid", "Cause": "no items"}"""));

    assertThat(result.status()).isEqualTo(Status.FAILED);
    assertThat(result.error()).isEqualTo("Order.Invalid");
    assertThat(result.cause()).isEqualTo("no items");
    assertThat(result.nextState()).isNull();
  }

  @Test
  void a_mocked_result_of_the_wrong_type_is_refused_with_aws_message() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtime.testState(
            TestStateRequest.of(CHARGE).input("{\"order\": {\"id\": 7}}")
                .mockResult("{\"StatusCode\": \"200\"}")))
        .isInstanceOfSatisfying(io.statecraft.local.TestStateException.class, e -> {
          assertThat(e.code()).isEqualTo("ValidationException");
          assertThat(e.getMessage()).isEqualTo(
              "Mock result schema validation error: Field 'StatusCode' must be a number");
        });
  }

  @Test
  void a_map_state_without_a_mock_is_refused_as_aws_refuses_it() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtime.testState(
            TestStateRequest.of("""
                {"Type": "Map", "ItemProcessor": {"StartAt": "P",
                  "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}""")))
        .isInstanceOfSatisfying(io.statecraft.local.TestStateException.class, e ->
            assertThat(e.code()).isEqualTo("InvalidDefinition"))
        .hasMessageStartingWith("TestState API does not support Map or Parallel states.");
  }

  @Test
  void a_mocked_map_fails_when_its_iteration_failures_exceed_the_tolerated_count() {
    TestStateResult result = runtime.testState(TestStateRequest.of("""
            {"Type": "Map", "ToleratedFailureCount": 1, "ItemsPath": "$.items",
             "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED",
                 "ExecutionType": "STANDARD"},
               "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}},
             "End": true}""")
        .input("{\"items\": [1, 2, 3]}").mockResult("[1, 2, 3]").mapIterationFailureCount(2)
        .inspectionLevel(InspectionLevel.DEBUG));

    assertThat(result.status()).isEqualTo(Status.FAILED);
    assertThat(result.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
    assertThat(result.inspection().get("afterItemsPath")).isEqualTo(Json.parse("[1, 2, 3]"));
    assertThat(result.inspection().get("maxConcurrency")).isEqualTo(Json.parse("0"));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "arn:aws:states:us-east-1:123456789012:activity:approve",
      "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
      "arn:aws:states:::states:startExecution.sync:2"})
  void a_task_that_waits_for_an_answer_takes_the_mocked_result_as_its_answer(String resource) {
    TestStateResult result = runtime.testState(TestStateRequest.of("""
            {"Type": "Task", "Resource": "%s", "Parameters": {"n.$": "$.n"},
             "ResultPath": "$.answer", "Next": "Done"}""".formatted(resource))
        .input("{\"n\": 1}").mockResult("{\"Output\": {\"approved\": true}}")
        .fieldValidation(io.statecraft.shapes.FieldValidation.NONE));

    assertThat(result.status()).isEqualTo(Status.SUCCEEDED);
    assertThat(result.nextState()).isEqualTo("Done");
    assertThat(result.output()).isEqualTo(Json.parse(
        "{\"n\": 1, \"answer\": {\"Output\": {\"approved\": true}}}"));
  }

  @Test
  void a_jsonata_task_reports_its_arguments_and_result() {
    TestStateResult result = runtime.testState(TestStateRequest.of("""
            {"Type": "Task", "QueryLanguage": "JSONata",
             "Resource": "arn:aws:states:::lambda:invoke",
             "Arguments": {"FunctionName": "f", "Payload": "{% $states.input.n * 2 %}"},
             "Output": "{% $states.result.Payload %}", "End": true}""")
        .input("{\"n\": 21}").mockResult("{\"Payload\": 42, \"StatusCode\": 200}")
        .inspectionLevel(InspectionLevel.DEBUG));

    assertThat(result.status()).isEqualTo(Status.SUCCEEDED);
    assertThat(result.output()).isEqualTo(Json.parse("42"));
    assertThat(result.nextState()).isNull();
    assertThat(result.inspection()).containsOnlyKeys("input", "afterArguments", "result");
  }

  @Test
  void a_mocked_parallel_takes_the_mock_as_its_branches_outputs() {
    TestStateResult result = runtime.testState(TestStateRequest.of("""
            {"Type": "Parallel", "ResultPath": "$.both", "End": true, "Branches": [
              {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}},
              {"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true}}}]}""")
        .input("{}").mockResult("[\"a\", \"b\"]"));

    assertThat(result.output()).isEqualTo(Json.parse("{\"both\": [\"a\", \"b\"]}"));
  }

  @Test
  void an_http_task_at_trace_shows_the_request_it_makes_and_the_response_it_got() {
    TestStateResult result = runtime.testState(TestStateRequest.of("""
            {"Type": "Task", "Resource": "arn:aws:states:::http:invoke",
             "Parameters": {"ApiEndpoint": "https://api.example.com/orders", "Method": "POST",
               "QueryParameters": {"dry run": "yes"}, "Headers": {"X-Id": "7"},
               "RequestBody": {"id": 7}, "Authentication": {"ConnectionArn":
                 "arn:aws:events:us-east-1:123456789012:connection/api/1"}},
             "End": true}""")
        .mockResult("{\"StatusCode\": 201, \"StatusText\": \"Created\","
            + " \"Headers\": {\"Location\": \"/orders/7\"}, \"ResponseBody\": {\"ok\": true}}")
        .fieldValidation(io.statecraft.shapes.FieldValidation.NONE)
        .inspectionLevel(InspectionLevel.TRACE));

    assertThat(result.inspection().get("request")).isEqualTo(Json.parse("""
        {"protocol": "https", "method": "POST",
         "url": "https://api.example.com/orders?dry+run=yes",
         "headers": "{\\"X-Id\\":\\"7\\"}", "body": "{\\"id\\":7}"}"""));
    assertThat(result.inspection().get("response").get("statusCode").asString())
        .isEqualTo("201");
    assertThat(result.inspection().get("response").get("statusMessage").asString())
        .isEqualTo("Created");
  }
}
