package io.statecraft.benchmarks;

import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.TestStateRequest;
import io.statecraft.local.TestStateResult;

/**
 * TestState calls in one runtime: a Task state with a mocked Lambda result checked against the
 * service's shape, at DEBUG; reports the mean time per call after a warm-up.
 *
 * <pre>
 * java -cp benchmarks/target/statecraft-benchmarks.jar io.statecraft.benchmarks.TestStateSpeed [20000]
 * </pre>
 */
public final class TestStateSpeed {

  private TestStateSpeed() {}

  public static void main(String[] args) {
    int calls = args.length == 0 ? 20_000 : Integer.parseInt(args[0]);
    TestStateRequest request = TestStateRequest.of("""
            {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
             "Parameters": {"FunctionName": "charge", "Payload.$": "$.order"},
             "ResultSelector": {"total.$": "$.Payload.total"}, "ResultPath": "$.charged",
             "Retry": [{"ErrorEquals": ["Throttled"], "MaxAttempts": 2}], "Next": "Ship"}""")
        .input("{\"order\": {\"id\": 7}}")
        .mockResult("{\"Payload\": {\"total\": 42}, \"StatusCode\": 200}")
        .inspectionLevel(TestStateRequest.InspectionLevel.DEBUG);
    try (LocalStepFunctions runtime = LocalStepFunctions.newInstance()) {
      for (int i = 0; i < calls / 4; i++) {
        check(runtime.testState(request));
      }
      long start = System.nanoTime();
      for (int i = 0; i < calls; i++) {
        check(runtime.testState(request));
      }
      double micros = (System.nanoTime() - start) / 1000.0 / calls;
      System.out.printf("%d TestState calls, %.1f µs per call%n", calls, micros);
    }
  }

  private static void check(TestStateResult result) {
    if (result.status() != TestStateResult.Status.SUCCEEDED) {
      throw new IllegalStateException("unexpected " + result);
    }
  }
}
