package io.statecraft.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * One series of {@link LinearScaling}: the cost at each size, printed with the figures per unit
 * (item, event, state), the marginal ones (what each unit more cost from the size before) and the
 * growth of each figure from the size before next to the growth of the work. Time is judged by
 * the CPU time of the thread that ran the workflow; wall time and collection time are shown.
 *
 * <pre>{@code
 * ScalingTable table = new ScalingTable("inline Map, per item", "items");
 * table.add(10_000, Footprint.of(() -> machine.run(input)));
 * table.print();
 * }</pre>
 */
final class ScalingTable {

  private record Row(int size, Footprint cost) {}

  private final String title;
  private final String unit;
  private final List<Row> rows = new ArrayList<>();
  private boolean flagged;

  ScalingTable(String title, String unit) {
    this.title = title;
    this.unit = unit;
  }

  void add(int size, Footprint cost) {
    rows.add(new Row(size, cost));
  }

  /** Whether a figure grew more than {@link LinearScaling#TOLERANCE} times the work. */
  boolean flagged() {
    return flagged;
  }

  void print() {
    System.out.println();
    System.out.println(title);
    System.out.printf("%10s %8s %7s %8s %8s %6s %8s %8s %8s %6s %8s %8s %8s %6s  %s%n", unit,
        "wall ms", "gc ms", "cpu ms", "cpu us/u", "x cpu", "alloc MB", "B/unit", "dB/unit",
        "x alloc", "held MB", "B/unit", "dB/unit", "x held", "work");
    Row previous = null;
    for (Row row : rows) {
      Footprint cost = row.cost();
      StringBuilder verdict = new StringBuilder();
      String[] growth = {"", "", "", "", "", ""};
      if (previous != null) {
        Footprint before = previous.cost();
        double ratio = (double) row.size() / previous.size();
        int more = row.size() - previous.size();
        growth[0] = growth(cost.cpuNanos(), before.cpuNanos(), ratio, "cpu", 5_000_000, verdict);
        growth[1] = growth(cost.allocated(), before.allocated(), ratio, "alloc", 1_000_000,
            verdict);
        growth[2] = growth(cost.held(), before.held(), ratio, "held", 1_000_000, verdict);
        growth[3] = String.valueOf((cost.allocated() - before.allocated()) / more);
        growth[4] = String.valueOf((cost.held() - before.held()) / more);
        growth[5] = String.format("x%.1f", ratio);
      }
      System.out.printf("%10d %8.1f %7d %8.1f %8.2f %6s %8.1f %8d %8s %6s %8.1f %8d %8s %6s  %s%s%n",
          row.size(), cost.nanos() / 1e6, cost.gcMillis(), cost.cpuNanos() / 1e6,
          cost.cpuNanos() / 1e3 / row.size(), growth[0], cost.allocated() / 1e6,
          cost.allocated() / row.size(), growth[3], growth[1], cost.held() / 1e6,
          cost.held() / row.size(), growth[4], growth[2], growth[5],
          verdict.isEmpty() ? "" : "  SUPERLINEAR " + verdict);
      previous = row;
    }
  }

  /**
   * {@code now / before} as {@code x1.0}; notes {@code what} when it outgrew the work and is at
   * least {@code floor} (below it, 5 ms or 1 MB, the figure is mostly noise).
   */
  private String growth(long now, long before, double work, String what, long floor,
      StringBuilder verdict) {
    if (before <= 0) {
      return "-";
    }
    double ratio = (double) now / before;
    if (ratio > work * LinearScaling.TOLERANCE && now >= floor) {
      verdict.append(verdict.isEmpty() ? "" : ", ").append(what);
      flagged = true;
    }
    return String.format("x%.1f", ratio);
  }
}
