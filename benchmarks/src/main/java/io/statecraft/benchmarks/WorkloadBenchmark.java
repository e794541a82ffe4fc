package io.statecraft.benchmarks;

import io.statecraft.asl.internal.JsonMappers;
import io.statecraft.local.Execution;
import io.statecraft.local.Interleaving;
import io.statecraft.local.ExecutionStatus;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Transitions per second of the local runtime on {@code shared/bench/workloads}, measured the way
 * {@code shared/bench/peers} measures moto and aws-local-stepfunctions: the wall time of one
 * execution (definition loaded once, outside the timing), warm-up runs first, then the median of
 * the timed runs; transitions are the states entered, checked against {@code manifest.json}, and
 * outputs are checked too.
 *
 * <pre>
 * java -jar benchmarks/target/statecraft-benchmarks.jar ../shared/bench/workloads \
 *     [--runs 5] [--warmup 1] [--interleaving seeded|one-at-a-time] [--only w1-pass-chain] \
 *     [--steady-seconds 3] [--json results.json]
 * </pre>
 *
 * <p>Two rows per workload: with the peers' warm-up (one run) and at steady state (after a few
 * seconds of warm-up, as a long-running test JVM is). AWS's quotas are off, as in the peers: w2
 * and w3 exceed the 25,000-event history quota and w3 the 256 KiB payload quota.
 */
public final class WorkloadBenchmark {

  private static final List<String> WORKLOADS =
      List.of("w1-pass-chain", "w2-choice-loop", "w3-inline-map", "w4-parallel",
          "w5-jsonata-loop");
  private static final JsonMapper JSON = JsonMappers.STANDARD;

  private WorkloadBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: WorkloadBenchmark WORKLOADS_DIR [--runs N] [--warmup N]"
          + " [--interleaving seeded|one-at-a-time] [--only NAME] [--steady-seconds N]"
          + " [--json FILE]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    int runs = intOption(args, "--runs", 5);
    int warmup = intOption(args, "--warmup", 1);
    Interleaving interleaving = option(args, "--interleaving", "seeded").equals("one-at-a-time")
        ? Interleaving.ONE_AT_A_TIME : Interleaving.SEEDED;
    String only = option(args, "--only", null);
    long steadySeconds = intOption(args, "--steady-seconds", 3);
    String json = option(args, "--json", null);
    JsonNode manifest = JSON.readTree(Files.readString(dir.resolve("manifest.json")));
    LocalStepFunctions runtime = LocalStepFunctions.builder().quotas(false)
        .interleaving(interleaving).build();
    // Plain concatenation, no printf: java.util.Formatter's first use loads the locale data
    // (~80 ms of class loading and a few MB of garbage), whose JIT and GC work would land in the
    // first workload's timed runs. The rows are formatted once all timing is done.
    System.out.println("cores=" + Runtime.getRuntime().availableProcessors() + " interleaving="
        + interleaving + " java=" + System.getProperty("java.version"));
    List<Row> rows = new ArrayList<>();
    for (String workload : WORKLOADS) {
      if (only != null && !only.equals(workload)) {
        continue;
      }
      LocalStateMachine machine = runtime.load(dir.resolve(workload + ".asl.json"));
      JsonNode input = JSON.readTree(Files.readString(dir.resolve(workload + ".input.json")));
      long transitions = manifest.path(workload).path("transitions").asLong();
      JsonNode expected = manifest.path(workload).get("expectedOutput");
      Execution first = machine.run(input);
      check(workload, first, transitions, expected);
      for (int i = 1; i < warmup; i++) {
        machine.run(input);
      }
      rows.add(new Row(workload, transitions, warmup + " run(s)", time(machine, input, runs)));
      if (steadySeconds > 0) {
        long until = System.nanoTime() + steadySeconds * 1_000_000_000L;
        while (System.nanoTime() < until) {
          machine.run(input);
        }
        rows.add(new Row(workload, transitions, steadySeconds + " s",
            time(machine, input, Math.max(runs, 25))));
      }
      System.out.println(workload + " done");
    }
    System.out.println(
        "| workload | transitions | warm-up | median wall | runs (ms) | transitions/s |");
    System.out.println("|---|---:|---|---:|---|---:|");
    for (Row row : rows) {
      report(row.workload, row.transitions, row.warmup, row.millis);
    }
    if (json != null) {
      Files.writeString(Path.of(json), JSON.writerWithDefaultPrettyPrinter()
          .writeValueAsString(asJson(rows)));
    }
  }

  /** The rows as the peers' script writes them: one object per workload, seconds. */
  private static ObjectNode asJson(List<Row> rows) {
    ObjectNode all = JSON.createObjectNode();
    for (Row row : rows) {
      ObjectNode entry = JSON.createObjectNode();
      ArrayNode times = entry.putArray("times");
      for (double millis : row.millis) {
        times.add(millis / 1000);
      }
      double median = median(row.millis) / 1000;
      entry.put("median_s", median);
      entry.put("transitions", row.transitions);
      entry.put("transitions_per_s", row.transitions / median);
      entry.put("warmup", row.warmup);
      if (all.has(row.workload)) {
        ((ObjectNode) all.get(row.workload)).set("steady", entry);
      } else {
        all.set(row.workload, entry);
      }
    }
    return all;
  }

  /** The median of {@code values}: the mean of the middle two for an even count. */
  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  }

  /** One workload's timed runs, printed when all timing is done. */
  private record Row(String workload, long transitions, String warmup, double[] millis) {}

  private static double[] time(LocalStateMachine machine, JsonNode input, int runs) {
    double[] millis = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      Execution execution = machine.run(input);
      millis[i] = (System.nanoTime() - start) / 1e6;
      if (execution.status() != ExecutionStatus.SUCCEEDED) {
        throw new IllegalStateException("run " + i + " ended " + execution);
      }
    }
    return millis;
  }

  private static void report(String workload, long transitions, String warmup, double[] millis) {
    double median = median(millis);
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < Math.min(millis.length, 5); i++) {
      shown.add(String.format("%.3f", millis[i]));
    }
    System.out.printf("| %s | %,d | %s | %.3f ms | %s%s | %,.0f |%n", workload, transitions,
        warmup, median, String.join(" ", shown), millis.length > 5 ? " ..." : "",
        transitions / (median / 1000));
  }

  /** The first run must give the manifest's output and enter as many states as it says. */
  private static void check(String workload, Execution execution, long transitions,
      JsonNode expected) {
    if (execution.status() != ExecutionStatus.SUCCEEDED) {
      throw new IllegalStateException(workload + " ended " + execution);
    }
    if (execution.path().size() != transitions) {
      throw new IllegalStateException(workload + " entered " + execution.path().size()
          + " states, the manifest says " + transitions);
    }
    if (expected != null && !expected.isNull() && !expected.equals(execution.output())) {
      throw new IllegalStateException(workload + " output " + execution.output()
          + ", the manifest says " + expected);
    }
  }

  private static int intOption(String[] args, String name, int fallback) {
    String value = option(args, name, null);
    return value == null ? fallback : Integer.parseInt(value);
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 1; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
