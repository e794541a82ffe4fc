package io.statecraft.local.spi;

/** The definitions resume is tested on, each with the input it runs on. */
final class ResumeFlows {

  private ResumeFlows() {}

  static final String ACTIVITY_ARN = "arn:aws:states:us-east-1:123456789012:activity:act";
  private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:work";
  private static final String CALLBACK = "arn:aws:states:::sqs:sendMessage.waitForTaskToken";

  record Flow(String name, String definition, String input) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final Flow WAITS = new Flow("waits", """
      {"StartAt": "Id", "States": {
        "Id": {"Type": "Pass", "Parameters": {"id.$": "States.UUID()"}, "Next": "Long"},
        "Long": {"Type": "Wait", "Seconds": 3600, "Next": "Entered"},
        "Entered": {"Type": "Pass", "Parameters": {"at.$": "$$.State.EnteredTime",
          "id.$": "$.id"}, "Next": "Until"},
        "Until": {"Type": "Wait", "Timestamp": "2030-01-01T00:00:00Z", "Next": "Short"},
        "Short": {"Type": "Wait", "Seconds": 30, "End": true}}}""", "{}");

  static final Flow RETRIES = new Flow("retries", """
      {"StartAt": "Work", "States": {
        "Work": {"Type": "Task", "Resource": "%s",
          "Parameters": {"retry.$": "$$.State.RetryCount", "fail": 2},
          "Retry": [{"ErrorEquals": ["Flaky"], "IntervalSeconds": 2, "BackoffRate": 3,
            "MaxAttempts": 5, "JitterStrategy": "FULL"}],
          "Next": "Again"},
        "Again": {"Type": "Task", "Resource": "%s",
          "Parameters": {"retry.$": "$$.State.RetryCount", "fail": 9},
          "Retry": [{"ErrorEquals": ["Flaky"], "IntervalSeconds": 5, "MaxAttempts": 2}],
          "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Done"}],
          "End": true},
        "Done": {"Type": "Succeed"}}}""".formatted(LAMBDA, LAMBDA), "{}");

  static final Flow CALLBACKS = new Flow("callbacks", """
      {"StartAt": "Ask", "States": {
        "Ask": {"Type": "Task", "Resource": "%s", "TimeoutSeconds": 3600,
          "Parameters": {"QueueUrl": "q", "MessageBody": {"token.$": "$$.Task.Token"}},
          "Next": "AskAgain"},
        "AskAgain": {"Type": "Task", "Resource": "%s",
          "Parameters": {"QueueUrl": "q", "MessageBody": {"token.$": "$$.Task.Token"}},
          "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Late"}], "End": true},
        "Late": {"Type": "Task", "Resource": "%s", "TimeoutSeconds": 60,
          "Parameters": {"QueueUrl": "q", "MessageBody": {"token.$": "$$.Task.Token"}},
          "Catch": [{"ErrorEquals": ["States.Timeout"], "Next": "Done"}], "End": true},
        "Done": {"Type": "Succeed"}}}""".formatted(CALLBACK, CALLBACK, CALLBACK), "{}");

  static final Flow ACTIVITIES = new Flow("activities", """
      {"StartAt": "First", "States": {
        "First": {"Type": "Task", "Resource": "%s", "TimeoutSeconds": 600, "Next": "Pause"},
        "Pause": {"Type": "Wait", "Seconds": 10, "Next": "Second"},
        "Second": {"Type": "Task", "Resource": "%s", "End": true}}}"""
      .formatted(ACTIVITY_ARN, ACTIVITY_ARN), "{}");

  static final Flow PARALLEL = new Flow("parallel", """
      {"StartAt": "Fan", "States": {
        "Fan": {"Type": "Parallel", "End": true, "Branches": [
          {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 10, "Next": "WP"},
            "WP": {"Type": "Pass", "End": true}}},
          {"StartAt": "Ask", "States": {"Ask": {"Type": "Task", "Resource": "%s",
            "Parameters": {"QueueUrl": "q", "MessageBody": {"token.$": "$$.Task.Token"}},
            "End": true}}},
          {"StartAt": "P1", "States": {"P1": {"Type": "Pass", "Next": "P2"},
            "P2": {"Type": "Pass", "Next": "P3"}, "P3": {"Type": "Pass", "End": true}}},
          {"StartAt": "Work", "States": {"Work": {"Type": "Task", "Resource": "%s",
            "Parameters": {"retry.$": "$$.State.RetryCount", "fail": 1},
            "Retry": [{"ErrorEquals": ["Flaky"], "IntervalSeconds": 3}], "End": true}}},
          {"StartAt": "Act", "States": {"Act": {"Type": "Task", "Resource": "%s",
            "End": true}}}]}}}""".formatted(CALLBACK, LAMBDA, ACTIVITY_ARN), "{}");

  static final Flow MAP = new Flow("map", """
      {"StartAt": "Each", "States": {
        "Each": {"Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 2, "End": true,
          "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Pause",
            "States": {
              "Pause": {"Type": "Wait", "SecondsPath": "$.delay", "Next": "Work"},
              "Work": {"Type": "Task", "Resource": "%s",
                "Parameters": {"retry.$": "$$.State.RetryCount", "fail.$": "$.fail"},
                "Retry": [{"ErrorEquals": ["Flaky"], "IntervalSeconds": 1}], "Next": "Ask"},
              "Ask": {"Type": "Task", "Resource": "%s",
                "Parameters": {"QueueUrl": "q", "MessageBody": {"token.$": "$$.Task.Token"}},
                "End": true}}}}}}""".formatted(LAMBDA, CALLBACK),
      """
      {"items": [{"delay": 3, "fail": 0}, {"delay": 1, "fail": 1}, {"delay": 2, "fail": 0},
        {"delay": 0, "fail": 2}]}""");

  static final Flow CHOICE_LOOP = new Flow("choice loop", """
      {"StartAt": "Init", "States": {
        "Init": {"Type": "Pass", "Result": {"n": 0}, "Next": "More"},
        "More": {"Type": "Choice", "Choices": [
          {"Variable": "$.n", "NumericLessThan": 3, "Next": "Step"}], "Default": "Done"},
        "Step": {"Type": "Pass", "Parameters": {"n.$": "States.MathAdd($.n, 1)"},
          "Next": "Rest"},
        "Rest": {"Type": "Wait", "Seconds": 7, "Next": "More"},
        "Done": {"Type": "Succeed"}}}""", "{}");

  static final Flow JSONATA = new Flow("jsonata", """
      {"QueryLanguage": "JSONata", "StartAt": "Start", "States": {
        "Start": {"Type": "Pass", "Assign": {"count": 0, "id": "{% $uuid() %}"},
          "Output": {"n": "{% $states.input.n %}"}, "Next": "Loop"},
        "Loop": {"Type": "Choice", "Choices": [
          {"Condition": "{% $count < $states.input.n %}", "Next": "Ask"}],
          "Default": "Done"},
        "Ask": {"Type": "Task", "Resource": "CALLBACK",
          "Arguments": {"QueueUrl": "q", "MessageBody": {
            "token": "{% $states.context.Task.Token %}", "count": "{% $count %}"}},
          "Assign": {"count": "{% $count + 1 %}"}, "Output": "{% $states.input %}",
          "Next": "Nap"},
        "Nap": {"Type": "Wait", "Seconds": "{% $count * 5 %}", "Next": "Loop"},
        "Done": {"Type": "Pass", "Output": {"id": "{% $id %}", "count": "{% $count %}",
          "entered": "{% $states.context.State.EnteredTime %}"}, "End": true}}}"""
      .replace("CALLBACK", CALLBACK), "{\"n\": 3}");
}
