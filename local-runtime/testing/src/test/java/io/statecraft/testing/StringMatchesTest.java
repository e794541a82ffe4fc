package io.statecraft.testing;

import static io.statecraft.testing.StatecraftAssertions.assertThat;

import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class StringMatchesTest {

  private static LocalStateMachine choosing(String pattern) {
    String quoted = pattern.replace("\\", "\\\\");
    return LocalStepFunctions.newInstance().load("Matches", """
        {"StartAt": "C", "States": {
          "C": {"Type": "Choice", "Choices": [{"Variable": "$.s", "StringMatches": "%s",
            "Next": "Yes"}], "Default": "No"},
          "Yes": {"Type": "Pass", "Result": "yes", "End": true},
          "No": {"Type": "Pass", "Result": "no", "End": true}}}""".formatted(quoted));
  }

  @Test
  void escapedStarIsALiteralStarAndAPlainStarAnyRun() {
    assertThat(choosing("a\\*b*").run("{\"s\": \"a*bc\"}")).succeeded().hasOutput("\"yes\"");
    assertThat(choosing("a\\*b*").run("{\"s\": \"axbc\"}")).succeeded().hasOutput("\"no\"");
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void manyStarsAgainstALongStringThatDoesNotMatchChooseTheDefaultQuickly() {
    LocalStateMachine machine = choosing("*a".repeat(60) + "b");
    String input = "{\"s\": \"" + "a".repeat(5_000) + "\"}";
    assertThat(machine.run(input)).succeeded().hasOutput("\"no\"");
  }
}
