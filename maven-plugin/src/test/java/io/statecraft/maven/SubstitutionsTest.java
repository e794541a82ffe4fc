package io.statecraft.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.compiler.Asl;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SubstitutionsTest {

  // The substitution itself is the compiler's (its SubstitutionsTest); the plugin adds the message.
  private static final JsonNode DEFINITION = Asl.toJson(Asl.read("""
      {"StartAt": "Pause", "States": {"Pause": {"Type": "Wait", "Seconds": "${Pause}",
        "Comment": "${Stage} ${Timeout}", "End": true}}}"""));

  @Test
  void everyPlaceholderWithoutAValueIsNamed() {
    assertThatThrownBy(() -> Substitutions.apply(DEFINITION, Map.of()))
        .isInstanceOf(WorkflowException.class)
        .hasMessage("no value for ${Pause}, ${Stage}, ${Timeout}: add it to"
            + " <definitionSubstitutions>, e.g. <Pause>value</Pause>");
  }
}
