package io.statecraft.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SubstitutionsTest {

  private static final JsonNode DEFINITION = Asl.toJson(Asl.read("""
      {"StartAt": "Notify", "States": {
        "Notify": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
          "Parameters": {"TopicArn": "${TopicArn}", "Message": "order ${Stage} done"},
          "TimeoutSeconds": "${Timeout}", "Next": "Pause"},
        "Pause": {"Type": "Wait", "Seconds": "${Pause}", "End": true}}}"""));

  @Test
  void replacesPlaceholdersInTextAndTurnsWholeNumericOnesIntoNumbers() {
    JsonNode result = Substitutions.apply(DEFINITION, Map.of(
        "TopicArn", "arn:aws:sns:eu-west-1:123456789012:orders", "Stage", "prod",
        "Timeout", "30", "Pause", "2.5"));

    assertThat(result.at("/States/Notify/Parameters/TopicArn").asString())
        .isEqualTo("arn:aws:sns:eu-west-1:123456789012:orders");
    assertThat(result.at("/States/Notify/Parameters/Message").asString())
        .isEqualTo("order prod done");
    assertThat(result.at("/States/Notify/TimeoutSeconds").isNumber()).isTrue();
    assertThat(result.at("/States/Notify/TimeoutSeconds").asInt()).isEqualTo(30);
    assertThat(result.at("/States/Pause/Seconds").decimalValue()).isEqualByComparingTo("2.5");
    assertThat(Substitutions.remaining(result)).isEmpty();
  }

  @Test
  void leavesTheInputUntouched() {
    String before = Asl.prettyJson(DEFINITION);

    Substitutions.apply(DEFINITION, Map.of("TopicArn", "t", "Stage", "s", "Timeout", "1",
        "Pause", "1"));

    assertThat(Asl.prettyJson(DEFINITION)).isEqualTo(before);
  }

  @Test
  void placeholdersWithoutAValueRemainWithTheirPointerAndState() {
    JsonNode result = Substitutions.apply(DEFINITION, Map.of("TopicArn", "t", "Timeout", "3"));

    assertThat(Substitutions.remaining(result)).containsExactly(
        new Substitutions.Placeholder("Stage", "/States/Notify/Parameters/Message"),
        new Substitutions.Placeholder("Pause", "/States/Pause/Seconds"));
    assertThat(Substitutions.remaining(result).get(1).stateName()).isEqualTo("Pause");
  }

  @Test
  void aNonNumericValueInANumericFieldStaysTextForTheValidatorToRefuse() {
    JsonNode result = Substitutions.apply(DEFINITION, Map.of("TopicArn", "t", "Stage", "s",
        "Timeout", "soon", "Pause", "1"));

    assertThat(result.at("/States/Notify/TimeoutSeconds").asString()).isEqualTo("soon");
  }
}
