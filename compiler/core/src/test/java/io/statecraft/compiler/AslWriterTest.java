package io.statecraft.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AslWriterTest {

  @Test
  void writesFieldsInCanonicalOrderWhateverTheInputOrder() {
    String scrambled = """
        {"States": {"Charge": {"End": true, "Retry": [{"MaxAttempts": 2, "ErrorEquals": ["X"]}],
          "ResultPath": null, "Resource": "arn:aws:states:::lambda:invoke", "Type": "Task",
          "Parameters": {"z": 1, "a.$": "$.a"}}}, "StartAt": "Charge", "Comment": "c"}
        """;
    assertThat(Asl.write(Asl.read(scrambled))).isEqualTo("""
        {
          "Comment": "c",
          "StartAt": "Charge",
          "States": {
            "Charge": {
              "Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke",
              "Parameters": {
                "z": 1,
                "a.$": "$.a"
              },
              "ResultPath": null,
              "Retry": [
                {
                  "ErrorEquals": [
                    "X"
                  ],
                  "MaxAttempts": 2
                }
              ],
              "End": true
            }
          }
        }
        """);
  }

  @Test
  void keepsNumbersExpressionsAndPlaceholdersAsWritten() {
    String text = """
        {"StartAt": "W", "States": {
          "W": {"Type": "Wait", "Seconds": "${ReminderTimeout}", "Next": "T"},
          "T": {"Type": "Task", "Resource": "${FnArn}", "QueryLanguage": "JSONata",
                "TimeoutSeconds": "{% $states.input.t %}", "Arguments": {"x": "{% 1 + 1 %}"},
                "Retry": [{"ErrorEquals": ["States.ALL"], "BackoffRate": 2.0}], "End": true}}}
        """;
    String written = Asl.write(Asl.read(text));
    assertThat(written)
        .contains("\"Seconds\": \"${ReminderTimeout}\"")
        .contains("\"Resource\": \"${FnArn}\"")
        .contains("\"TimeoutSeconds\": \"{% $states.input.t %}\"")
        .contains("\"BackoffRate\": 2.0")
        .contains("\"x\": \"{% 1 + 1 %}\"");
  }

  @Test
  void emptyPayloadsAndNullsAreDistinctFromAbsentFields() {
    String text = """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "Parameters": {}, "Result": null,
          "InputPath": null, "End": true}}}
        """;
    assertThat(Asl.write(Asl.read(text)))
        .contains("\"Parameters\": {}")
        .contains("\"Result\": null")
        .contains("\"InputPath\": null")
        .doesNotContain("OutputPath");
  }

  @Test
  void cloudFormationIntrinsicResourceIsWrittenBackAsTheObject() {
    String text = """
        {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": {"Ref": "Fn"}, "End": true}}}
        """;
    assertThat(Asl.write(Asl.read(text))).contains("\"Resource\": {\n        \"Ref\": \"Fn\"\n      }");
  }
}
