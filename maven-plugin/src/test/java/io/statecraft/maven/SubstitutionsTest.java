package io.statecraft.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.compiler.Asl;
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
  void everyPlaceholderWithoutAValueIsNamed() {
    assertThatThrownBy(() -> Substitutions.apply(DEFINITION, Map.of("TopicArn", "t")))
        .isInstanceOf(WorkflowException.class)
        .hasMessage("no value for ${Pause}, ${Stage}, ${Timeout}: add it to"
            + " <definitionSubstitutions>, e.g. <Pause>value</Pause>");
  }
}
