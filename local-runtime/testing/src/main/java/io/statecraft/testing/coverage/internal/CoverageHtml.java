package io.statecraft.testing.coverage.internal;

import io.statecraft.diagrams.CoverageOverlay;
import io.statecraft.diagrams.Diagrams;
import io.statecraft.testing.coverage.internal.Item.Kind;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTML pages of the report: {@code index.html} with a row per workflow and the totals, and a
 * page per workflow with its percentages, its diagram coloured by
 * {@link Diagrams#svg(io.statecraft.asl.StateMachine, CoverageOverlay)}, and the list of what was
 * missed. Self-contained (styles inline, no script), deterministic.
 *
 * <pre>{@code
 * Files.writeString(dir.resolve("index.html"), CoverageHtml.index(workflows));
 * Files.writeString(dir.resolve(CoverageHtml.fileName(w)), CoverageHtml.page(w));
 * }</pre>
 */
public final class CoverageHtml {

  private static final Map<Kind, String> TITLES = Map.of(Kind.STATE, "States",
      Kind.TRANSITION, "Transitions", Kind.CHOICE_RULE, "Choice rules", Kind.RETRIER, "Retriers",
      Kind.CATCHER, "Catchers");

  private static final String CSS = """
      body{margin:0;font:14px/1.45 Helvetica,Arial,sans-serif;color:#16191f;background:#f2f3f3}
      header{background:#232f3e;color:#fff;padding:12px 20px}
      header h1{font-size:18px;margin:0 0 4px}
      header a{color:#9fc7f5}
      main{padding:16px}
      table{border-collapse:collapse;background:#fff;font-size:13px;margin-bottom:16px}
      th,td{text-align:left;padding:4px 10px;border-bottom:1px solid #eaeded}
      th{background:#fafafa}
      td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      td.hash{font-family:monospace;color:#687078}
      tfoot td{font-weight:bold;background:#fafafa}
      .bar{display:inline-block;width:80px;height:10px;background:#fdecea;border:1px solid #d5dbdb;vertical-align:middle;margin-right:6px}
      .bar span{display:block;height:100%;background:#1d8102}
      .diagram{background:#fff;border:1px solid #d5dbdb;border-radius:6px;overflow:auto;padding:8px;margin-bottom:16px}
      .missed li{font-family:monospace;color:#d13212}
      .hint{color:#687078}
      """;

  private CoverageHtml() {}

  /** The page of {@code workflow}: {@code NAME-HASH8.html}, NAME reduced to safe characters. */
  public static String fileName(Workflow workflow) {
    String safe = workflow.name().replaceAll("[^A-Za-z0-9._-]+", "_");
    return safe + "-" + workflow.hash().substring(0, 8) + ".html";
  }

  /** {@code index.html}: each workflow's percentages, linked to its page, and the totals. */
  public static String index(List<Workflow> workflows) {
    StringBuilder out = head("Statecraft coverage");
    out.append("<header><h1>Statecraft coverage</h1><div>").append(workflows.size())
        .append(workflows.size() == 1 ? " workflow" : " workflows").append("</div></header>\n");
    out.append("<main>\n<table class=\"workflows\">\n<thead><tr><th>Workflow</th>")
        .append("<th>Definition</th><th>Executions</th>");
    for (Kind kind : Kind.values()) {
      out.append("<th>").append(TITLES.get(kind)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    long executions = 0;
    int[][] sums = new int[Kind.values().length][2];
    for (Workflow workflow : workflows) {
      out.append("<tr data-workflow=\"").append(escape(workflow.name())).append("\"><td><a href=\"")
          .append(escape(fileName(workflow))).append("\">").append(escape(workflow.name()))
          .append("</a></td><td class=\"hash\">").append(workflow.hash(), 0, 8)
          .append("</td><td class=\"num\">").append(workflow.executions()).append("</td>");
      executions += workflow.executions();
      for (Kind kind : Kind.values()) {
        int[] total = workflow.total(kind);
        sums[kind.ordinal()][0] += total[0];
        sums[kind.ordinal()][1] += total[1];
        cell(out, total);
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n<tfoot><tr><td>Total</td><td></td><td class=\"num\">")
        .append(executions)
        .append("</td>");
    for (int[] sum : sums) {
      cell(out, sum);
    }
    out.append("</tr></tfoot>\n</table>\n</main>\n</body>\n</html>\n");
    return out.toString();
  }

  /** The page of one workflow: percentages, the coloured diagram, what was missed. */
  public static String page(Workflow workflow) {
    StringBuilder out = head("Coverage · " + workflow.name());
    out.append("<header><h1>").append(escape(workflow.name())).append("</h1><div><a href=")
        .append("\"index.html\">All workflows</a> · definition ")
        .append(workflow.hash(), 0, 8).append(" · ").append(workflow.executions())
        .append(workflow.executions() == 1 ? " execution" : " executions")
        .append("</div></header>\n<main>\n<table class=\"totals\">\n<tbody>\n");
    for (Kind kind : Kind.values()) {
      out.append("<tr><th>").append(TITLES.get(kind)).append("</th>");
      cell(out, workflow.total(kind));
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n<div class=\"diagram\">\n").append(diagram(workflow))
        .append("</div>\n");
    missed(out, workflow);
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private static StringBuilder head(String title) {
    return new StringBuilder(16384).append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<title>").append(escape(title)).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
  }

  /** {@code 3/4 (75.0%)} with a bar; a dash when there is nothing of the kind. */
  private static void cell(StringBuilder out, int[] total) {
    if (total[1] == 0) {
      out.append("<td class=\"num\">–</td>");
      return;
    }
    double percent = total[0] * 100.0 / total[1];
    String shown = String.format(Locale.ROOT, "%.1f", percent);
    out.append("<td class=\"num\"><span class=\"bar\"><span style=\"width:").append(shown)
        .append("%\"></span></span>").append(total[0]).append('/').append(total[1]).append(" (")
        .append(shown).append("%)</td>");
  }

  /** The diagram, or why there is none: a report must not fail on one odd definition. */
  private static String diagram(Workflow workflow) {
    try {
      return Diagrams.svg(workflow.definition(), overlay(workflow));
    } catch (RuntimeException e) {
      return "<p class=\"hint\">No diagram: " + escape(String.valueOf(e.getMessage())) + "</p>\n";
    }
  }

  /** States noted with how often they were entered; transitions covered or missed. */
  static CoverageOverlay overlay(Workflow workflow) {
    CoverageOverlay.Builder overlay = CoverageOverlay.builder();
    for (int i = 0; i < workflow.items().size(); i++) {
      Item item = workflow.items().get(i);
      long hits = workflow.hits(i);
      if (item.kind() == Kind.STATE) {
        overlay.state(item.state(), hits > 0, hits > 0 ? "entered " + hits + "×" : "not entered");
      } else if (item.kind() == Kind.TRANSITION) {
        overlay.transition(item.state(), edge(item.via()), index(item.via()), hits > 0);
      }
    }
    return overlay.build();
  }

  private static CoverageOverlay.Edge edge(String via) {
    if (via.startsWith("Choices[")) {
      return CoverageOverlay.Edge.CHOICE_RULE;
    }
    if (via.startsWith("Catch[")) {
      return CoverageOverlay.Edge.CATCH;
    }
    return CoverageOverlay.Edge.valueOf(via.toUpperCase(Locale.ROOT));
  }

  private static int index(String via) {
    int open = via.indexOf('[');
    return open < 0 ? -1 : Integer.parseInt(via.substring(open + 1, via.length() - 1));
  }

  private static void missed(StringBuilder out, Workflow workflow) {
    out.append("<h2>Missed</h2>\n");
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < workflow.items().size(); i++) {
      Item item = workflow.items().get(i);
      if (workflow.hits(i) == 0) {
        list.append("<li data-kind=\"").append(item.kind().name().toLowerCase(Locale.ROOT))
            .append("\">").append(escape(TITLES.get(item.kind()))).append(": ")
            .append(escape(item.label())).append("</li>\n");
      }
    }
    out.append(list.isEmpty() ? "<p class=\"hint\">Nothing: every item was covered.</p>\n"
        : "<ul class=\"missed\">\n" + list + "</ul>\n");
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
