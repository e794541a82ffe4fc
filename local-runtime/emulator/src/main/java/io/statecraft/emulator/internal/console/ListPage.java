package io.statecraft.emulator.internal.console;

import io.statecraft.emulator.internal.ApiException;
import io.statecraft.emulator.internal.ConsoleSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The console's first page: the state machines of every region and their executions, newest
 * first, narrowed to one state machine and/or one status by the links it shows.
 */
final class ListPage {

  /** ListExecutions' {@code statusFilter} values. */
  static final List<String> STATUSES =
      List.of("RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED", "PENDING_REDRIVE");

  private final Reads source;

  ListPage(Reads source) {
    this.source = source;
  }

  /**
   * The page, with executions of {@code machineArn} only (all when null) in {@code status} only
   * (all when null).
   */
  String render(String machineArn, String status) {
    if (status != null && !STATUSES.contains(status)) {
      throw new PageException(400, "Unknown execution status '" + status + "': use one of "
          + String.join(", ", STATUSES) + ".");
    }
    Map<String, ObjectNode> machines = machines();
    if (machineArn != null && !machines.containsKey(machineArn)) {
      throw new PageException(404, "State Machine Does Not Exist: '" + machineArn + "'");
    }
    StringBuilder body = new StringBuilder();
    machineTable(body, machines.values());
    body.append("<h2>Executions</h2>\n");
    filters(body, machines, machineArn, status);
    List<String> express = new ArrayList<>();
    List<JsonNode> executions = executions(machines, machineArn, status, express);
    executionTable(body, executions, machines);
    if (!express.isEmpty()) {
      body.append("<p class=\"hint\">Executions of Express state machines (")
          .append(Html.text(String.join(", ", express)))
          .append(") are not listed: as on AWS, the API keeps no history of them.</p>\n");
    }
    String heading = "<h1>State machines and executions</h1>";
    return Html.page("State machines and executions", heading, body.toString());
  }

  /**
   * The executions of the machines chosen, newest first; the names of chosen Express machines,
   * whose executions the API does not list, go to {@code express}.
   */
  private List<JsonNode> executions(Map<String, ObjectNode> machines, String machineArn,
      String status, List<String> express) {
    List<JsonNode> executions = new ArrayList<>();
    for (ObjectNode machine : machines.values()) {
      String arn = machine.get("stateMachineArn").asString();
      if (machineArn != null && !machineArn.equals(arn)) {
        continue;
      }
      if (machine.path("type").asString().equals("EXPRESS")) {
        express.add(machine.path("name").asString());
        continue;
      }
      executions.addAll(source.all(ConsoleSource.regionOf(arn), "ListExecutions",
          statusFilter(arn, status), "executions"));
    }
    executions.sort(Comparator.comparingLong((JsonNode e) -> Html.millis(e.get("startDate")))
        .reversed().thenComparing(e -> e.path("executionArn").asString()));
    return executions;
  }

  /** Every state machine of every region, with its DescribeStateMachine status, by ARN. */
  private Map<String, ObjectNode> machines() {
    Map<String, ObjectNode> machines = new LinkedHashMap<>();
    for (String region : source.regions()) {
      for (JsonNode item : source.all(region, "ListStateMachines", Reads.object(),
          "stateMachines")) {
        String arn = item.get("stateMachineArn").asString();
        ObjectNode machine = (ObjectNode) item.deepCopy();
        machine.put("region", region);
        try {
          machine.put("status", source.one(region, "DescribeStateMachine",
              Reads.object().put("stateMachineArn", arn)).path("status").asString("ACTIVE"));
        } catch (ApiException deletedSinceListed) {
          continue;
        }
        machines.put(arn, machine);
      }
    }
    return machines;
  }

  private static ObjectNode statusFilter(String machineArn, String status) {
    ObjectNode request = Reads.object().put("stateMachineArn", machineArn);
    if (status != null) {
      request.put("statusFilter", status);
    }
    return request;
  }

  private static void machineTable(StringBuilder body, Iterable<ObjectNode> machines) {
    body.append("<h2>State machines</h2>\n");
    if (!machines.iterator().hasNext()) {
      body.append("<p class=\"hint\" id=\"no-machines\">No state machines yet: create one with"
          + " CreateStateMachine (aws stepfunctions --endpoint-url ... create-state-machine).</p>\n");
      return;
    }
    body.append("<table id=\"machines\">\n<thead><tr><th>Name</th><th>Type</th><th>Region</th>"
        + "<th>Created</th><th>Status</th></tr></thead>\n<tbody>\n");
    for (ObjectNode machine : machines) {
      String arn = machine.get("stateMachineArn").asString();
      body.append("<tr data-arn=\"").append(Html.text(arn)).append("\"><td>")
          .append(Html.anchor(Html.link("/", "machine", arn), machine.path("name").asString()))
          .append("</td><td>").append(Html.text(machine.path("type").asString()))
          .append("</td><td>").append(Html.text(machine.path("region").asString()))
          .append("</td><td>").append(Html.date(machine.get("creationDate")))
          .append("</td><td>").append(Html.status(machine.path("status").asString(), null))
          .append("</td></tr>\n");
    }
    body.append("</tbody>\n</table>\n");
  }

  /** The links that narrow the list: the chosen machine (and a way back), each status. */
  private static void filters(StringBuilder body, Map<String, ObjectNode> machines,
      String machineArn, String status) {
    body.append("<p class=\"filters\" id=\"filters\">");
    if (machineArn != null) {
      body.append("State machine <strong>")
          .append(Html.text(machines.get(machineArn).path("name").asString()))
          .append("</strong> ").append(Html.anchor(Html.link("/", "status", status),
              "all state machines")).append(" · ");
    }
    body.append(status == null ? "<strong>All</strong>"
        : Html.anchor(Html.link("/", "machine", machineArn), "All"));
    for (String each : STATUSES) {
      body.append(each.equals(status) ? "<strong>" + each + "</strong>"
          : Html.anchor(Html.link("/", "machine", machineArn, "status", each), each));
    }
    body.append("</p>\n");
  }

  private static void executionTable(StringBuilder body, List<JsonNode> executions,
      Map<String, ObjectNode> machines) {
    if (executions.isEmpty()) {
      body.append("<p class=\"hint\" id=\"no-executions\">No executions here.</p>\n");
      return;
    }
    body.append("<table id=\"executions\">\n<thead><tr><th>Name</th><th>State machine</th>"
        + "<th>Region</th><th>Status</th><th>Started</th><th>Stopped</th></tr></thead>\n"
        + "<tbody>\n");
    for (JsonNode execution : executions) {
      String arn = execution.get("executionArn").asString();
      String machineArn = execution.path("stateMachineArn").asString();
      ObjectNode machine = machines.get(machineArn);
      String machineName = machine == null ? machineArn : machine.path("name").asString();
      body.append("<tr data-arn=\"").append(Html.text(arn)).append("\"><td>")
          .append(Html.anchor(Html.link("/console/execution", "arn", arn),
              execution.path("name").asString()))
          .append("</td><td>").append(Html.anchor(Html.link("/", "machine", machineArn),
              machineName))
          .append("</td><td>").append(Html.text(ConsoleSource.regionOf(arn)))
          .append("</td><td>").append(Html.status(execution.path("status").asString(), null))
          .append("</td><td>").append(Html.date(execution.get("startDate")))
          .append("</td><td>").append(Html.date(execution.get("stopDate")))
          .append("</td></tr>\n");
    }
    body.append("</tbody>\n</table>\n");
  }
}
