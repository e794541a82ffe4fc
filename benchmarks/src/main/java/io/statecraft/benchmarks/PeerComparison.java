package io.statecraft.benchmarks;

import io.statecraft.asl.internal.JsonMappers;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The local runtime against aws-local-stepfunctions (node) on {@code shared/bench/workloads}, in
 * alternating pairs: {@link WorkloadBenchmark} in a fresh JVM (the java binary this program runs
 * on, no JVM flags), then the peers' {@code als_bench.mjs} in a fresh node process, both with one
 * warm-up run and the median of five timed runs. Prints, per workload, each pair's transitions
 * per second and ratio, and the median ratio over the pairs; and w5 (JSONata) against w2
 * (JSONPath) of our own runs.
 *
 * <pre>
 * java -cp benchmarks/target/statecraft-benchmarks.jar io.statecraft.benchmarks.PeerComparison \
 *     [--pairs 5] [--peers ../shared/bench/peers] [--als-dir /tmp/peers/als] \
 *     [--workloads ../shared/bench/workloads]
 * </pre>
 *
 * <p>aws-local-stepfunctions is installed by {@code shared/bench/peers/setup-als.sh}; without
 * {@code --als-dir} it is looked for in {@code $PEERS_DIR/als} (default {@code /tmp/peers/als}).
 */
public final class PeerComparison {

  /** The workloads both runtimes run; w5 (JSONata) is ours alone, as the peer ignores JSONata. */
  static final List<String> SHARED =
      List.of("w1-pass-chain", "w2-choice-loop", "w3-inline-map", "w4-parallel");

  private PeerComparison() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    int pairs = Integer.parseInt(option(args, "--pairs", "5"));
    Path peers = Path.of(option(args, "--peers", "../shared/bench/peers"));
    Path workloads = Path.of(option(args, "--workloads", peers.resolve("../workloads").toString()))
        .normalize();
    String peersDir = System.getenv().getOrDefault("PEERS_DIR", "/tmp/peers");
    Path als = Path.of(option(args, "--als-dir", Path.of(peersDir, "als").toString()));
    String problem = missing(peers, workloads, als);
    if (problem != null) {
      System.err.println(problem);
      System.exit(2);
    }
    System.out.println("pairs=" + pairs + " cores=" + Runtime.getRuntime().availableProcessors()
        + " java=" + System.getProperty("java.version") + " load=" + loadAverage());
    List<Pair> results = new ArrayList<>();
    Path scratch = Files.createTempDirectory("peer-comparison");
    Path log = scratch.resolve("output.log");
    System.out.println("the programs' own output: " + log);
    for (int i = 0; i < pairs; i++) {
      Path ours = scratch.resolve("ours-" + i + ".json");
      Path theirs = scratch.resolve("als-" + i + ".json");
      run(List.of(javaBinary(), "-cp", System.getProperty("java.class.path"),
          WorkloadBenchmark.class.getName(), workloads.toString(), "--steady-seconds", "0",
          "--json", ours.toString()), log);
      run(List.of("node", peers.resolve("als_bench.mjs").toString(), "--als-dir", als.toString(),
          "--workloads", workloads.toString(), "--runs", "5", "--warmup", "1", "--json",
          theirs.toString()), log);
      Pair pair = new Pair(read(ours), read(theirs));
      results.add(pair);
      System.out.println("pair " + (i + 1) + ": " + pair.summary());
    }
    System.out.println("load=" + loadAverage());
    System.out.print(ComparisonTable.render(results));
  }

  /** One pair's results: our WorkloadBenchmark's JSON and als_bench.mjs's. */
  record Pair(JsonNode ours, JsonNode theirs) {

    double ours(String workload) {
      return ours.path(workload).path("transitions_per_s").asDouble(Double.NaN);
    }

    double theirs(String workload) {
      return theirs.path(workload).path("transitions_per_s").asDouble(Double.NaN);
    }

    String summary() {
      StringBuilder line = new StringBuilder();
      for (String workload : SHARED) {
        line.append(workload, 0, 2).append(' ')
            .append(Math.round(ours(workload) / theirs(workload))).append("x ");
      }
      return line.toString().trim();
    }
  }

  /** Why the comparison cannot run, or null when node, the peer and the workloads are there. */
  private static String missing(Path peers, Path workloads, Path als) {
    if (!Files.isRegularFile(peers.resolve("als_bench.mjs"))) {
      return "No als_bench.mjs in " + peers.toAbsolutePath().normalize()
          + ": pass --peers with the folder of the peers' scripts (shared/bench/peers).";
    }
    if (!Files.isRegularFile(workloads.resolve("manifest.json"))) {
      return "No manifest.json in " + workloads.toAbsolutePath().normalize()
          + ": pass --workloads with the folder of the workloads (shared/bench/workloads).";
    }
    if (!Files.isDirectory(als.resolve("node_modules/aws-local-stepfunctions"))) {
      return "aws-local-stepfunctions is not installed in " + als.toAbsolutePath().normalize()
          + ": run " + peers.resolve("setup-als.sh") + ", or pass --als-dir with the folder it"
          + " installed into.";
    }
    if (!onPath("node")) {
      return "node is not on the PATH: install Node.js 20 or later to run"
          + " aws-local-stepfunctions.";
    }
    return null;
  }

  private static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  private static String javaBinary() {
    return ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  /** Runs {@code command}, its output appended to {@code log}; fails when it exits non-zero. */
  private static void run(List<String> command, Path log)
      throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    int exit = process.waitFor();
    if (exit != 0) {
      System.err.println(String.join(" ", command) + " exited " + exit + "; its output is in "
          + log);
      System.exit(1);
    }
  }

  private static JsonNode read(Path json) throws IOException {
    return JsonMappers.STANDARD.readTree(Files.readString(json));
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException | UnsupportedOperationException e) {
      return String.valueOf(
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
