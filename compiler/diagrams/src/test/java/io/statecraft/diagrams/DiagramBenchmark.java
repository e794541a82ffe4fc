package io.statecraft.diagrams;

import io.statecraft.asl.StateMachine;
import io.statecraft.compiler.Asl;
import io.statecraft.compiler.SharedFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How long diagrams take over the real-world corpus: the first SVG of a JVM (ELK's class loading
 * and registry), then warm Mermaid and SVG per definition. A plain main, not a test: timings
 * belong in a benchmark run. Run it with {@code scripts/bench-diagrams.sh [CORPUS_DIR]}.
 */
public final class DiagramBenchmark {

  private DiagramBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/asl-corpus/real-world");
    List<StateMachine> machines = new ArrayList<>();
    for (Path file : SharedFolder.jsonFiles(corpus)) {
      try {
        machines.add(Asl.read(file));
      } catch (RuntimeException notAsl) {
        // Files the reader refuses are not drawn (the geometry test lists them).
      }
    }
    long start = System.nanoTime();
    int sink = Diagrams.svg(machines.get(0)).length();
    System.out.printf("first svg (cold, loads ELK): %.0f ms%n", (System.nanoTime() - start) / 1e6);
    for (int round = 1; round <= 5; round++) {
      long mermaid = 0;
      long svg = 0;
      for (StateMachine machine : machines) {
        long t0 = System.nanoTime();
        sink += Diagrams.mermaid(machine).length();
        long t1 = System.nanoTime();
        sink += Diagrams.svg(machine).length();
        long t2 = System.nanoTime();
        mermaid += t1 - t0;
        svg += t2 - t1;
      }
      System.out.printf("round %d: %d definitions, mermaid %.3f ms/def, svg %.2f ms/def%n", round,
          machines.size(), mermaid / 1e6 / machines.size(), svg / 1e6 / machines.size());
    }
    System.out.println("(checksum " + sink + ")");
  }
}
