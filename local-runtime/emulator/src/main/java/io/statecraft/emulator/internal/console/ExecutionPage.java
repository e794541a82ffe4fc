package io.statecraft.emulator.internal.console;

import io.statecraft.asl.StateMachine;
import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.compiler.Asl;
import io.statecraft.diagrams.Diagrams;
import io.statecraft.emulator.internal.ConsoleSource;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One execution: its page (name, state machine, status, dates, input, output, error and cause,
 * and the project's HTML execution report in a frame), the report itself, and the small state the
 * page polls while the execution runs to know when to show the report again.
 */
final class ExecutionPage {

  /** How often the page asks whether a running execution moved on. */
  static final int POLL_MILLIS = 1000;

  private static final String SCRIPT = """
      (function () {
        var root = document.getElementById('sc-execution');
        var frame = document.getElementById('sc-report');
        var api = root.getAttribute('data-api');
        var report = root.getAttribute('data-report');
        var seen = root.getAttribute('data-version');
        var keep = null;
        var failures = 0;
        function fit() {
          var doc = frame.contentDocument;
          if (doc && doc.documentElement) frame.style.height = (doc.documentElement.scrollHeight + 4) + 'px';
        }
        function reselect() {
          var doc = frame.contentDocument;
          if (!keep || !doc) return;
          doc.querySelectorAll('svg [data-state]').forEach(function (e) {
            if (e.getAttribute('data-state') === keep) e.dispatchEvent(new MouseEvent('click', {bubbles: true}));
          });
        }
        function selected() {
          var doc = frame.contentDocument;
          var e = doc && doc.querySelector('.sc-selected');
          return e ? e.getAttribute('data-state') : null;
        }
        frame.addEventListener('load', function () { fit(); reselect(); });
        if (frame.contentDocument && frame.contentDocument.readyState === 'complete') fit();
        function field(name, value) {
          var e = document.getElementById('sc-' + name);
          e.textContent = value === null || value === undefined ? '' : value;
          var block = document.getElementById('sc-' + name + '-block');
          if (block) block.hidden = value === null || value === undefined;
        }
        function show(now) {
          var badge = document.getElementById('sc-status');
          badge.textContent = now.status;
          badge.className = 'status ' + now.status;
          field('stop', now.stopDate);
          field('output', now.output);
          field('error', now.error);
          field('cause', now.cause);
          root.setAttribute('data-status', now.status);
        }
        function note(text) { document.getElementById('sc-poll').textContent = text; }
        function poll() {
          fetch(api, {cache: 'no-store'}).then(function (r) {
            if (!r.ok) throw new Error('HTTP ' + r.status);
            return r.json();
          }).then(function (now) {
            failures = 0;
            note('');
            if (now.version !== seen) {
              seen = now.version;
              root.setAttribute('data-version', seen);
              show(now);
              keep = selected();
              frame.src = report + '&v=' + encodeURIComponent(seen);
            }
            if (now.status === 'RUNNING') setTimeout(poll, %d);
          }).catch(function (e) {
            failures++;
            if (failures < 5) {
              note('The emulator did not answer (' + e.message + '); trying again.');
              setTimeout(poll, 3000);
            } else {
              note('The emulator stopped answering (' + e.message + '): reload the page to try again.');
            }
          });
        }
        if (root.getAttribute('data-status') === 'RUNNING') setTimeout(poll, %d);
      })();
      """.formatted(POLL_MILLIS, POLL_MILLIS);

  private final Reads source;

  ExecutionPage(Reads source) {
    this.source = source;
  }

  /** The execution's page. */
  String page(String arn) {
    ObjectNode described = describe(arn);
    ObjectNode now = state(arn, described);
    String machineArn = described.path("stateMachineArn").asString();
    String name = described.path("name").asString();
    StringBuilder body = new StringBuilder();
    body.append("<div id=\"sc-execution\" data-api=\"")
        .append(Html.link("/console/api/execution", "arn", arn))
        .append("\" data-report=\"").append(Html.link("/console/report", "arn", arn))
        .append("\" data-version=\"").append(Html.text(now.get("version").asString()))
        .append("\" data-status=\"").append(Html.text(now.get("status").asString()))
        .append("\">\n<dl class=\"fields\">\n");
    term(body, "State machine", Html.anchor(Html.link("/", "machine", machineArn),
        machineName(machineArn)));
    term(body, "Execution ARN", Html.text(arn));
    term(body, "Region", Html.text(ConsoleSource.regionOf(arn)));
    term(body, "Started", Html.date(described.get("startDate")));
    term(body, "Stopped", "<span id=\"sc-stop\">" + Html.date(described.get("stopDate"))
        + "</span>");
    body.append("</dl>\n<p class=\"hint\" id=\"sc-poll\"></p>\n");
    block(body, "input", "Input", described.path("input").asString(null));
    block(body, "output", "Output", described.path("output").asString(null));
    block(body, "error", "Error", described.path("error").asString(null));
    block(body, "cause", "Cause", described.path("cause").asString(null));
    body.append("<iframe class=\"report\" id=\"sc-report\" title=\"Execution report\" src=\"")
        .append(Html.link("/console/report", "arn", arn)).append("\"></iframe>\n</div>\n")
        .append("<script>\n").append(SCRIPT).append("</script>\n");
    String heading = "<h1>" + Html.text(name) + "</h1>"
        + Html.status(described.path("status").asString(), "sc-status");
    return Html.page(name, heading, body.toString());
  }

  /**
   * The report of the project's diagrams module: the definition's diagram with the run drawn over
   * it, the event timeline, each state's input and output.
   */
  String report(String arn) {
    ObjectNode request = Reads.object().put("executionArn", arn);
    String definition = source.about(arn, "DescribeStateMachineForExecution", request)
        .path("definition").asString();
    ObjectNode history = Reads.object();
    List<JsonNode> events = source.all(ConsoleSource.regionOf(arn), "GetExecutionHistory",
        request, "events");
    history.putArray("events").addAll(events);
    StateMachine machine;
    try {
      machine = Asl.read(definition);
    } catch (InvalidDefinitionException | IllegalArgumentException e) {
      throw new PageException(500, "The state machine's definition cannot be drawn: "
          + e.getMessage());
    }
    try {
      return Diagrams.html(machine, history);
    } catch (IllegalArgumentException e) {
      throw new PageException(500, "The execution's history cannot be drawn: " + e.getMessage());
    }
  }

  /**
   * What the page shows that changes while the execution runs: status, stop date, output, error,
   * cause, and {@code version}, which changes whenever the history grows or the status changes.
   */
  String state(String arn) {
    return state(arn, describe(arn)).toString();
  }

  private ObjectNode state(String arn, ObjectNode described) {
    JsonNode last = source.about(arn, "GetExecutionHistory", Reads.object()
        .put("executionArn", arn).put("reverseOrder", true).put("maxResults", 1)
        .put("includeExecutionData", false)).path("events").path(0);
    String status = described.path("status").asString();
    ObjectNode now = Reads.object();
    now.put("status", status);
    now.put("version", status + "/" + last.path("id").asLong(0));
    JsonNode stop = described.get("stopDate");
    now.put("stopDate", stop == null ? null : Html.dateText(stop));
    now.put("output", described.path("output").asString(null));
    now.put("error", described.path("error").asString(null));
    now.put("cause", described.path("cause").asString(null));
    return now;
  }

  private ObjectNode describe(String arn) {
    return source.about(arn, "DescribeExecution", Reads.object().put("executionArn", arn));
  }

  private String machineName(String machineArn) {
    String[] fields = machineArn.split(":", -1);
    return fields.length > 6 ? fields[6] : machineArn;
  }

  private static void term(StringBuilder body, String term, String html) {
    body.append("<dt>").append(term).append("</dt><dd>").append(html).append("</dd>\n");
  }

  /** A titled {@code <pre>}, hidden while {@code text} is null (the script fills it later). */
  private static void block(StringBuilder body, String id, String title, String text) {
    body.append("<section id=\"sc-").append(id).append("-block\"")
        .append(text == null ? " hidden" : "").append("><h2>").append(title)
        .append("</h2><pre id=\"sc-").append(id).append("\">").append(Html.text(text))
        .append("</pre></section>\n");
  }
}
