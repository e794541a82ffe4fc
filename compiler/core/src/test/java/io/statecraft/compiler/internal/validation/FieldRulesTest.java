package io.statecraft.compiler.internal.validation;

import static io.statecraft.compiler.internal.validation.Check.errors;
import static io.statecraft.compiler.internal.validation.Check.refuses;
import static io.statecraft.compiler.internal.validation.Check.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.compiler.validation.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Fields of states and their bounds, case by case; errors are given below /States/S. */
class FieldRulesTest {

  private static String task(String fields) {
    return single("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\","
        + " \"End\": true, " + fields + "}");
  }

  private static String taskCalling(String resource) {
    return task("\"Comment\": \"x\"").replace("arn:aws:states:::lambda:invoke", resource);
  }

  private static String map(String fields) {
    return single("{\"Type\": \"Map\", \"End\": true, " + fields + "}");
  }

  private static final String PROCESSOR = "\"ItemProcessor\": {\"StartAt\": \"I\","
      + " \"States\": {\"I\": {\"Type\": \"Succeed\"}}}";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # case | fields of the Task state S | its only error | message or blank
      HeartbeatSeconds not below TimeoutSeconds | "TimeoutSeconds": 30, "HeartbeatSeconds": 30 \
          | /HeartbeatSeconds TIMEOUT_HEARTBEAT \
          | HeartbeatSeconds (30) must be less than TimeoutSeconds (30)
      TimeoutSeconds with its Path | "TimeoutSeconds": 30, "TimeoutSecondsPath": "$.t" \
          | /TimeoutSecondsPath FIELDS_EXCLUSIVE |
      HeartbeatSeconds with its Path | "HeartbeatSeconds": 3, "HeartbeatSecondsPath": "$.h" \
          | /HeartbeatSecondsPath FIELDS_EXCLUSIVE |
      TimeoutSeconds below one | "TimeoutSeconds": 0 | /TimeoutSeconds VALUE_OUT_OF_RANGE |
      a string TimeoutSeconds in a JSONPath state | "TimeoutSeconds": "{% 30 %}" \
          | /TimeoutSeconds NUMBER_EXPECTED |
      """)
  void refusesInATask(String what, String fields, String error, String message) {
    refuses(task(fields), "/States/S" + error, message);
  }

  @Test
  void acceptsAPlaceholderAsTimeoutSeconds() {
    assertThat(errors(task("\"TimeoutSeconds\": \"${Timeout}\""))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"lambda", "arn:aws:lambda:us-east-1:123456789012:function:Charge:",
      "${ChargeFunctionArn"})
  void refusesResourceThatIsNotAnArn(String resource) {
    assertThat(errors(taskCalling(resource))).containsExactly("/States/S/Resource RESOURCE_ARN");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"arn:${AWS::Partition}:states:::lambda:invoke", "${ChargeFunctionArn}"})
  void acceptsPlaceholdersInResource(String resource) {
    assertThat(errors(taskCalling(resource))).isEmpty();
  }

  @Test
  void refusesWaitWithoutDuration() {
    refuses(single("{\"Type\": \"Wait\", \"End\": true}"), "/States/S", Rule.WAIT_DURATION,
        "Wait state \"S\" needs exactly one"
        + " of Seconds, Timestamp, SecondsPath and TimestampPath, but has none");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # case | the state S | its only error | message or blank
      a Wait with two durations \
          | {"Type": "Wait", "End": true, "Seconds": 5, "TimestampPath": "$.t"} \
          | ` WAIT_DURATION` |
      a Wait Timestamp not in RFC 3339 \
          | {"Type": "Wait", "End": true, "Timestamp": "2026-03-14 01:59"} \
          | /Timestamp TIMESTAMP_FORMAT |
      a Fail with Error and ErrorPath | {"Type": "Fail", "Error": "E", "ErrorPath": "$.e"} \
          | /ErrorPath FIELDS_EXCLUSIVE |
      a Fail with Cause and CausePath | {"Type": "Fail", "Cause": "C", "CausePath": "$.c"} \
          | /CausePath FIELDS_EXCLUSIVE |
      """)
  void refusesInAWaitOrFailState(String what, String state, String error, String message) {
    refuses(single(state), "/States/S" + error, message);
  }

  @Test
  void refusesReaderOnExplicitlyInlineMap() {
    String json = map("\"ItemReader\": {\"Resource\": \"arn:aws:states:::s3:getObject\"},"
        + " \"ItemProcessor\": {\"ProcessorConfig\": {\"Mode\": \"INLINE\"}, \"StartAt\": \"I\","
        + " \"States\": {\"I\": {\"Type\": \"Succeed\"}}}");
    assertThat(errors(json)).containsExactly("/States/S/ItemReader MAP_DISTRIBUTED_ONLY");
    assertThat(errors(json.replace("INLINE", "DISTRIBUTED"))).isEmpty();
  }

  @Test
  void refusesToleratedFailuresOnExplicitlyInlineMap() {
    String json = map("\"ToleratedFailureCount\": 1, \"ItemProcessor\": {\"ProcessorConfig\":"
        + " {\"Mode\": \"INLINE\"}, \"StartAt\": \"I\", \"States\": {\"I\": {\"Type\": \"Succeed\"}}}");
    assertThat(errors(json)).containsExactly("/States/S/ToleratedFailureCount MAP_DISTRIBUTED_ONLY");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # case | fields of the Map state S besides its ItemProcessor | its only error
      both Iterator and ItemProcessor \
          | "Iterator": {"StartAt": "J", "States": {"J": {"Type": "Succeed"}}} \
          | /Iterator MAP_PROCESSOR
      ToleratedFailurePercentage above 100 | "ToleratedFailurePercentage": 101 \
          | /ToleratedFailurePercentage VALUE_OUT_OF_RANGE
      """)
  void refusesInAMap(String what, String fields, String error) {
    assertThat(errors(map(PROCESSOR + ", " + fields))).containsExactly("/States/S" + error);
  }

  @Test
  void refusesItemsTogetherWithItemsPath() {
    assertThat(errors(map(PROCESSOR + ", \"ItemsPath\": \"$.a\", \"Items\": [1]")))
        .contains("/States/S/ItemsPath FIELDS_EXCLUSIVE");
  }

  @Test
  void refusesMachineTimeoutBelowOne() {
    assertThat(errors("{\"StartAt\": \"S\", \"TimeoutSeconds\": 0, \"States\":"
        + " {\"S\": {\"Type\": \"Succeed\"}}}"))
        .containsExactly("/TimeoutSeconds VALUE_OUT_OF_RANGE");
  }
}
