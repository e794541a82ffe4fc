package io.statecraft.benchmarks;

import io.statecraft.local.ExecutionClock;
import io.statecraft.local.Json;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.RunningExecution;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * N executions started on the wall clock, each waiting in an hour-long Wait state: how many
 * threads the process runs and how much heap it holds once they all wait.
 *
 * <pre>
 * java -cp benchmarks/target/statecraft-benchmarks.jar io.statecraft.benchmarks.WaitingExecutions [100000]
 * </pre>
 */
public final class WaitingExecutions {

  private WaitingExecutions() {}

  public static void main(String[] args) throws InterruptedException {
    int count = args.length == 0 ? 100_000 : Integer.parseInt(args[0]);
    long before = held();
    int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
    try (LocalStepFunctions runtime = LocalStepFunctions.builder()
        .clock(ExecutionClock.system()).build()) {
      LocalStateMachine machine = runtime.load("Waiting", """
          {"StartAt": "Prepare", "States": {
            "Prepare": {"Type": "Pass", "Result": {"n": 1}, "Next": "Hold"},
            "Hold": {"Type": "Wait", "Seconds": 3600, "End": true}}}""");
      List<RunningExecution> running = new ArrayList<>(count);
      long start = System.nanoTime();
      for (int i = 0; i < count; i++) {
        running.add(machine.start("e-" + i, Json.parse("{}")));
      }
      while (!running.get(count - 1).isWaitingAt("Hold")) {
        Thread.sleep(10);
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      int threads = ManagementFactory.getThreadMXBean().getThreadCount();
      long held = held() - before;
      System.out.printf("%d executions waiting after %d ms: %d threads (%d before), heap held"
          + " %.1f MiB (%d bytes each)%n", count, millis, threads, threadsBefore,
          held / 1048576.0, held / count);
    }
  }

  private static long held() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
