package io.statecraft.benchmarks;

import io.statecraft.asl.Branch;
import io.statecraft.asl.ItemProcessor;
import io.statecraft.asl.MapState;
import io.statecraft.asl.ParallelState;
import io.statecraft.asl.PassState;
import io.statecraft.asl.State;
import io.statecraft.asl.StateMachine;
import io.statecraft.compiler.Asl;
import io.statecraft.diagrams.Diagrams;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * How diagram time grows with the machine: Mermaid and SVG of made-up machines of 500 to 5,000
 * states or Choice rules, in five shapes: a chain of Pass states, one Choice with a rule per
 * target, a chain of Tasks that all catch into one handler (long edges), a Parallel with a branch
 * per state, and Map and Parallel states nested as deep as the size. Each figure is the least of
 * {@code --runs} runs after a warm-up; CPU is the drawing thread's own time, which the other
 * processes on a busy machine do not inflate as they do wall time (Mermaid's CPU time is near the
 * timer's resolution when small). "layout" says whether the SVG
 * got ELK's detailed layout or the plain rows big machines get.
 *
 * <pre>
 * java -cp benchmarks/target/statecraft-benchmarks.jar io.statecraft.benchmarks.DiagramScaling \
 *     [--sizes 500,1000,2000,5000] [--shapes chain,choice,catches,parallel,nested] [--runs 3]
 * </pre>
 */
public final class DiagramScaling {

  private DiagramScaling() {}

  /** A shape of machine, made at a size. */
  private enum Shape {
    chain(DiagramScaling::chain),
    choice(DiagramScaling::choice),
    catches(DiagramScaling::catches),
    parallel(DiagramScaling::parallel),
    nested(DiagramScaling::nested);

    final IntFunction<StateMachine> make;

    Shape(IntFunction<StateMachine> make) {
      this.make = make;
    }
  }

  public static void main(String[] args) {
    int[] sizes = {500, 1_000, 2_000, 5_000};
    List<String> shapes = Arrays.stream(Shape.values()).map(Enum::name).toList();
    int runs = 3;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--sizes" -> sizes = Arrays.stream(args[i + 1].split(",")).mapToInt(Integer::parseInt)
            .toArray();
        case "--shapes" -> shapes = List.of(args[i + 1].split(","));
        case "--runs" -> runs = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    System.out.printf("Java %s, %d processors; least of %d runs after a warm-up%n",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), runs);
    for (Shape shape : Shape.values()) {
      measure(shape.make.apply(100), 3);   // loads ELK and warms both writers
    }
    System.out.printf("%-9s %6s  %-6s %8s %8s %8s %8s %8s %8s%n", "shape", "size", "layout",
        "mmd ms", "mmd cpu", "svg ms", "svg cpu", "svg MB", "svg KB");
    for (String name : shapes) {
      Shape shape = Shape.valueOf(name);
      for (int size : sizes) {
        StateMachine machine = shape.make.apply(size);
        double[] best = measure(machine, runs);
        System.out.printf("%-9s %,6d  %-6s %8.0f %8.0f %8.0f %8.0f %8.0f %8.0f%n", name, size,
            best[5] > 0 ? "rows" : "ELK", best[0], best[6], best[1], best[2], best[3], best[4]);
      }
    }
  }

  /**
   * {mermaid ms, svg ms, svg cpu ms, svg MB allocated, svg KB, 1 if plain rows, mermaid cpu ms},
   * times and bytes the least of the runs.
   */
  private static double[] measure(StateMachine machine, int runs) {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    double max = Double.MAX_VALUE;
    double[] best = {max, max, max, max, 0, 0, max};
    for (int run = 0; run < runs; run++) {
      System.gc();
      long mermaidCpu = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      String mermaid = Diagrams.mermaid(machine);
      long t1 = System.nanoTime();
      best[6] = Math.min(best[6], (threads.getCurrentThreadCpuTime() - mermaidCpu) / 1e6);
      long cpu = threads.getCurrentThreadCpuTime();
      long bytes = threads.getCurrentThreadAllocatedBytes();
      String svg = Diagrams.svg(machine);
      long t2 = System.nanoTime();
      best[0] = Math.min(best[0], (t1 - t0) / 1e6);
      best[1] = Math.min(best[1], (t2 - t1) / 1e6);
      best[2] = Math.min(best[2], (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
      best[3] = Math.min(best[3], (threads.getCurrentThreadAllocatedBytes() - bytes) / 1e6);
      best[4] = svg.length() / 1e3;
      best[5] = svg.contains("sc-layout-note") ? 1 : 0;
      if (mermaid.isEmpty()) {
        throw new IllegalStateException("no Mermaid text");
      }
    }
    return best;
  }

  private static StateMachine chain(int states) {
    StringBuilder json = new StringBuilder("{\"StartAt\":\"S0\",\"States\":{");
    for (int i = 0; i < states; i++) {
      json.append(i == 0 ? "" : ",").append("\"S").append(i).append("\":{\"Type\":\"Pass\",")
          .append(i == states - 1 ? "\"End\":true}" : "\"Next\":\"S" + (i + 1) + "\"}");
    }
    return Asl.read(json.append("}}").toString());
  }

  private static StateMachine choice(int rules) {
    StringBuilder json = new StringBuilder(
        "{\"StartAt\":\"Route\",\"States\":{\"Route\":{\"Type\":\"Choice\",\"Choices\":[");
    for (int i = 0; i < rules; i++) {
      json.append(i == 0 ? "" : ",").append("{\"Variable\":\"$.kind\",\"NumericEquals\":")
          .append(i).append(",\"Next\":\"T").append(i).append("\"}");
    }
    json.append("],\"Default\":\"Done\"}");
    for (int i = 0; i < rules; i++) {
      json.append(",\"T").append(i).append("\":{\"Type\":\"Pass\",\"Next\":\"Done\"}");
    }
    return Asl.read(json.append(",\"Done\":{\"Type\":\"Succeed\"}}}").toString());
  }

  private static StateMachine catches(int tasks) {
    StringBuilder json = new StringBuilder("{\"StartAt\":\"T0\",\"States\":{");
    for (int i = 0; i < tasks; i++) {
      json.append("\"T").append(i).append("\":{\"Type\":\"Task\",\"Resource\":")
          .append("\"arn:aws:states:::lambda:invoke\",\"Parameters\":{\"FunctionName\":\"f")
          .append(i).append("\"},\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],")
          .append("\"Next\":\"Handler\"}],")
          .append(i == tasks - 1 ? "\"End\":true}," : "\"Next\":\"T" + (i + 1) + "\"},");
    }
    return Asl.read(json.append("\"Handler\":{\"Type\":\"Fail\",\"Error\":\"Failed\"}}}")
        .toString());
  }

  private static StateMachine parallel(int branches) {
    StringBuilder json = new StringBuilder(
        "{\"StartAt\":\"Fan\",\"States\":{\"Fan\":{\"Type\":\"Parallel\",\"End\":true,"
            + "\"Branches\":[");
    for (int i = 0; i < branches; i++) {
      json.append(i == 0 ? "" : ",").append("{\"StartAt\":\"B").append(i)
          .append("\",\"States\":{\"B").append(i).append("\":{\"Type\":\"Pass\",\"End\":true}}}");
    }
    return Asl.read(json.append("]}}}").toString());
  }

  /** Built as records: JSON this deep is for the reader's limits, not the diagrams, to judge. */
  private static StateMachine nested(int depth) {
    State inner = new PassState(null, null, null, null, null, null, null, null, null, null, true);
    String name = "Leaf";
    for (int level = depth; level >= 1; level--) {
      Map<String, State> states = Map.of(name, inner);
      inner = level % 2 == 0
          ? new ParallelState(null, null, null, null, null, List.of(new Branch(null, name, states)),
              null, null, null, null, null, List.of(), List.of(), null, true)
          : new MapState(null, null, null, "$.items", null, null, null, null, null,
              new ItemProcessor(null, null, name, states), null, null, null, null, null, null,
              null, null, null, null, null, null, null, null, List.of(), List.of(), null, true);
      name = "L" + level;
    }
    return new StateMachine(null, null, name, null, null, Map.of(name, inner));
  }
}
