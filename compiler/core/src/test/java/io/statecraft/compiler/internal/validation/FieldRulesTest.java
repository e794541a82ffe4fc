package io.statecraft.compiler.internal.validation;

import static io.statecraft.compiler.internal.validation.Check.errors;
import static io.statecraft.compiler.internal.validation.Check.refuses;
import static io.statecraft.compiler.internal.validation.Check.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.compiler.validation.Rule;
import org.junit.jupiter.api.Test;

class FieldRulesTest {

  private static String task(String fields) {
    return single("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\","
        + " \"End\": true, " + fields + "}");
  }

  private static String map(String fields) {
    return single("{\"Type\": \"Map\", \"End\": true, " + fields + "}");
  }

  private static final String PROCESSOR = "\"ItemProcessor\": {\"StartAt\": \"I\","
      + " \"States\": {\"I\": {\"Type\": \"Succeed\"}}}";

  @Test
  void refusesHeartbeatNotBelowTimeout() {
    refuses(task("\"TimeoutSeconds\": 30, \"HeartbeatSeconds\": 30"),
        "/States/S/HeartbeatSeconds", Rule.TIMEOUT_HEARTBEAT,
        "HeartbeatSeconds (30) must be less than TimeoutSeconds (30)");
  }

  @Test
  void refusesTimeoutSecondsTogetherWithItsPath() {
    assertThat(errors(task("\"TimeoutSeconds\": 30, \"TimeoutSecondsPath\": \"$.t\"")))
        .containsExactly("/States/S/TimeoutSecondsPath FIELDS_EXCLUSIVE");
  }

  @Test
  void refusesHeartbeatSecondsTogetherWithItsPath() {
    assertThat(errors(task("\"HeartbeatSeconds\": 3, \"HeartbeatSecondsPath\": \"$.h\"")))
        .containsExactly("/States/S/HeartbeatSecondsPath FIELDS_EXCLUSIVE");
  }

  @Test
  void refusesTimeoutSecondsBelowOne() {
    assertThat(errors(task("\"TimeoutSeconds\": 0")))
        .containsExactly("/States/S/TimeoutSeconds VALUE_OUT_OF_RANGE");
  }

  @Test
  void refusesStringTimeoutInJsonPathStateUnlessPlaceholder() {
    assertThat(errors(task("\"TimeoutSeconds\": \"{% 30 %}\"")))
        .containsExactly("/States/S/TimeoutSeconds NUMBER_EXPECTED");
    assertThat(errors(task("\"TimeoutSeconds\": \"${Timeout}\""))).isEmpty();
  }

  @Test
  void refusesResourceThatIsNotAnArn() {
    String json = task("\"Comment\": \"x\"").replace("arn:aws:states:::lambda:invoke", "lambda");
    assertThat(errors(json)).containsExactly("/States/S/Resource RESOURCE_ARN");
  }

  @Test
  void refusesLambdaArnWithEmptyAlias() {
    String json = task("\"Comment\": \"x\"").replace("arn:aws:states:::lambda:invoke",
        "arn:aws:lambda:us-east-1:123456789012:function:Charge:");
    assertThat(errors(json)).containsExactly("/States/S/Resource RESOURCE_ARN");
  }

  @Test
  void acceptsPlaceholdersInResource() {
    assertThat(errors(task("\"Comment\": \"x\"").replace("arn:aws:states:::lambda:invoke",
        "arn:${AWS::Partition}:states:::lambda:invoke"))).isEmpty();
    assertThat(errors(task("\"Comment\": \"x\"").replace("arn:aws:states:::lambda:invoke",
        "${ChargeFunctionArn}"))).isEmpty();
  }

  @Test
  void refusesUnterminatedPlaceholderInResource() {
    String json = task("\"Comment\": \"x\"").replace("arn:aws:states:::lambda:invoke",
        "${ChargeFunctionArn");
    assertThat(errors(json)).containsExactly("/States/S/Resource RESOURCE_ARN");
  }

  @Test
  void refusesWaitWithoutDuration() {
    refuses(single("{\"Type\": \"Wait\", \"End\": true}"), "/States/S", Rule.WAIT_DURATION,
        "Wait state \"S\" needs exactly one"
        + " of Seconds, Timestamp, SecondsPath and TimestampPath, but has none");
  }

  @Test
  void refusesWaitWithTwoDurations() {
    assertThat(errors(single("{\"Type\": \"Wait\", \"End\": true, \"Seconds\": 5,"
        + " \"TimestampPath\": \"$.t\"}"))).containsExactly("/States/S WAIT_DURATION");
  }

  @Test
  void refusesWaitTimestampThatIsNotRfc3339() {
    assertThat(errors(single("{\"Type\": \"Wait\", \"End\": true,"
        + " \"Timestamp\": \"2026-03-14 01:59\"}")))
        .containsExactly("/States/S/Timestamp TIMESTAMP_FORMAT");
  }

  @Test
  void refusesFailWithErrorAndErrorPath() {
    assertThat(errors(single("{\"Type\": \"Fail\", \"Error\": \"E\", \"ErrorPath\": \"$.e\"}")))
        .containsExactly("/States/S/ErrorPath FIELDS_EXCLUSIVE");
  }

  @Test
  void refusesFailWithCauseAndCausePath() {
    assertThat(errors(single("{\"Type\": \"Fail\", \"Cause\": \"C\", \"CausePath\": \"$.c\"}")))
        .containsExactly("/States/S/CausePath FIELDS_EXCLUSIVE");
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

  @Test
  void refusesMapWithBothIteratorAndItemProcessor() {
    String json = map(PROCESSOR + ", \"Iterator\": {\"StartAt\": \"J\","
        + " \"States\": {\"J\": {\"Type\": \"Succeed\"}}}");
    assertThat(errors(json)).containsExactly("/States/S/Iterator MAP_PROCESSOR");
  }

  @Test
  void refusesToleratedFailurePercentageAboveHundred() {
    assertThat(errors(map(PROCESSOR + ", \"ToleratedFailurePercentage\": 101")))
        .containsExactly("/States/S/ToleratedFailurePercentage VALUE_OUT_OF_RANGE");
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
