package io.statecraft.diagrams.internal;

import io.statecraft.asl.StateMachine;
import io.statecraft.asl.internal.JsonMappers;
import io.statecraft.compiler.Asl;
import io.statecraft.diagrams.internal.Trace.Event;
import io.statecraft.diagrams.internal.Trace.Run;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HTML execution report: one file with the overlay SVG inline, the event timeline, and a panel
 * showing a state's input, output and error when the state (or one of its events) is clicked.
 * Styles and the few lines of script are inline, so the file opens anywhere, offline.
 */
final class HtmlReport {

  private static final JsonMapper JSON = JsonMappers.STANDARD;

  private static final String CSS = """
      body{margin:0;font:14px/1.45 Helvetica,Arial,sans-serif;color:#16191f;background:#f2f3f3}
      header{background:#232f3e;color:#fff;padding:12px 20px}
      header h1{font-size:18px;margin:0 0 4px}
      .status{display:inline-block;padding:1px 8px;border-radius:10px;font-weight:bold;font-size:12px}
      .status.SUCCEEDED{background:#1d8102}.status.FAILED,.status.TIMED_OUT{background:#d13212}
      .status.ABORTED{background:#687078}.status.RUNNING{background:#0972d3}
      .error{margin-top:4px;font-family:monospace;white-space:pre-wrap}
      main{display:flex;gap:16px;padding:16px;align-items:flex-start}
      .diagram{flex:1 1 auto;background:#fff;border:1px solid #d5dbdb;border-radius:6px;overflow:auto;padding:8px}
      .diagram [data-state]{cursor:pointer}
      .diagram .sc-selected>rect,.diagram .sc-selected>polygon{stroke:#0972d3!important;stroke-width:3!important}
      aside{flex:0 0 380px;background:#fff;border:1px solid #d5dbdb;border-radius:6px;padding:12px;position:sticky;top:16px;max-height:90vh;overflow:auto}
      aside h2{font-size:16px;margin:0 0 8px}
      aside h3{font-size:13px;margin:12px 0 4px;color:#414d5c}
      pre{background:#f8f8f8;border:1px solid #eaeded;padding:8px;margin:0;overflow:auto;font-size:12px}
      .hint{color:#687078}
      section{padding:0 16px 24px}
      table{border-collapse:collapse;width:100%;background:#fff;font-size:13px}
      th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #eaeded;vertical-align:top}
      th{background:#fafafa}
      tr[data-state]{cursor:pointer}
      tr.fail td{color:#d13212}
      tr.sel td{background:#e8f2fc}
      """;

  private static final String SCRIPT = """
      (function () {
        var data = JSON.parse(document.getElementById('sc-data').textContent);
        var panel = document.getElementById('sc-panel');
        function block(title, text) {
          if (text === null || text === undefined) return '';
          var h = document.createElement('h3'); h.textContent = title;
          var p = document.createElement('pre'); p.textContent = text;
          return h.outerHTML + p.outerHTML;
        }
        function show(name) {
          document.querySelectorAll('.sc-selected').forEach(function (e) { e.classList.remove('sc-selected'); });
          document.querySelectorAll('tr.sel').forEach(function (e) { e.classList.remove('sel'); });
          document.querySelectorAll('[data-state]').forEach(function (e) {
            if (e.getAttribute('data-state') === name) e.classList.add(e.tagName === 'TR' ? 'sel' : 'sc-selected');
          });
          var runs = data.states[name] || [];
          var h = document.createElement('h2'); h.textContent = name;
          var html = h.outerHTML;
          if (runs.length === 0) html += '<p class="hint">Not reached in this execution.</p>';
          runs.forEach(function (run, i) {
            var t = document.createElement('h3');
            t.textContent = (runs.length > 1 ? 'Entry ' + (i + 1) + ' · ' : '') + run.status
                + (run.attempts > 1 ? ' · ' + run.attempts + ' attempts' : '');
            html += t.outerHTML + block('Input', run.input) + block('Output', run.output)
                + block('Error', run.error) + block('Cause', run.cause);
          });
          panel.innerHTML = html;
        }
        document.querySelectorAll('[data-state]').forEach(function (e) {
          e.addEventListener('click', function () { show(e.getAttribute('data-state')); });
        });
      })();
      """;

  private HtmlReport() {}

  static String write(StateMachine machine, String svg, Trace run) {
    StringBuilder out = new StringBuilder(svg.length() + 8192);
    String title = machine.comment() != null ? machine.comment() : machine.startAt();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>Execution report · ").append(SvgWriter.escape(title)).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    out.append("<header><h1>").append(SvgWriter.escape(title)).append("</h1><span class=\"status ")
        .append(run.executionStatus()).append("\">").append(run.executionStatus()).append("</span>");
    if (run.executionError() != null) {
      out.append("<div class=\"error\">").append(SvgWriter.escape(run.executionError()));
      if (run.executionCause() != null) {
        out.append(": ").append(SvgWriter.escape(run.executionCause()));
      }
      out.append("</div>");
    }
    out.append("</header>\n<main>\n<div class=\"diagram\">\n").append(svg).append("</div>\n")
        .append("<aside id=\"sc-panel\"><p class=\"hint\">Click a state to see its input and")
        .append(" output.</p></aside>\n</main>\n");
    timeline(out, run.events());
    out.append("<script type=\"application/json\" id=\"sc-data\">").append(data(run))
        .append("</script>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void timeline(StringBuilder out, List<Event> events) {
    out.append("<section>\n<h2>Events</h2>\n<table>\n<thead><tr><th>#</th><th>Elapsed</th>")
        .append("<th>Type</th><th>State</th><th>Detail</th></tr></thead>\n<tbody>\n");
    Double start = null;
    for (Event event : events) {
      Double at = seconds(event.timestamp());
      if (start == null && at != null) {
        start = at;
      }
      String elapsed = at == null || start == null ? event.timestamp()
          : String.format(Locale.ROOT, "%.3f s", at - start);
      boolean failure = event.type().endsWith("Failed") || event.type().endsWith("TimedOut");
      out.append("<tr").append(failure ? " class=\"fail\"" : "");
      if (event.state() != null) {
        out.append(" data-state=\"").append(SvgWriter.escape(event.state())).append('"');
      }
      out.append("><td>").append(SvgWriter.escape(event.id())).append("</td><td>")
          .append(SvgWriter.escape(elapsed)).append("</td><td>").append(SvgWriter.escape(event.type()))
          .append("</td><td>").append(event.state() == null ? "" : SvgWriter.escape(event.state()))
          .append("</td><td>").append(SvgWriter.escape(event.detail())).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  /** Epoch seconds (as the API sends them) or an ISO-8601 time; null for anything else. */
  private static Double seconds(String timestamp) {
    if (timestamp == null || timestamp.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(timestamp).doubleValue();
    } catch (NumberFormatException e) {
      try {
        OffsetDateTime time = OffsetDateTime.parse(timestamp);
        return time.toEpochSecond() + time.getNano() / 1e9;
      } catch (DateTimeParseException notATime) {
        return null;
      }
    }
  }

  /** Each state's entries as JSON for the script; {@code <} escaped so it cannot end the tag. */
  private static String data(Trace run) {
    ObjectNode states = JSON.createObjectNode();
    for (Map.Entry<String, List<Run>> entry : run.allRuns().entrySet()) {
      ArrayNode list = states.putArray(entry.getKey());
      for (Run each : entry.getValue()) {
        ObjectNode item = list.addObject();
        item.put("status", each.status().name());
        item.put("attempts", each.attempts());
        item.put("input", pretty(each.input()));
        item.put("output", pretty(each.output()));
        item.put("error", each.error());
        item.put("cause", each.cause());
      }
    }
    ObjectNode root = JSON.createObjectNode();
    root.set("states", states);
    return JSON.writeValueAsString(root).replace("<", "\\u003c");
  }

  private static String pretty(JsonNode value) {
    if (value == null) {
      return null;
    }
    return value.isString() ? value.asString() : Asl.prettyJson(value).stripTrailing();
  }
}
