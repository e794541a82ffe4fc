package io.statecraft.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * One series of {@link LinearScaling}: the cost at each size, printed with the figures per unit
 * (item, event, state), the marginal ones (what each unit more cost from the size before) and the
 * growth of each figure from the size before next to the growth of the work.
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
    System.out.printf("%10s %9s %9s %7s %9s %9s %9s %7s %9s %9s %9s %7s  %s%n", unit, "ms",
        "us/unit", "x time", "alloc MB", "B/unit", "dB/unit", "x alloc", "held MB", "B/unit",
        "dB/unit", "x held", "work x");
    Row previous = null;
    for (Row row : rows) {
      Footprint cost = row.cost();
      StringBuilder verdict = new StringBuilder();
      String work = "";
      String timeGrowth = "";
      String allocGrowth = "";
      String heldGrowth = "";
      String allocMarginal = "";
      String heldMarginal = "";
      if (previous != null) {
        Footprint before = previous.cost();
        double ratio = (double) row.size() / previous.size();
        work = String.format("x%.1f", ratio);
        timeGrowth = growth(cost.nanos(), before.nanos(), ratio, "time", verdict);
        allocGrowth = growth(cost.allocated(), before.allocated(), ratio, "alloc", verdict);
        heldGrowth = growth(cost.held(), before.held(), ratio, "held", verdict);
        int more = row.size() - previous.size();
        allocMarginal = String.valueOf((cost.allocated() - before.allocated()) / more);
        heldMarginal = String.valueOf((cost.held() - before.held()) / more);
      }
      System.out.printf("%10d %9.1f %9.2f %7s %9.1f %9d %9s %7s %9.1f %9d %9s %7s  %s%s%n",
          row.size(), cost.nanos() / 1e6, cost.nanos() / 1e3 / row.size(), timeGrowth,
          cost.allocated() / 1e6, cost.allocated() / row.size(), allocMarginal, allocGrowth,
          cost.held() / 1e6, cost.held() / row.size(), heldMarginal, heldGrowth, work,
          verdict.isEmpty() ? "" : "  SUPERLINEAR " + verdict);
      previous = row;
    }
  }

  /** {@code now / before} as {@code x1.0}; notes {@code what} when it outgrew the work. */
  private String growth(long now, long before, double work, String what,
      StringBuilder verdict) {
    if (before <= 0) {
      return "-";
    }
    double ratio = (double) now / before;
    if (ratio > work * LinearScaling.TOLERANCE) {
      verdict.append(verdict.isEmpty() ? "" : ", ").append(what);
      flagged = true;
    }
    return String.format("x%.1f", ratio);
  }
}
