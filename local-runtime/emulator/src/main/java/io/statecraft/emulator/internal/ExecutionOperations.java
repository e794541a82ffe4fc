package io.statecraft.emulator.internal;

import io.statecraft.local.Execution;
import io.statecraft.local.ExecutionStatus;
import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.RunningExecution;
import io.statecraft.local.task.TaskHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** StartExecution, StartSyncExecution and the operations that read or stop executions. */
public final class ExecutionOperations {

  /**
   * How much longer than the Express limit StartSyncExecution waits: the runtime ends the
   * execution at the limit, but a task handler still running then delays its end.
   */
  private static final Duration SYNC_GRACE = Duration.ofSeconds(10);

  private final Backend backend;
  private final Duration expressLimit;

  public ExecutionOperations(Backend backend, Duration expressLimit) {
    this.backend = backend;
    this.expressLimit = expressLimit;
  }

  ObjectNode start(JsonNode request) {
    ExecutionRecord record = launch(request, false);
    ObjectNode response = Wire.object();
    response.put("executionArn", record.arn());
    response.put("startDate", Wire.seconds(record.running().startDate().toEpochMilli()));
    return response;
  }

  ObjectNode startSync(JsonNode request) {
    ExecutionRecord record = launch(request, true);
    // The runtime times the execution out at the limit (TIMED_OUT), whichever API started it.
    Execution done = record.running().await(expressLimit.plus(SYNC_GRACE));
    ObjectNode response = Wire.object();
    response.put("executionArn", record.arn());
    response.put("stateMachineArn", record.stateMachineArn());
    response.put("name", done.name());
    response.put("startDate", Wire.seconds(done.startDate().toEpochMilli()));
    response.put("stopDate", Wire.seconds(done.stopDate().toEpochMilli()));
    response.put("status", done.status().name());
    outcome(response, done);
    response.put("input", record.inputText());
    response.putObject("inputDetails").put("included", true);
    ObjectNode billing = response.putObject("billingDetails");
    billing.put("billedMemoryUsedInMB", 64);
    billing.put("billedDurationInMilliseconds",
        Math.max(100, (done.stopDate().toEpochMilli() - done.startDate().toEpochMilli() + 99)
            / 100 * 100));
    return response;
  }

  /**
   * StartExecution as a {@code states:startExecution} task calls it: the child is an execution
   * of the API like any other; an error of the API fails the task as AWS's integration does.
   */
  public RunningExecution startChild(String stateMachineArn, String name, JsonNode input) {
    try {
      // The engine's thread answers no request: the child is in the region of its ARN.
      return backend.inRegion(Backend.regionOf(stateMachineArn),
          () -> launch(stateMachineArn, name, Wire.text(input), input, false, null).running());
    } catch (ApiException e) {
      throw e.taskFailure();
    }
  }

  private ExecutionRecord launch(JsonNode request, boolean sync) {
    String requested = Wire.required(request, "stateMachineArn");
    String inputText = Wire.optional(request, "input");
    if (inputText == null) {
      inputText = "{}";
    }
    JsonNode input = Wire.document(inputText, "InvalidExecutionInput",
        "Invalid State Machine Execution Input");
    return launch(requested, Wire.optional(request, "name"), inputText, input, sync,
        Wire.optional(request, "traceHeader"));
  }

  private ExecutionRecord launch(String requested, String requestedName, String inputText,
      JsonNode input, boolean sync, String traceHeader) {
    String name = requestedName;
    int hash = requested.indexOf('#');
    String testCase = hash < 0 ? null : requested.substring(hash + 1);
    String stateMachineArn = hash < 0 ? requested : requested.substring(0, hash);
    Backend.Target target = backend.target(stateMachineArn);
    MachineRecord machine = target.machine();
    machine.checkNotDeleting();
    if (sync && !machine.express()) {
      throw new ApiException("StateMachineTypeNotSupported",
          "This operation is not supported by this type of state machine");
    }
    if (name == null) {
      name = UUID.randomUUID().toString();
    }
    Arns.checkName(name);
    Map<String, TaskHandler> mocks = testCase == null || testCase.isEmpty() ? Map.of()
        : mocks(machine.name, testCase);
    if (machine.express()) {
      // Its ARN is the runtime's express:MACHINE:NAME:ID, the $$.Execution.Id it runs with.
      RunningExecution running = backend.embedded.startExpress(target.revision().loaded(), name,
          input, mocks, expressLimit, target.revision().roleArn());
      ExecutionRecord record = new ExecutionRecord(running.arn(), stateMachineArn, machine.arn,
          target.versionArn(), target.aliasArn(), inputText, running, target.revision(),
          machine.type, null, traceHeader);
      backend.express.put(record.arn(), record);
      return record;
    }
    String arn = backend.arns().execution(machine.name, name);
    String runName = name;
    String text = inputText;
    ExecutionRecord[] result = new ExecutionRecord[1];
    backend.executions.compute(arn, (key, existing) -> {
      if (existing != null) {
        // AWS: the same name and input while it still runs answers with the same execution.
        if (existing.inputText().equals(text) && !existing.running().isDone()) {
          result[0] = existing;
          return existing;
        }
        throw new ApiException("ExecutionAlreadyExists",
            "Execution Already Exists: '" + arn + "'");
      }
      RunningExecution running = backend.embedded.start(target.revision().loaded(), runName,
          input, mocks, target.revision().roleArn());
      result[0] = new ExecutionRecord(arn, stateMachineArn, machine.arn, target.versionArn(),
          target.aliasArn(), text, running, target.revision(), machine.type, null, traceHeader);
      return result[0];
    });
    return result[0];
  }

  ObjectNode describe(JsonNode request) {
    ExecutionRecord record = backend.execution(Wire.required(request, "executionArn"));
    RunningExecution running = record.running();
    ObjectNode response = Wire.object();
    response.put("executionArn", record.arn());
    response.put("stateMachineArn", record.machineArn());
    response.put("name", running.name());
    Execution done = running.result().orElse(null);
    response.put("status", done == null ? "RUNNING" : done.status().name());
    response.put("startDate", Wire.seconds(running.startDate().toEpochMilli()));
    if (done != null) {
      response.put("stopDate", Wire.seconds(done.stopDate().toEpochMilli()));
    }
    response.put("input", record.inputText());
    response.putObject("inputDetails").put("included", true);
    if (done != null) {
      outcome(response, done);
    }
    target(response, record);
    if (record.traceHeader() != null) {
      response.put("traceHeader", record.traceHeader());
    }
    if (record.mapRunArn() != null) {
      response.put("mapRunArn", record.mapRunArn());
    }
    RedriveStatus.writeCountAndDate(response, running);
    RedriveStatus.of(backend, record).writeTo(response);
    return response;
  }

  /** The version or alias the execution was started through, if any. */
  private static void target(ObjectNode response, ExecutionRecord record) {
    if (record.versionArn() != null) {
      response.put("stateMachineVersionArn", record.versionArn());
    }
    if (record.aliasArn() != null) {
      response.put("stateMachineAliasArn", record.aliasArn());
    }
  }

  private static void outcome(ObjectNode response, Execution done) {
    if (done.status() == ExecutionStatus.SUCCEEDED) {
      response.put("output", Wire.text(done.output()));
      response.putObject("outputDetails").put("included", true);
    } else {
      if (done.error() != null) {
        response.put("error", done.error());
      }
      if (done.cause() != null) {
        response.put("cause", done.cause());
      }
    }
  }

  ObjectNode list(JsonNode request) {
    String arn = Wire.required(request, "stateMachineArn");
    ExecutionFilter filter = ExecutionFilter.of(request, false);
    Backend.Target target = backend.target(arn);
    if (target.machine().express()) {
      throw new ApiException("StateMachineTypeNotSupported",
          "This operation is not supported by this type of state machine");
    }
    Set<String> arns = Set.of(arn);
    List<ExecutionRecord> records = new ArrayList<>(backend.executionsOf(
        target.versionArn() == null && target.aliasArn() == null
            ? Set.of(target.machine().arn) : arns));
    records.removeIf(r -> !filter.test(status(r), r.running()));
    records.sort(Comparator.comparing((ExecutionRecord r) -> r.running().startDate())
        .reversed().thenComparing(ExecutionRecord::arn));
    return Paging.page(request, records, "executions", ExecutionRecord::arn,
        (record, item) -> {
      item.put("executionArn", record.arn());
      item.put("stateMachineArn", record.machineArn());
      item.put("name", record.running().name());
      item.put("status", status(record));
      item.put("startDate", Wire.seconds(record.running().startDate().toEpochMilli()));
      record.running().result().ifPresent(done ->
          item.put("stopDate", Wire.seconds(done.stopDate().toEpochMilli())));
      target(item, record);
      RedriveStatus.writeCountAndDate(item, record.running());
    });
  }

  private static String status(ExecutionRecord record) {
    return record.running().result().map(e -> e.status().name()).orElse("RUNNING");
  }

  ObjectNode history(JsonNode request) {
    ExecutionRecord record = backend.execution(Wire.required(request, "executionArn"));
    boolean withData = !request.has("includeExecutionData")
        || Wire.flag(request, "includeExecutionData");
    List<HistoryEvent> events = new ArrayList<>(record.running().events());
    if (Wire.flag(request, "reverseOrder")) {
      Collections.reverse(events);
    }
    return Paging.page(request, events, "events", event -> Long.toString(event.id()),
        (event, item) -> {
      item.setAll(event.toJson());
      if (!withData) {
        for (JsonNode details : item) {
          if (details instanceof ObjectNode object) {
            object.remove("input");
            object.remove("output");
          }
        }
      }
    });
  }

  ObjectNode stop(JsonNode request) {
    ExecutionRecord record = backend.execution(Wire.required(request, "executionArn"));
    String error = Wire.optional(request, "error");
    String cause = Wire.optional(request, "cause");
    RunningExecution running = record.running();
    running.stop(error, cause);
    Execution done = running.await(Duration.ofSeconds(30));
    ObjectNode response = Wire.object();
    response.put("stopDate", Wire.seconds(done.stopDate().toEpochMilli()));
    return response;
  }

  private Map<String, TaskHandler> mocks(String machine, String testCase) {
    try {
      return backend.mocks.handlers(machine, testCase);
    } catch (IllegalArgumentException e) {
      throw ApiException.validation(e.getMessage());
    }
  }
}
