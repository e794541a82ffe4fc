package io.statecraft.local.replay;

import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.internal.json.Values;
import io.statecraft.local.task.TaskFailure;

/** A small order flow, the histories the local runtime records of it, and changed versions. */
final class ReplayFlows {

  /** Charge (a Lambda call), Choice on its answer, a Pass, a Wait, Succeed; or Remind. */
  static final String ORDER = """
      {"StartAt": "Charge", "States": {
        "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Parameters": {"FunctionName": "charge",
            "Payload": {"amount.$": "$.amount", "currency": "EUR"}},
          "ResultSelector": {"paid.$": "$.Payload.paid"}, "ResultPath": "$.charge",
          "Next": "Paid?"},
        "Paid?": {"Type": "Choice", "Choices": [
          {"Variable": "$.charge.paid", "BooleanEquals": true, "Next": "Receipt"}],
          "Default": "Remind"},
        "Receipt": {"Type": "Pass", "Result": {"sent": true}, "ResultPath": "$.receipt",
          "Next": "Pause"},
        "Pause": {"Type": "Wait", "Seconds": 10, "Next": "Done"},
        "Remind": {"Type": "Pass", "Result": "remind", "End": true},
        "Done": {"Type": "Succeed"}}}
      """;

  static final String INPUT = "{\"amount\": 42}";

  private ReplayFlows() {}

  /** The history of ORDER run on the local runtime, Charge answering {@code paid}. */
  static String paidHistory() {
    try (LocalStepFunctions sfn = LocalStepFunctions.builder()
        .task("Charge", (input, context) -> Values.parse("{\"paid\": true}"))
        .build()) {
      return Values.text(sfn.load("Orders", ORDER).run(INPUT).history().toJson());
    }
  }

  /** The history of ORDER whose Charge failed with Payment.Declined. */
  static String declinedHistory() {
    try (LocalStepFunctions sfn = LocalStepFunctions.builder()
        .task("Charge", (input, context) -> {
          throw new TaskFailure("Payment.Declined", "card expired");
        })
        .build()) {
      return Values.text(sfn.load("Orders", ORDER).run(INPUT).history().toJson());
    }
  }

  /** ORDER with {@code from} replaced by {@code to} (which must occur once). */
  static String changed(String from, String to) {
    if (ORDER.indexOf(from) < 0 || ORDER.indexOf(from) != ORDER.lastIndexOf(from)) {
      throw new IllegalArgumentException(from + " must occur once in the flow");
    }
    return ORDER.replace(from, to);
  }
}
