package io.statecraft.benchmarks;

import java.util.List;
import java.util.Locale;

/** The markdown tables of {@link PeerComparison}: per workload, and w5 against w2. */
final class ComparisonTable {

  private ComparisonTable() {}

  static String render(List<PeerComparison.Pair> pairs) {
    StringBuilder out = new StringBuilder();
    for (String workload : PeerComparison.SHARED) {
      out.append("\n### ").append(workload).append("\n\n")
          .append("| pair | Statecraft transitions/s | aws-local-stepfunctions transitions/s"
              + " | ratio |\n|---:|---:|---:|---:|\n");
      double[] ratios = new double[pairs.size()];
      for (int i = 0; i < pairs.size(); i++) {
        PeerComparison.Pair pair = pairs.get(i);
        ratios[i] = pair.ours(workload) / pair.theirs(workload);
        out.append(row(String.valueOf(i + 1), count(pair.ours(workload)),
            count(pair.theirs(workload)), ratio(ratios[i])));
      }
      out.append(row("median", "", "", "**" + ratio(WorkloadBenchmark.median(ratios)) + "**"));
    }
    out.append("\n### w5-jsonata-loop against w2-choice-loop (ours, same JVM)\n\n")
        .append("| pair | w5 transitions/s | w2 transitions/s | w5/w2 |\n|---:|---:|---:|---:|\n");
    double[] shares = new double[pairs.size()];
    for (int i = 0; i < pairs.size(); i++) {
      PeerComparison.Pair pair = pairs.get(i);
      double w5 = pair.ours("w5-jsonata-loop");
      double w2 = pair.ours("w2-choice-loop");
      shares[i] = w5 / w2;
      out.append(row(String.valueOf(i + 1), count(w5), count(w2),
          String.format(Locale.ROOT, "%.2f", shares[i])));
    }
    out.append(row("median", "", "",
        String.format(Locale.ROOT, "**%.2f**", WorkloadBenchmark.median(shares))));
    return out.toString();
  }

  private static String row(String... cells) {
    return "| " + String.join(" | ", cells) + " |\n";
  }

  private static String count(double perSecond) {
    return String.format(Locale.ROOT, "%,.0f", perSecond);
  }

  private static String ratio(double ratio) {
    return String.format(Locale.ROOT, "%.1fx", ratio);
  }
}
