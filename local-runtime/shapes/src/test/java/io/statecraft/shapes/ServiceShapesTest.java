package io.statecraft.shapes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.statecraft.shapes.ShapeProblem.Kind;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ServiceShapesTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final ServiceShapes SHAPES = ServiceShapes.load();
  private static final String STATES = "arn:aws:states:::";

  private static JsonNode json(String text) {
    return MAPPER.readTree(text.replace('\'', '"'));
  }

  private static List<ShapeProblem> check(String resource, String result, FieldValidation mode) {
    return SHAPES.check(STATES + resource, json(result), mode);
  }

  @Nested
  class Strict {

    @Test
    void should_name_the_nearest_member_when_a_member_is_unknown() {
      // WHEN
      List<ShapeProblem> problems = check("dynamodb:getItem",
          "{'Itemz': {'id': {'S': '1'}}}", FieldValidation.STRICT);
      // THEN
      assertThat(problems).extracting(ShapeProblem::pointer, ShapeProblem::message,
          ShapeProblem::kind).containsExactly(tuple("/Itemz",
              "Field 'Itemz' is not a member of GetItemResponse; did you mean 'Item'?",
              Kind.UNKNOWN_MEMBER));
      assertThat(problems.get(0).rejectedByAws()).isFalse();
    }

    @Test
    void should_give_aws_message_when_a_number_is_a_string() {
      // WHEN
      List<ShapeProblem> problems = check("lambda:invoke", "{'StatusCode': '200'}",
          FieldValidation.STRICT);
      // THEN
      assertThat(problems).containsExactly(new ShapeProblem("/StatusCode",
          "Field 'StatusCode' must be a number", Kind.WRONG_TYPE));
      assertThat(problems.get(0).rejectedByAws()).isTrue();
    }

    @Test
    void should_check_attribute_values_when_they_nest_in_maps_and_lists() {
      // GIVEN an item whose list holds a number where DynamoDB's N is a string
      String item = "{'Item': {'id': {'S': 'a'}, 'tags': {'L': [{'S': 'x'}, {'N': 5}]},"
          + " 'meta': {'M': {'b': {'BOOL': 'yes'}, 'q': {'Q': 'x'}}}}}";
      // WHEN
      List<ShapeProblem> problems = check("dynamodb:getItem", item, FieldValidation.STRICT);
      // THEN
      assertThat(problems).extracting(ShapeProblem::pointer, ShapeProblem::message)
          .containsExactly(
              tuple("/Item/tags/L/1/N", "Field 'N' must be a string"),
              tuple("/Item/meta/M/b/BOOL", "Field 'BOOL' must be a boolean"),
              tuple("/Item/meta/M/q/Q",
                  "Field 'Q' is not a member of AttributeValue; did you mean 'S'?"));
    }

    @Test
    void should_accept_dynamodb_null_when_written_as_the_api_spells_it() {
      assertThat(check("dynamodb:getItem", "{'Item': {'gone': {'NULL': true}}}",
          FieldValidation.STRICT)).isEmpty();
    }

    @Test
    void should_report_required_members_when_they_are_missing() {
      // WHEN camelCase names, which Step Functions never uses, stand for the members
      List<ShapeProblem> problems = check("states:startExecution",
          "{'executionArn': 'arn', 'startDate': 'now'}", FieldValidation.STRICT);
      // THEN
      assertThat(problems).extracting(ShapeProblem::message).containsExactly(
          "Field 'executionArn' is not a member of StartExecutionResponse;"
              + " did you mean 'ExecutionArn'?",
          "Field 'startDate' is not a member of StartExecutionResponse;"
              + " did you mean 'StartDate'?",
          "Required field 'ExecutionArn' is missing",
          "Required field 'StartDate' is missing");
    }

    @Test
    void should_accept_step_functions_metadata_when_an_optimized_integration_adds_it() {
      // GIVEN lambda:invoke's result as Step Functions gives it: Payload parsed into JSON
      String result = "{'ExecutedVersion': '$LATEST', 'Payload': {'ok': [1, 2]},"
          + " 'SdkHttpMetadata': {'AllHttpHeaders': {'Date': ['Mon']},"
          + " 'HttpHeaders': {'Date': 'Mon'}, 'HttpStatusCode': 200},"
          + " 'SdkResponseMetadata': {'RequestId': 'r'}, 'StatusCode': 200}";
      // THEN
      assertThat(check("lambda:invoke", result, FieldValidation.STRICT)).isEmpty();
      assertThat(check("lambda:invoke", "{'SdkHttpMetadata': {'HttpStatusCode': '200'}}",
          FieldValidation.STRICT)).extracting(ShapeProblem::pointer)
          .containsExactly("/SdkHttpMetadata/HttpStatusCode");
    }

    @Test
    void should_name_the_element_member_when_a_list_element_is_wrong() {
      // GIVEN the cases AWS's TestState was recorded rejecting for events:putEvents
      List<ShapeProblem> notAList = check("events:putEvents", "{'Entries': 'one'}",
          FieldValidation.STRICT);
      List<ShapeProblem> secondElement = check("events:putEvents",
          "{'Entries': [{'EventId': 'a'}, {'EventId': ['b']}]}", FieldValidation.STRICT);
      // THEN
      assertThat(notAList).extracting(ShapeProblem::message)
          .containsExactly("Field 'Entries' must be an array");
      assertThat(secondElement).extracting(ShapeProblem::pointer, ShapeProblem::message)
          .containsExactly(tuple("/Entries/1/EventId", "Field 'EventId' must be a string"));
    }

    @Test
    void should_report_the_whole_result_when_it_is_no_object() {
      assertThat(check("sqs:sendMessage", "'sent'", FieldValidation.STRICT))
          .extracting(ShapeProblem::pointer, ShapeProblem::kind)
          .containsExactly(tuple("", Kind.WRONG_TYPE));
    }

    @Test
    void should_escape_the_pointer_when_a_key_has_a_slash() {
      assertThat(check("dynamodb:getItem", "{'Item': {'a/b': {'S': 1}}}",
          FieldValidation.STRICT)).extracting(ShapeProblem::pointer)
          .containsExactly("/Item/a~1b/S");
    }
  }

  @Nested
  class Present {

    @Test
    void should_accept_a_partial_result_when_required_members_are_missing() {
      assertThat(check("states:startExecution", "{'ExecutionArn': 'arn'}",
          FieldValidation.PRESENT)).isEmpty();
      assertThat(check("states:startExecution", "{'random': 'json'}", FieldValidation.PRESENT))
          .isEmpty();
    }

    @Test
    void should_reject_a_wrong_type_when_the_member_is_given() {
      assertThat(check("states:startExecution", "{'ExecutionArn': 7}", FieldValidation.PRESENT))
          .extracting(ShapeProblem::message)
          .containsExactly("Field 'ExecutionArn' must be a string");
    }
  }

  @Nested
  class None {

    @ParameterizedTest
    @ValueSource(strings = {"{'StatusCode': '200'}", "{'Itemz': 1}", "'text'", "[1]"})
    void should_accept_anything_when_nothing_is_validated(String result) {
      assertThat(check("lambda:invoke", result, FieldValidation.NONE)).isEmpty();
    }
  }

  @Nested
  class AwsSdkIntegrations {

    @Test
    void should_check_s3_get_object_when_called_through_aws_sdk() {
      String valid = "{'Body': 'hello', 'ContentLength': 5, 'ContentType': 'text/plain',"
          + " 'ETag': '\\\"abc\\\"', 'LastModified': '2024-05-01T10:00:00Z',"
          + " 'Metadata': {'k': 'v'}, 'StorageClass': 'STANDARD'}";
      assertThat(check("aws-sdk:s3:getObject", valid, FieldValidation.STRICT)).isEmpty();
      assertThat(check("aws-sdk:s3:getObject",
          "{'ContentLength': '9000', 'StorageClass': 'Papyrus'}", FieldValidation.STRICT))
          .extracting(ShapeProblem::message, ShapeProblem::kind).containsExactly(
              tuple("Field 'ContentLength' must be a number", Kind.WRONG_TYPE),
              tuple("Field 'StorageClass' is not an expected value", Kind.UNEXPECTED_VALUE));
    }

    @Test
    void should_check_sqs_send_message_when_called_through_aws_sdk() {
      assertThat(check("aws-sdk:sqs:sendMessage",
          "{'MD5OfMessageBody': 'd41d8cd9', 'MessageId': 'm-1'}", FieldValidation.STRICT))
          .isEmpty();
      assertThat(check("aws-sdk:sqs:sendMessage", "{'MessageId': {'id': 1}}",
          FieldValidation.STRICT)).extracting(ShapeProblem::message)
          .containsExactly("Field 'MessageId' must be a string");
    }

    @Test
    void should_want_a_string_payload_when_lambda_is_invoked_through_aws_sdk() {
      // GIVEN aws-sdk:lambda:invoke, which unlike lambda:invoke leaves the Payload as text
      assertThat(check("aws-sdk:lambda:invoke", "{'Payload': '{}'}", FieldValidation.STRICT))
          .isEmpty();
      assertThat(check("aws-sdk:lambda:invoke", "{'Payload': {}}", FieldValidation.STRICT))
          .extracting(ShapeProblem::message).containsExactly("Field 'Payload' must be a string");
    }

    @Test
    void should_want_a_string_blob_when_kms_encrypts() {
      assertThat(check("aws-sdk:kms:encrypt", "{'CiphertextBlob': 123}", FieldValidation.STRICT))
          .extracting(ShapeProblem::message)
          .containsExactly("Field 'CiphertextBlob' must be a string");
    }

    @Test
    void should_pascal_case_members_when_the_api_is_camel_case() {
      assertThat(check("aws-sdk:ecs:describeTasks",
          "{'Tasks': [{'TaskArn': 'arn', 'LastStatus': 'STOPPED', 'Cpu': '256'}],"
              + " 'Failures': []}", FieldValidation.STRICT)).isEmpty();
    }

    @Test
    void should_find_the_action_when_its_case_differs() {
      assertThat(SHAPES.knows(STATES + "aws-sdk:s3:listObjectsV2")).isTrue();
      assertThat(SHAPES.knows(STATES + "aws-sdk:s3:ListObjectsV2")).isTrue();
    }
  }

  @Nested
  class Resources {

    @ParameterizedTest
    @ValueSource(strings = {
        "arn:aws:states:::aws-sdk:nosuchservice:doIt",
        "arn:aws:states:::aws-sdk:s3:noSuchAction",
        "arn:aws:states:::aws-sdk:s3:getObject.sync",
        "arn:aws:states:::lambda:invoke.waitForTaskToken",
        "arn:aws:states:::aws-sdk:sqs:sendMessage.waitForTaskToken",
        "arn:aws:states:::http:invoke",
        "arn:aws:states:::lambda:invoke.sync",
        "arn:aws:lambda:us-east-1:123456789012:function:charge",
        "arn:aws:states:us-east-1:123456789012:activity:approve",
        "not an arn"})
    void should_not_know_the_resource_when_its_result_has_no_shape(String resource) {
      // WHEN
      boolean known = SHAPES.knows(resource);
      // THEN nothing is checked either
      assertThat(known).isFalse();
      assertThat(SHAPES.check(resource, json("{'Anything': 1}"), FieldValidation.STRICT))
          .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "arn:aws:states:::dynamodb:putItem", "arn:aws-cn:states:::dynamodb:updateItem",
        "arn:aws:states:::sns:publish", "arn:aws:states:::glue:startJobRun",
        "arn:aws:states:::athena:getQueryResults", "arn:aws:states:::bedrock:invokeModel",
        "arn:aws:states:::states:startExecution.sync:2", "arn:aws:states:::ecs:runTask.sync"})
    void should_know_the_resource_when_it_is_an_optimized_integration(String resource) {
      assertThat(SHAPES.knows(resource)).isTrue();
    }

    @Test
    void should_want_the_execution_description_when_start_execution_is_sync() {
      // GIVEN DescribeExecution's result, where .sync gives Output as text and .sync:2 as JSON
      String described = "{'ExecutionArn': 'e', 'StateMachineArn': 's', 'Status': 'SUCCEEDED',"
          + " 'StartDate': '2024-05-01T10:00:00.000Z', 'StopDate': '2024-05-01T10:00:01.000Z',"
          + " 'Output': {'done': true}}";
      // THEN
      assertThat(check("states:startExecution.sync:2", described, FieldValidation.STRICT))
          .isEmpty();
      assertThat(check("states:startExecution.sync", described, FieldValidation.STRICT))
          .extracting(ShapeProblem::message).containsExactly("Field 'Output' must be a string");
      assertThat(check("states:startExecution.sync", "{}", FieldValidation.STRICT))
          .extracting(ShapeProblem::message).containsExactly(
              "Required field 'ExecutionArn' is missing",
              "Required field 'StateMachineArn' is missing",
              "Required field 'Status' is missing", "Required field 'StartDate' is missing");
    }

    @Test
    void should_want_the_job_description_when_a_job_runs_to_completion() {
      assertThat(check("batch:submitJob.sync",
          "{'JobName': 'n', 'JobId': 'i', 'Status': 'SUCCEEDED', 'Attempts': []}",
          FieldValidation.STRICT)).isEmpty();
      assertThat(check("glue:startJobRun.sync", "{'Id': 'jr_1', 'JobRunState': 'DONE'}",
          FieldValidation.STRICT)).extracting(ShapeProblem::message)
          .containsExactly("Field 'JobRunState' is not an expected value");
      assertThat(check("glue:startJobRun", "{'JobRunId': 'jr_1', 'JobName': 'etl'}",
          FieldValidation.STRICT)).isEmpty();
    }

    @Test
    void should_tell_a_date_given_as_a_number_apart_as_aws_testState_refuses_it() {
      assertThat(check("states:startExecution", "{'ExecutionArn': 'e', 'StartDate': 1764103483}",
          FieldValidation.STRICT)).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ShapeProblem.Kind.NUMBER_FOR_TIMESTAMP);
            assertThat(problem.rejectedByAws()).isTrue();
            assertThat(problem.message()).isEqualTo("Field 'StartDate' must be a string");
          });
    }

    @Test
    void should_accept_a_string_when_a_member_is_a_timestamp() {
      assertThat(check("states:startExecution",
          "{'ExecutionArn': 'e', 'StartDate': '2025-11-26T00:20:54.000Z'}",
          FieldValidation.STRICT)).isEmpty();
      assertThat(check("states:startExecution", "{'ExecutionArn': 'e', 'StartDate': true}",
          FieldValidation.STRICT)).extracting(ShapeProblem::message)
          .containsExactly("Field 'StartDate' must be a string");
    }
  }
}
