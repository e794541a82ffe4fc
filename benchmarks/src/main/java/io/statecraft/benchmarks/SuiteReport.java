package io.statecraft.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What {@link WorkflowTestSuite} prints once every round has run. */
final class SuiteReport {

  private final WorkflowTestSuite.SuiteRun run;
  private final TestTimes times;
  private final int target;

  SuiteReport(WorkflowTestSuite.SuiteRun run, TestTimes times, int target) {
    this.run = run;
    this.times = times;
    this.target = target;
  }

  /** Prints the figures and the problems; true when all {@code target} tests ran and passed. */
  boolean print(PrintStream out, int slowest) {
    List<TestTimes.Test> tests = times.tests();
    long[] nanos = tests.stream().mapToLong(TestTimes.Test::nanos).sorted().toArray();
    double seconds = run.totalNanos / 1e9;
    out.printf("java %s, %d cores; %d workflow tests found in %d classes: %d round(s) of all"
            + " of them, then the first %d%n", System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), run.found, classCount(tests),
        run.fullRounds, run.rest);
    out.printf("tests run: %d (asked for %d), wall %.3f s (JVM start to main: %d ms, discovery"
            + " %.0f ms, coverage report at session close %.0f ms), %.1f tests/s,"
            + " CPU %.3f s%n", tests.size(), target, seconds, run.jvmStartMillis,
        run.discoveryNanos / 1e6, run.closeNanos / 1e6, tests.size() / seconds,
        run.cpuNanos / 1e9);
    if (nanos.length > 0) {
      out.printf("per test: median %.2f ms, p99 %.2f ms, max %.2f ms, mean %.2f ms%n",
          percentile(nanos, 0.50) / 1e6, percentile(nanos, 0.99) / 1e6,
          nanos[nanos.length - 1] / 1e6, mean(nanos) / 1e6);
    }
    out.printf("main thread (runs the tests): CPU %.3f s, allocated %.1f MB (%.0f KB per"
            + " test)%n", run.mainCpuNanos / 1e9, run.mainBytes / 1e6,
        tests.isEmpty() ? 0 : run.mainBytes / 1e3 / tests.size());
    out.println("rounds (ms): " + rounds());
    printClasses(out, tests);
    printSlowest(out, tests, slowest);
    return printProblems(out, tests.size());
  }

  private String rounds() {
    List<String> shown = new ArrayList<>();
    run.roundNanos.forEach(n -> shown.add(String.format("%.0f", n / 1e6)));
    return String.join(" ", shown);
  }

  private void printClasses(PrintStream out, List<TestTimes.Test> tests) {
    Map<String, List<Long>> byClass = new TreeMap<>();
    tests.forEach(t -> byClass.computeIfAbsent(simple(t.className()), c -> new ArrayList<>())
        .add(t.nanos()));
    Map<String, Long> classNanos = new TreeMap<>();
    times.classNanos().forEach((name, n) -> classNanos.put(simple(name), n));
    out.println("| class | tests run | class time (ms) | tests' time (ms) | median test (ms) |");
    out.println("|---|---:|---:|---:|---:|");
    byClass.forEach((name, list) -> {
      long[] sorted = list.stream().mapToLong(Long::longValue).sorted().toArray();
      out.printf("| %s | %d | %.1f | %.1f | %.2f |%n", name, sorted.length,
          classNanos.getOrDefault(name, 0L) / 1e6, sum(sorted) / 1e6,
          percentile(sorted, 0.5) / 1e6);
    });
  }

  private static void printSlowest(PrintStream out, List<TestTimes.Test> tests, int count) {
    out.println("slowest tests:");
    tests.stream().sorted(Comparator.comparingLong(TestTimes.Test::nanos).reversed())
        .limit(count)
        .forEach(t -> out.printf("  %8.2f ms  %s.%s (round %d)%n", t.nanos() / 1e6,
            simple(t.className()), t.method(), t.round()));
  }

  private boolean printProblems(PrintStream out, int ran) {
    List<TestTimes.Problem> problems = times.problems();
    problems.forEach(p -> out.printf("NOT PASSED (round %d) %s%n  %s%n", p.round(), p.uniqueId(),
        p.reason()));
    if (ran != target) {
      out.printf("NOT PASSED: %d tests ran, %d were asked for%n", ran, target);
    }
    boolean passed = problems.isEmpty() && ran == target;
    out.println(passed ? "all " + ran + " tests passed"
        : problems.size() + " test(s) or class(es) did not pass");
    return passed;
  }

  private static long classCount(List<TestTimes.Test> tests) {
    return tests.stream().map(TestTimes.Test::className).distinct().count();
  }

  private static String simple(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  /** The nearest-rank percentile of sorted {@code values}. */
  static long percentile(long[] sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static double mean(long[] values) {
    return values.length == 0 ? 0 : (double) sum(values) / values.length;
  }

  private static long sum(long[] values) {
    long sum = 0;
    for (long value : values) {
      sum += value;
    }
    return sum;
  }
}
